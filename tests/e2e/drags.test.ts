// Dragging on a large graph's canvas (the fast programs, forced with ?render=fast on the seed graph): neither a drag
// of the stage nor a drag of a node may make sigma process every node and edge again, which takes seconds at
// 100,000 entities; the lines hidden while the camera moves come back once it stops.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pointOf, staticSite, useSession } from './site.ts';

/** Counts sigma's full passes (process) and its renders from now on. */
const startCounting = (page: Page) =>
  page.evaluate(() => {
    const sigma = window.__kg!.explorer.view!.sigma;
    const counts = { processes: 0, renders: 0 };
    (window as unknown as { __counts: typeof counts }).__counts = counts;
    sigma.on('beforeProcess', () => counts.processes++);
    sigma.on('afterRender', () => counts.renders++);
  });
const counts = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { __counts: { processes: number; renders: number } }).__counts }));

describe('drags on the fast programs', () => {
  const session = useSession(() => staticSite());

  it('pans the stage without a full pass, and draws once more after the release', async () => {
    const page = await session.open('?render=fast');
    const stage = (await page.locator('#graph').boundingBox())!;
    // A corner of the stage, where the fitted graph leaves no node.
    const from = { x: stage.x + 30, y: stage.y + stage.height - 30 };
    const camera = () => page.evaluate(() => window.__kg!.explorer.view!.sigma.getCamera().getState());
    const before = await camera();
    await startCounting(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y - 40, { steps: 6 });
    // Standing still before the release: no inertia animation, so nothing else would draw the lines again.
    await page.waitForTimeout(300);
    const moved = await counts(page);
    await page.mouse.up();
    await page.waitForFunction((rendered) => {
      const { renders } = (window as unknown as { __counts: { renders: number } }).__counts;
      return renders > rendered;
    }, moved.renders);
    expect((await camera()).x).not.toBe(before.x);
    expect((await counts(page)).processes).toBe(0);
  });

  it('drags a node without a full pass while it moves, and pins it where it was dropped', async () => {
    const page = await session.open('?render=fast');
    const node = 'organization:russian-volunteer-corps';
    const from = await pointOf(page, node);
    await page.mouse.move(from.x, from.y);
    // Hovering redraws the neighbourhood (a full pass on a small canvas): count from the press on.
    await page.waitForFunction((key) => window.__kg!.explorer.state.hovered === key, node);
    await page.mouse.down();
    await startCounting(page);
    await page.mouse.move(from.x + 80, from.y + 50, { steps: 8 });
    // The pointer moves in whole pixels.
    const offBy = async () => {
      const at = await pointOf(page, node);
      return Math.hypot(at.x - (from.x + 80), at.y - (from.y + 50));
    };
    await expect.poll(offBy).toBeLessThan(2);
    expect((await counts(page)).processes).toBe(0);
    await page.mouse.up();
    const placed = await page.evaluate(
      (key) => ({
        pin: window.__kg!.explorer.state.scene.pinned.get(key),
        at: window.__kg!.explorer.canvas.getNodeAttributes(key),
      }),
      node,
    );
    expect(placed.pin).toEqual({ x: placed.at.x, y: placed.at.y });
  });
});
