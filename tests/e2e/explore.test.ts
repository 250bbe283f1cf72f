// The explorer in a real browser, on the seed graph: loading, search, the entity and edge panels with evidence,
// shortest path, the document view, filters, undo, and the URL that reproduces a view.
import { describe, expect, it } from 'vitest';
import { STORES, useStore } from '../store/stores.ts';
import { searchAndPick, SEED_GRAPH, serverSite, useSession } from './site.ts';

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
    // Why this edge: the rule that read it stands beside the sentence.
    await expect(leads.locator('.evidence-rule').first().textContent()).resolves.toBe('role');
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
    // Esc clears the path and its fields.
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => window.__kg!.explorer.state.path)).resolves.toBeNull();
    await expect(page.getByRole('combobox', { name: 'Path from' }).inputValue()).resolves.toBe('');
    await expect(page.getByRole('combobox', { name: 'Path to' }).inputValue()).resolves.toBe('');
    await expect(page.getByRole('button', { name: 'Find path' }).isDisabled()).resolves.toBe(true);
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

  it('keeps an expansion and the canvas after undo in view, discs and labels whole', async () => {
    const page = await open();
    // Every node on the canvas lies within the stage once the camera settles, its label included.
    const cut = () =>
      page.evaluate(async () => {
        await new Promise((resolve) => setTimeout(resolve, 700));
        const sigma = window.__kg!.explorer.view!.sigma;
        const { width, height } = sigma.getDimensions();
        return window.__kg!.explorer.canvas.filterNodes((node) => {
          const data = sigma.getNodeDisplayData(node)!;
          const at = sigma.framedGraphToViewport(data);
          const r = sigma.scaleSize(data.size);
          return at.x - r < 0 || at.y - r < 0 || at.x + r > width || at.y + r > height;
        });
      });
    await searchAndPick(page, 'Kapustin');
    await page.getByRole('button', { name: 'Isolate' }).click();
    await page.getByRole('button', { name: /^Expand all/ }).click();
    await page.evaluate(() =>
      window.__kg!.actions.selectNode(window.__kg!.explorer, 'organization:russian-volunteer-corps'),
    );
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: /^Expand all/ }).click();
    expect(await cut()).toEqual([]);
    // New neighbours appear around the node they came from, not at their places in the whole graph.
    const spread = await page.evaluate(() => {
      const { canvas, data } = window.__kg!.explorer;
      const centre = canvas.getNodeAttributes('organization:russian-volunteer-corps');
      const far = (x: number, y: number) => Math.hypot(x - centre.x, y - centre.y);
      const added = canvas
        .nodes()
        .filter((n) => n !== 'organization:russian-volunteer-corps' && n !== 'person:kapustin');
      return {
        onCanvas: Math.max(...added.map((n) => far(canvas.getNodeAttribute(n, 'x'), canvas.getNodeAttribute(n, 'y')))),
        stored: Math.max(...added.map((n) => far(data.getNodeAttribute(n, 'x'), data.getNodeAttribute(n, 'y')))),
      };
    });
    expect(spread.onCanvas).toBeLessThan(spread.stored);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.evaluate(() => window.__kg!.explorer.canvas.order)).resolves.toBe(2);
    expect(await cut()).toEqual([]);
    // The expansion's message went with the step it described.
    await expect(page.locator('.neighbour-status').textContent()).resolves.toBe('');
  });

  it('says when there is nothing to collapse, and what a collapse hid', async () => {
    const page = await open();
    await searchAndPick(page, 'Kapustin');
    const status = page.locator('.entity-panel .neighbour-status');
    await page.getByRole('button', { name: 'Collapse' }).click();
    await expect(status.textContent()).resolves.toMatch(/^Nothing to collapse: every neighbour of Kapustin/);
    await page.getByRole('button', { name: 'Isolate' }).click();
    await page.getByRole('button', { name: /^Expand all/ }).click();
    const expanded = await page.evaluate(() => window.__kg!.explorer.canvas.order);
    await page.getByRole('button', { name: 'Collapse' }).click();
    await expect(status.textContent()).resolves.toMatch(
      new RegExp(`^Collapsed: ${expanded - 1} neighbours? hidden\\.$`),
    );
    await expect(page.evaluate(() => window.__kg!.explorer.canvas.order)).resolves.toBe(1);
  });

  it('draws every label whole at load and after "Fit the graph in view", also at 1280×720', async () => {
    const page = await open();
    // Labels drawn (placed by labels.ts) whose box runs past an edge of the stage; there must be some labels.
    const cutLabels = () =>
      page.evaluate(async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const view = window.__kg!.explorer.view!;
        const { width, height } = view.sigma.getDimensions();
        const labels = view.labels();
        if (labels.length < 5) return [`only ${labels.length} labels drawn`];
        return labels
          .filter((l) => l.x < 0 || l.x + l.width > width || l.y - l.height / 2 < 0 || l.y + l.height / 2 > height)
          .map((l) => l.key);
      });
    expect(await cutLabels()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Fit the graph in view' }).click();
    expect(await cutLabels()).toEqual([]);
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

  it('follows a link pasted into the open tab, and goes back to defaults for what the link leaves out', async () => {
    const page = await open('#node=person%3Akapustin');
    await page.getByRole('article', { name: 'Entity Kapustin' }).waitFor();
    await page.evaluate(
      () =>
        (location.hash =
          '#edge=LEADS%3Aperson%3Akapustin-%3Eorganization%3Arussian-volunteer-corps&colour=community&rels=LEADS'),
    );
    await page.getByRole('article', { name: 'Relation LEADS' }).waitFor();
    const state = await page.evaluate(() => {
      const s = window.__kg!.explorer.state;
      return { colour: s.colour, rels: [...s.filters.edgeTypes], selection: s.selection.kind };
    });
    expect(state).toEqual({ colour: 'community', rels: ['LEADS'], selection: 'edge' });
    await page.evaluate(() => (location.hash = '#show=person%3Akapustin'));
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const after = await page.evaluate(() => ({
      colour: window.__kg!.explorer.state.colour,
      onCanvas: window.__kg!.explorer.canvas.nodes(),
    }));
    expect(after).toEqual({ colour: 'type', onCanvas: ['person:kapustin'] });
    // A pasted link is one more step: undo goes back to what was there before.
    await page.getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    await expect(page.evaluate(() => window.__kg!.explorer.canvas.order)).resolves.toBeGreaterThan(1);
  });

  it('counts in the overview what the filters and the MENTIONED_WITH switch let through', async () => {
    const page = await open();
    const shown = async () => {
      const stat = (name: string) =>
        page
          .locator('.stats div', { has: page.getByText(name, { exact: true }) })
          .locator('dd')
          .textContent();
      const canvas = await page.evaluate(() => ({
        entities: window.__kg!.explorer.canvas.order,
        relations: window.__kg!.explorer.canvas.size,
      }));
      return {
        entities: Number(await stat('Entities shown')),
        relations: Number(await stat('Relations shown')),
        canvas,
      };
    };
    const before = await shown();
    await page.getByLabel('MENTIONED_WITH').check();
    const withCooccurrence = await shown();
    expect(withCooccurrence.relations).toBeGreaterThan(before.relations);
    expect(withCooccurrence.relations).toBe(withCooccurrence.canvas.relations);
    await page.getByLabel('Location', { exact: true }).uncheck();
    const noPlaces = await shown();
    expect(noPlaces.entities).toBeLessThan(before.entities);
    expect(noPlaces.entities).toBe(noPlaces.canvas.entities);
    expect(noPlaces.relations).toBe(noPlaces.canvas.relations);
  });

  it('filters by document, and by the outlet and dates of publication', async () => {
    const page = await open();
    const docs = await page.evaluate(() => [...window.__kg!.explorer.documents.values()]);
    const onCanvas = () =>
      page.evaluate(() => {
        const { canvas } = window.__kg!.explorer;
        return { nodes: canvas.nodes(), evidence: canvas.mapEdges((_e, a) => a.evidence.map((x) => x.document)) };
      });
    const all = await onCanvas();
    const [first, second] = docs;
    await page.getByRole('checkbox', { name: second!.title }).uncheck();
    const onlyFirst = await onCanvas();
    expect(onlyFirst.nodes.length).toBeLessThan(all.nodes.length);
    // Every relation left has a sentence from the first document, every entity is named in it.
    expect(onlyFirst.evidence.every((documents) => documents.includes(first!.id))).toBe(true);
    const named = await page.evaluate(
      (id) => window.__kg!.explorer.canvas.everyNode((_n, a) => a.documents.includes(id)),
      first!.id,
    );
    expect(named).toBe(true);
    await page.waitForFunction(() => location.hash.includes('docs='));

    await page.getByRole('button', { name: 'all' }).last().click();
    expect((await onCanvas()).nodes.length).toBe(all.nodes.length);
    const dated = docs.filter((doc) => doc.published);
    if (dated.length) {
      // From the first publication date on: undated documents go, dated ones stay.
      const from = dated.map((doc) => doc.published!.slice(0, 10)).sort()[0]!;
      await page.getByLabel('Published From').fill(from);
      const checked = await Promise.all(docs.map((doc) => page.getByRole('checkbox', { name: doc.title }).isChecked()));
      expect(checked).toEqual(docs.map((doc) => !!doc.published));
    }
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

describe('explorer while the store is reloaded', () => {
  const session = useSession(() => serverSite());

  it('says that the graph changed on the server and reloads into the same view', async () => {
    const page = await session.open('#node=person%3Akapustin');
    const notice = page.getByRole('alert').filter({ hasText: 'The graph changed on the server' });
    const check = () => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await check();
    await page.waitForTimeout(500);
    expect(await notice.count()).toBe(0);

    await session.site.reload!(SEED_GRAPH);
    await check();
    await notice.waitFor();
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForFunction(() => window.__kg?.firstFrameMs !== undefined);
    await page.getByRole('article', { name: 'Entity Kapustin' }).waitFor();
    await check();
    await page.waitForTimeout(500);
    expect(await notice.count()).toBe(0);
  });
});
