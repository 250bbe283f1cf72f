// The explorer in a real browser, on the seed graph: loading, search, the entity and edge panels with evidence,
// shortest path, the document view, filters, undo, and the URL that reproduces a view.
import { describe, expect, it } from 'vitest';
import { STORES, useStore } from '../store/stores.ts';
import { searchAndPick, serverSite, useSession } from './site.ts';

describe.each(STORES)('explorer on the seed graph on $name', (store) => {
  useStore(store);
  const session = useSession(() => serverSite(undefined, {}, store.config()));

  const open = (suffix = '') => session.open(suffix);

  it('loads the seed graph and draws it', async () => {
    const page = await open();
    const counts = await page.evaluate(() => ({
      order: window.__kg!.explorer.data.order,
      onCanvas: window.__kg!.explorer.canvas.order,
    }));
    expect(counts.order).toBeGreaterThan(20);
    expect(counts.onCanvas).toBe(counts.order);
    await expect(page.locator('canvas').count()).resolves.toBeGreaterThan(2);
    await expect(page.getByRole('heading', { name: 'Overview' }).isVisible()).resolves.toBe(true);
  });

  it('finds the Russian Volunteer Corps by typing RVC, and lists Kapustin LEADS with the evidence sentence', async () => {
    const page = await open();
    await searchAndPick(page, 'RVC');
    const panel = page.getByRole('article', { name: 'Entity Russian Volunteer Corps' });
    await panel.waitFor();
    const selection = await page.evaluate(() => window.__kg!.explorer.state.selection);
    expect(selection).toEqual({ kind: 'node', key: 'organization:russian-volunteer-corps' });

    const leads = panel.locator('details[data-type="LEADS"]');
    await expect(leads.locator('.entity-link').first().textContent()).resolves.toBe('Kapustin');
    await expect(leads.locator('blockquote').first().textContent()).resolves.toContain(
      'Kapustin, the commander of the RVC',
    );
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    await page.waitForFunction(() => location.hash.includes('node=organization'));
  });

  it('shows an edge with its evidence and opens the document at the sentence', async () => {
    const page = await open('#edge=LEADS%3Aperson%3Akapustin-%3Eorganization%3Arussian-volunteer-corps');
    const panel = page.getByRole('article', { name: 'Relation LEADS' });
    await panel.waitFor();
    await panel.locator('.doc-link').first().click();
    const reader = page.getByRole('dialog', { name: 'Document' });
    await reader.waitFor();
    await expect(reader.locator('mark').textContent()).resolves.toContain('Kapustin, the commander of the RVC');
    // A mention in the text selects its entity.
    await reader.locator('.mention[data-entity="person:kapustin"]').first().click();
    await page.getByRole('article', { name: 'Entity Kapustin' }).waitFor();
    await page.keyboard.press('Escape');
    await expect(reader.isHidden()).resolves.toBe(true);
  });

  it('finds a shortest path and lists each hop with evidence', async () => {
    const page = await open();
    await page.getByRole('combobox', { name: 'Path from' }).fill('Kapustin');
    await page.getByRole('listbox', { name: 'Path from: matches' }).getByRole('option').first().click();
    await page.getByRole('combobox', { name: 'Path to' }).fill('Freedom of Russia');
    await page.getByRole('listbox', { name: 'Path to: matches' }).getByRole('option').first().click();
    await page.getByRole('button', { name: 'Find path' }).click();
    const hops = page.locator('.hop');
    await hops.first().waitFor();
    expect(await hops.count()).toBeGreaterThan(0);
    await expect(hops.first().locator('blockquote').count()).resolves.toBeGreaterThan(0);
    const path = await page.evaluate(() => window.__kg!.explorer.state.path?.result?.nodes);
    expect(path?.[0]).toBe('person:kapustin');
    expect(path?.at(-1)).toBe('organization:freedom-of-russia-legion');
  });

  it('filters by type, hides and isolates, and undoes each step', async () => {
    const page = await open();
    const onCanvas = () => page.evaluate(() => window.__kg!.explorer.canvas.order);
    const all = await onCanvas();
    await page.getByLabel('Location', { exact: true }).uncheck();
    expect(await onCanvas()).toBeLessThan(all);
    await page.getByLabel('Location', { exact: true }).check();
    expect(await onCanvas()).toBe(all);

    await searchAndPick(page, 'Kapustin');
    await page.getByRole('button', { name: 'Isolate' }).click();
    expect(await onCanvas()).toBe(1);
    await page.getByRole('button', { name: /^Expand all/ }).click();
    const expanded = await onCanvas();
    expect(expanded).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Collapse' }).click();
    expect(await onCanvas()).toBe(1);
    await page.getByRole('button', { name: 'Undo', exact: false }).first().click();
    expect(await onCanvas()).toBe(expanded);
    await page.getByRole('button', { name: 'Reset the view' }).click();
    expect(await onCanvas()).toBe(all);
  });

  it('pins a node where it is dropped, and unpins it', async () => {
    const page = await open();
    const node = 'person:kapustin';
    const at = await page.evaluate((key) => {
      const sigma = window.__kg!.explorer.view!.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const point = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      return { x: box.left + point.x, y: box.top + point.y };
    }, node);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + i * 8, at.y + i * 5);
    await page.mouse.up();
    const pinned = await page.evaluate((key) => window.__kg!.explorer.state.scene.pinned.get(key), node);
    expect(pinned).toBeDefined();
    await page.waitForFunction(() => location.hash.includes('pin='));
    await searchAndPick(page, 'Kapustin');
    await page.getByRole('button', { name: 'Unpin' }).click();
    await expect(page.evaluate((key) => window.__kg!.explorer.state.scene.pinned.has(key), node)).resolves.toBe(false);
  });

  it('exports the graph on the canvas as PNG, GEXF and JSON', async () => {
    const page = await open();
    await page.getByLabel('Location', { exact: true }).uncheck();
    const shown = await page.evaluate(() => window.__kg!.explorer.canvas.order);
    const download = async (item: string) => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
    };
    const png = await download('PNG image of the view');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    const gexf = await download('GEXF (opens in Gephi)');
    expect(gexf.body.toString()).toContain('<gexf');
    expect(gexf.body.toString()).toContain('Kapustin');
    const json = JSON.parse((await download('JSON (graphology, like graph.json)')).body.toString());
    expect(json.nodes).toHaveLength(shown);
    expect(json.nodes.some((n: { attributes: { type: string } }) => n.attributes.type === 'Location')).toBe(false);
  });

  it('reproduces a view from its URL', async () => {
    const page = await open('#node=person%3Akapustin&rels=LEADS%2CMENTIONED_WITH&size=pagerank&colour=community');
    await page.getByRole('article', { name: 'Entity Kapustin' }).waitFor();
    const state = await page.evaluate(() => {
      const s = window.__kg!.explorer.state;
      return { size: s.size, colour: s.colour, rels: [...s.filters.edgeTypes].sort() };
    });
    expect(state).toEqual({ size: 'pagerank', colour: 'community', rels: ['LEADS', 'MENTIONED_WITH'] });
    await expect(page.getByLabel('MENTIONED_WITH').isChecked()).resolves.toBe(true);
  });

  it('focuses search with / and clears the selection with Esc', async () => {
    const page = await open('#node=person%3Akapustin');
    await page
      .locator('#graph')
      .click({ position: { x: 5, y: 5 } })
      .catch(() => undefined);
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => window.__kg!.explorer.state.selection.kind)).resolves.toBe('none');
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search');
  });
});
