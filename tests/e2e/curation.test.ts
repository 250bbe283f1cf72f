// Corrections from the page on the local server: each action is saved in the curation file, the graph is rebuilt
// in the background with its progress shown, and the page reloads onto the new graph; undo takes the last back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchAndPick, serverSite, staticSite, useSession } from './site.ts';

/** Waits for the reload a finished rebuild triggers: the page's graph then holds `key` (or no longer does). */
async function rebuiltWith(page: Page, key: string, present = true): Promise<void> {
  await page.waitForFunction(
    ([k, p]) => window.__kg?.firstFrameMs !== undefined && window.__kg.explorer.data.hasNode(k as string) === p,
    [key, present],
    { timeout: 120_000 },
  );
}

describe('curation in the page', () => {
  const session = useSession(() => serverSite(undefined, { curation: true }));
  const curation = () => JSON.parse(readFileSync(join(session.site.work!, 'curation.json'), 'utf8'));
  const panel = (page: Page, name: string) => page.getByRole('article', { name: `Entity ${name}` });

  it('renames an entity, shows the rebuild, reloads onto the new graph, and undoes it', async () => {
    const page = await session.open();
    await searchAndPick(page, 'Kapustin');
    await page.getByRole('textbox', { name: 'New name for Kapustin' }).fill('Denis Kapustin');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.locator('.curation-status', { hasText: /Rebuilding the graph|rebuilt/ }).waitFor();
    await rebuiltWith(page, 'person:denis-kapustin');
    expect(curation().rename).toEqual({ Kapustin: 'Denis Kapustin' });
    await page.getByRole('button', { name: 'Undo last correction' }).click();
    await rebuiltWith(page, 'person:kapustin');
    expect(curation().rename ?? {}).toEqual({});
  }, 240_000);

  it('retypes and ignores an entity', async () => {
    const page = await session.open();
    await searchAndPick(page, 'Kapustin');
    await page.getByRole('combobox', { name: 'New type for Kapustin' }).selectOption('Organization');
    await page.getByRole('button', { name: 'Retype' }).click();
    await rebuiltWith(page, 'organization:kapustin');
    expect(curation().retype).toEqual({ Kapustin: 'Organization' });

    await searchAndPick(page, 'Kapustin');
    await page.getByRole('button', { name: 'Ignore Kapustin' }).click();
    await rebuiltWith(page, 'organization:kapustin', false);
    expect(curation().ignore).toEqual(['Kapustin']);
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Undo last correction' }).click();
      await rebuiltWith(page, i === 0 ? 'organization:kapustin' : 'person:kapustin');
    }
  }, 300_000);

  it('merges several entities into one, then separates a name again', async () => {
    const page = await session.open();
    await searchAndPick(page, 'Galeotti');
    const mergeWith = page.getByRole('combobox', { name: 'Merge Mark Galeotti with' });
    for (const name of ['Kapustin', 'Dmitry Peskov']) {
      await mergeWith.fill(name);
      await page
        .getByRole('listbox', { name: /Merge Mark Galeotti with/ })
        .getByRole('option')
        .first()
        .click();
    }
    await page.getByRole('button', { name: 'Merge 3 entities' }).click();
    await rebuiltWith(page, 'person:kapustin', false);
    expect(curation().merge).toEqual([['Mark Galeotti', 'Kapustin', 'Dmitry Peskov']]);
    const merged = await page.evaluate(() =>
      window.__kg!.explorer.data.getNodeAttribute('person:mark-galeotti', 'aliases'),
    );
    expect(merged).toEqual(expect.arrayContaining(['Kapustin', 'Dmitry Peskov']));
    await page.getByRole('button', { name: 'Undo last correction' }).click();
    await rebuiltWith(page, 'person:kapustin');
  }, 300_000);

  it('confirms a merge to review, and undoes another one (separate)', async () => {
    const page = await session.open();
    await searchAndPick(page, 'Andriy Yusov');
    const entity = await page.evaluate(() => {
      const review = window.__kg!.explorer.data.getAttribute('reviews').find((r) => r.alias === 'Andriy Yusov')!;
      return window.__kg!.explorer.data.getNodeAttribute(review.entity, 'label');
    });
    await panel(page, entity).getByRole('button', { name: 'Confirm' }).click();
    await page.waitForFunction(
      () => window.__kg?.explorer.data.getAttribute('reviews').find((r) => r.alias === 'Andriy Yusov')?.confirmed,
      null,
      { timeout: 120_000 },
    );
    expect(curation().confirm).toEqual([[entity, 'Andriy Yusov']]);

    await searchAndPick(page, 'Freedom of Russia');
    await panel(page, 'Freedom of Russia Legion').getByRole('button', { name: 'Undo merge' }).click();
    await page.waitForFunction(
      () => window.__kg?.explorer.data.filterNodes((_n, a) => a.label.includes('Legion')).length === 2,
      null,
      { timeout: 120_000 },
    );
    expect(curation().separate).toEqual([['Freedom of Russia Legion', 'Freedom Legion of Russia']]);
    await page.getByRole('button', { name: 'Undo last correction' }).click();
    await page.waitForFunction(
      () => window.__kg?.explorer.data.filterNodes((_n, a) => a.label.includes('Legion')).length === 1,
      null,
      { timeout: 120_000 },
    );
    await page.getByRole('button', { name: 'Undo last correction' }).click();
    await page.waitForFunction(
      () =>
        window.__kg?.explorer.data.getAttribute('reviews').find((r) => r.alias === 'Andriy Yusov')?.confirmed ===
        undefined,
      null,
      { timeout: 120_000 },
    );
    expect(curation().confirm ?? []).toEqual([]);
  }, 300_000);
});

describe('curation on static hosting', () => {
  const session = useSession(() => staticSite());

  it('offers no corrections', async () => {
    const page = await session.open();
    await searchAndPick(page, 'Kapustin');
    await page.getByRole('article', { name: 'Entity Kapustin' }).waitFor();
    await expect(page.getByRole('button', { name: 'Rename' }).count()).resolves.toBe(0);
    await expect(page.evaluate(() => window.__kg!.explorer.curation)).resolves.toBeNull();
  });
});
