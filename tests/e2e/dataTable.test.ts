// The data table in a real browser: entities and relations of the canvas, sorted and filtered, linked both ways to
// the selection, and virtualised so 50,000 rows keep the page small.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/ui/generateGraph.ts';
import { searchAndPick, staticSite, useSession } from './site.ts';

const openTable = async (page: Page) => {
  await page.getByRole('button', { name: 'Data table of entities and relations' }).click();
  const table = page.getByRole('region', { name: 'Data table' });
  await table.getByRole('row').nth(1).waitFor();
  return table;
};
const column = (page: Page, index: number) =>
  page
    .locator('.table-body .table-row')
    .evaluateAll((rows, i) => rows.map((row) => row.children[i]!.textContent ?? ''), index);

describe('the data table on the seed graph', () => {
  const session = useSession(() => staticSite());

  it('lists the entities on the canvas, sorts by a column, filters by text', async () => {
    const page = await session.open();
    const table = await openTable(page);
    const order = await page.evaluate(() => window.__kg!.explorer.canvas.order);
    await expect(table.getByRole('status').textContent()).resolves.toBe(`${order} entities`);
    const mentions = (await column(page, 2)).map(Number);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));

    await table.getByRole('columnheader', { name: 'Name' }).click();
    const names = await column(page, 0);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await expect(table.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );

    await table.getByRole('searchbox', { name: 'Filter the table' }).fill('russia');
    const filtered = await column(page, 0);
    expect(filtered.length).toBeGreaterThan(1);
    expect(filtered.length).toBeLessThan(order);
    for (const name of filtered) expect(name.toLowerCase()).toContain('russia');
    await expect(table.getByRole('status').textContent()).resolves.toBe(`${filtered.length} of ${order} entities`);
  });

  it('selects from a row, adds with Shift, and marks the row of what is selected on the graph', async () => {
    const page = await session.open();
    const table = await openTable(page);
    const rows = page.locator('.table-body .table-row');
    await rows.nth(0).click();
    const first = await rows.nth(0).getAttribute('data-key');
    await expect(page.evaluate(() => window.__kg!.explorer.state.selection)).resolves.toEqual({
      kind: 'node',
      key: first,
    });
    await rows.nth(2).click({ modifiers: ['Shift'] });
    const selection = await page.evaluate(() => window.__kg!.explorer.state.selection.kind);
    expect(selection).toBe('nodes');
    await expect(page.locator('.table-body .table-row[aria-selected="true"]').count()).resolves.toBe(2);

    await searchAndPick(page, 'Kapustin');
    await expect(table.locator('.table-row[aria-selected="true"]').getAttribute('data-key')).resolves.toBe(
      'person:kapustin',
    );

    await table.getByRole('tab', { name: 'Relations' }).click();
    const size = await page.evaluate(() => window.__kg!.explorer.canvas.size);
    await expect(table.getByRole('status').textContent()).resolves.toBe(`${size} relations`);
    await rows.nth(0).click();
    const edge = await rows.nth(0).getAttribute('data-key');
    await expect(page.evaluate(() => window.__kg!.explorer.state.selection)).resolves.toEqual({
      kind: 'edge',
      key: edge,
    });
    await page.getByRole('article', { name: /^Relation / }).waitFor();
  });
});

// 14,000 entities bring over 50,000 relations onto the canvas, and load much faster than 50,000 entities would.
describe('the data table at 50,000 relations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-table-'));
  const file = join(dir, 'graph.json');
  const session = useSession(
    async () => {
      writeFileSync(file, JSON.stringify(generateGraph(14_000).export()));
      const site = await staticSite(file);
      return { ...site, close: async () => (await site.close(), rmSync(dir, { recursive: true, force: true })) };
    },
    { timeout: 300_000 },
  );

  it('draws only the rows in view, and scrolls to the last row', async () => {
    const page = await session.open();
    const table = await openTable(page);
    await table.getByRole('tab', { name: 'Relations' }).click();
    const size = await page.evaluate(() => window.__kg!.explorer.canvas.size);
    expect(size).toBeGreaterThan(50_000);
    await expect(table.getByRole('status').textContent()).resolves.toBe(`${size.toLocaleString('en')} relations`);
    expect(await page.locator('.table-body .table-row').count()).toBeLessThan(60);
    await page.locator('.table-scroll').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight));
    await page.waitForFunction(
      (last) => document.querySelector(`.table-body .table-row:last-child[aria-rowindex="${last}"]`),
      size + 1,
    );
    expect(await page.locator('.table-body .table-row').count()).toBeLessThan(60);
  }, 300_000);
});
