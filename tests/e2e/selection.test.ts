// Selecting several entities in a real browser: Shift+click, Shift+drag box select, then hide, isolate and expand
// them all in one undoable step; a double-click expands one entity.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pointOf, staticSite, useSession } from './site.ts';

/** Neighbours through the relations the default filters show (co-occurrences are off). */
const statedNeighbours = (page: Page, nodes: string[]) =>
  page.evaluate((keys) => {
    const { data } = window.__kg!.explorer;
    const found = keys.flatMap((key) =>
      data.filterEdges(key, (_edge, attrs) => attrs.type !== 'MENTIONED_WITH').map((edge) => data.opposite(key, edge)),
    );
    return [...new Set(found)];
  }, nodes);

async function shiftClick(page: Page, node: string): Promise<void> {
  const { x, y } = await pointOf(page, node);
  await page.keyboard.down('Shift');
  await page.mouse.click(x, y);
  await page.keyboard.up('Shift');
  // Two clicks within 300 ms make a double-click, which expands.
  await page.waitForTimeout(350);
}

const state = (page: Page) =>
  page.evaluate(() => {
    const { selection, scene } = window.__kg!.explorer.state;
    return {
      kind: selection.kind,
      keys: selection.kind === 'nodes' ? [...selection.keys].sort() : selection.kind === 'node' ? [selection.key] : [],
      onCanvas: window.__kg!.explorer.canvas.nodes().sort(),
      mode: scene.mode,
    };
  });

describe('selecting several entities on the seed graph', () => {
  const session = useSession(() => staticSite());
  const kapustin = 'person:kapustin';
  const galeotti = 'person:mark-galeotti';

  it('adds entities with Shift+click, takes one out again, and hides all selected in one undoable step', async () => {
    const page = await session.open();
    const before = (await state(page)).onCanvas.length;
    await shiftClick(page, kapustin);
    await shiftClick(page, galeotti);
    await shiftClick(page, 'location:kyiv');
    expect((await state(page)).keys).toEqual(['location:kyiv', kapustin, galeotti]);
    await shiftClick(page, 'location:kyiv');
    expect(await state(page)).toMatchObject({ kind: 'nodes', keys: [kapustin, galeotti] });
    const panel = page.getByRole('article', { name: 'Selected entities' });
    await expect(panel.locator('h2').textContent()).resolves.toBe('2 entities selected');

    await panel.getByRole('button', { name: 'Hide' }).click();
    const hidden = await state(page);
    expect(hidden.onCanvas).toHaveLength(before - 2);
    expect(hidden.onCanvas).not.toContain(kapustin);
    expect(hidden.kind).toBe('none');
    await page.getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    expect((await state(page)).onCanvas).toHaveLength(before);
  });

  it('box-selects with Shift+drag on the stage and isolates exactly the boxed entities', async () => {
    const page = await session.open();
    const stage = await page.locator('#graph').boundingBox();
    const from = { x: stage!.x + stage!.width * 0.45, y: stage!.y + stage!.height * 0.3 };
    const to = { x: stage!.x + stage!.width * 0.75, y: stage!.y + stage!.height * 0.65 };
    const expected = await page.evaluate(
      ({ from, to }) => {
        const sigma = window.__kg!.explorer.view!.sigma;
        const box = sigma.getContainer().getBoundingClientRect();
        return window
          .__kg!.explorer.canvas.nodes()
          .filter((node) => {
            const { x, y } = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!);
            const [px, py] = [box.left + x, box.top + y];
            return px >= from.x && px <= to.x && py >= from.y && py <= to.y;
          })
          .sort();
      },
      { from, to },
    );
    expect(expected.length).toBeGreaterThan(2);
    // Start on an empty spot: a drag from a node would move the node.
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await expect(page.locator('.select-box').isVisible()).resolves.toBe(true);
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const selected = await state(page);
    expect(selected.kind).toBe('nodes');
    expect(selected.keys).toEqual(expected);

    await page.getByRole('article', { name: 'Selected entities' }).getByRole('button', { name: 'Isolate' }).click();
    const isolated = await state(page);
    expect(isolated.mode).toBe('some');
    expect(isolated.onCanvas).toEqual(expected);
  });

  it('expands all selected entities at once, and one entity by double-click', async () => {
    const page = await session.open(`#show=${encodeURIComponent(`${kapustin}|${galeotti}`)}`);
    expect((await state(page)).onCanvas).toEqual([kapustin, galeotti]);
    await shiftClick(page, kapustin);
    await shiftClick(page, galeotti);
    const panel = page.getByRole('article', { name: 'Selected entities' });
    await panel.getByRole('button', { name: 'Expand all' }).click();
    const expanded = (await state(page)).onCanvas;
    const neighbours = await statedNeighbours(page, [kapustin, galeotti]);
    expect(neighbours.length).toBeGreaterThan(2);
    for (const neighbour of neighbours) expect(expanded).toContain(neighbour);
    await page.getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    expect((await state(page)).onCanvas).toEqual([kapustin, galeotti]);

    await page.keyboard.press('Escape');
    const { x, y } = await pointOf(page, kapustin);
    await page.mouse.dblclick(x, y);
    await page.waitForFunction(() => window.__kg!.explorer.canvas.order > 2);
    const after = await state(page);
    for (const neighbour of await statedNeighbours(page, [kapustin])) expect(after.onCanvas).toContain(neighbour);
  });
});
