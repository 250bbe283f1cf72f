// The explorer's state as a link carries it and as main.ts tears it down: label density follows the slider into the
// URL and back, and kill() takes every panel off the page with its subscriptions.
import { describe, expect, it } from 'vitest';
import { staticSite, useSession } from './site.ts';

describe('label density and panel teardown', () => {
  const session = useSession(() => staticSite());

  it('keeps the label density in the state and the link, and a link sets it', async () => {
    const page = await session.open();
    const density = () => page.evaluate(() => window.__kg!.explorer.view!.sigma.getSetting('labelDensity'));
    expect(await density()).toBe(0.6);
    await page.getByLabel('Label density').fill('2.4');
    await page.waitForFunction(() => location.hash.includes('labels=2.4'));
    expect(await density()).toBe(2.4);
    expect(await page.evaluate(() => window.__kg!.explorer.state.labelDensity)).toBe(2.4);

    const linked = await session.open('#labels=1.5');
    expect(await linked.evaluate(() => window.__kg!.explorer.view!.sigma.getSetting('labelDensity'))).toBe(1.5);
    expect(await linked.getByLabel('Label density').inputValue()).toBe('1.5');
  });

  it('kills every panel: they leave the page and stop following the state', async () => {
    const page = await session.open();
    const left = () => page.evaluate(() => document.getElementById('left')!.children.length);
    expect(await left()).toBeGreaterThan(3);
    const after = await page.evaluate(() => {
      const { explorer, actions } = window.__kg!;
      window.__kg!.kill();
      // A panel still subscribed would redraw into the page here.
      actions.setFilters(explorer, { ...explorer.state.filters, minDocuments: 3 });
      actions.selectNode(explorer, 'person:kapustin');
      return {
        left: document.getElementById('left')!.children.length,
        right: document.getElementById('right')!.children.length,
        toolbar: document.querySelector('.toolbar') !== null,
      };
    });
    expect(after).toEqual({ left: 0, right: 0, toolbar: false });
  });
});
