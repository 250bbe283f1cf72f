// Document text is untrusted: markup in an article, its title and an entity's name must show as text and never run.
// The graph is made by the real pipeline from the seed documents plus a hostile one.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../src/model/curation.ts';
import { runPipeline } from '../../src/pipeline/runPipeline.ts';
import { ROOT } from '../../scripts/bench/ui/build.ts';
import { searchAndPick, serverSite, useSession } from './site.ts';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const HOSTILE_DOC = 'hostile.txt';
const HOSTILE_TEXT = `Raid report ${SCRIPT} ${IMG}

Denis Kapustin, the commander of the Russian Volunteer Corps, told Reuters on Wednesday ${IMG} that the group would be back.

The Freedom of Russia Legion said it fights alongside the Russian Volunteer Corps ${SCRIPT} in Belgorod.
`;

async function hostileGraph(dir: string): Promise<string> {
  const docs = join(dir, 'documents');
  cpSync(join(ROOT, 'graph-data/documents'), docs, { recursive: true });
  writeFileSync(join(docs, HOSTILE_DOC), HOSTILE_TEXT);
  // A curated name is the other way markup reaches a label: the curation file is text a person typed.
  const curation = { ...EMPTY_CURATION, rename: { 'Russian Volunteer Corps': `RVC ${IMG}${SCRIPT}` } };
  const { graph } = await runPipeline({ input: docs, cacheDir: null, workers: 1, curation });
  const file = join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify(graph.export()));
  return file;
}

describe('untrusted text renders inert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-xss-'));
  const session = useSession(async () => serverSite(await hostileGraph(dir)), { allowErrors: true });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const injected = (page: Page) =>
    page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      // Markup from the data would create elements: count any img or script outside the page's own bundle.
      images: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    }));

  it('shows a hostile document title and text literally in the reader', async () => {
    const page = await session.open(`#doc=${HOSTILE_DOC}`);
    const reader = page.getByRole('dialog', { name: 'Document' });
    await reader.waitFor();
    await expect(reader.locator('.reader-title').textContent()).resolves.toContain(SCRIPT);
    await expect(reader.locator('.reader-text').textContent()).resolves.toContain(IMG);
    await page.waitForTimeout(300);
    expect(await injected(page)).toEqual({ xss: undefined, images: 0, scripts: 0 });
  });

  it('shows a hostile entity name literally in search, the panel and the table of documents', async () => {
    const page = await session.open();
    await searchAndPick(page, 'Volunteer Corps');
    const title = page.locator('.entity-panel .panel-title');
    await expect(title.textContent()).resolves.toBe(`RVC ${IMG}${SCRIPT}`);
    // The overview lists the hostile document by its title, and evidence sentences quote its text.
    await page.keyboard.press('Escape');
    await expect(page.locator('.overview').textContent()).resolves.toContain(SCRIPT);
    await page.waitForTimeout(300);
    expect(await injected(page)).toEqual({ xss: undefined, images: 0, scripts: 0 });
  });
});
