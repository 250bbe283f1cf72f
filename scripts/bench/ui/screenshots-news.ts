// npx tsx scripts/bench/ui/screenshots-news.ts: the views that need many documents (the timeline and the sources of
// an entity, the text search, a mistyped name), on the news-dev pages run through the pipeline, saved under docs/ for the README.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { dragAcross } from './gestures.ts';
import { ROOT } from './build.ts';
import { newsGraph } from './newsGraph.ts';
import { staticSite } from './site.ts';

const DOCS = join(ROOT, 'docs');
const dir = mkdtempSync(join(tmpdir(), 'kg-shots-'));
const site = await staticSite(await newsGraph(dir));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(site.url);
  await page.waitForFunction(() => window.__kg?.firstFrameMs !== undefined);

  // The timeline brushed over the last two years, the undated documents added, an entity's sources on the right.
  const bars = page.locator('.timeline-bars .timeline-bar');
  const count = await bars.count();
  await dragAcross(page, bars.nth(count - 2), bars.nth(count - 1));
  const busiest = await page.evaluate(() => {
    const { canvas } = window.__kg!.explorer;
    return canvas.nodes().sort((a, b) => canvas.degree(b) - canvas.degree(a))[0]!;
  });
  await page.evaluate((key) => window.__kg!.actions.selectNode(window.__kg!.explorer, key, { focus: false }), busiest);
  await page.locator('.timeline').evaluate((timeline) => timeline.closest('section')!.scrollIntoView());
  await page.mouse.move(700, 890);
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(DOCS, 'explorer-timeline.png') });
  console.log('docs/explorer-timeline.png');

  // The text search: sentences holding "sanctions", evidence first, one opened in the reader.
  await page.goto('about:blank');
  await page.goto(site.url);
  await page.waitForFunction(() => window.__kg?.firstFrameMs !== undefined);
  await page.getByRole('searchbox', { name: 'Search the text of the documents' }).fill('sanctions');
  const hits = page.locator('.text-hit');
  await hits.first().waitFor();
  await hits.first().locator('.text-hit-open').click();
  await page.mouse.move(700, 890);
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(DOCS, 'explorer-text-search.png') });
  console.log('docs/explorer-text-search.png');

  // A name mistyped in the entity search.
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.type('prigozin');
  await page.waitForTimeout(300);
  await page.screenshot({
    path: join(DOCS, 'explorer-fuzzy-search.png'),
    clip: { x: 0, y: 0, width: 1440, height: 260 },
  });
  console.log('docs/explorer-fuzzy-search.png');
} finally {
  await browser.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
