// Loading graph.json through the worker: what a broken file says on the page, and a graph large enough to be drawn
// progressively (nodes first, then the relations in several slices) ends whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer } from '../../scripts/bench/ui/build.ts';
import { generateGraph } from '../../scripts/bench/ui/generateGraph.ts';
import { serveStatic, type StaticSite } from '../../scripts/bench/ui/staticServer.ts';
import { launchChromium, openExplorer } from './site.ts';

describe('loading graph.json in a worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-loading-'));
  let browser: Browser;
  let site: StaticSite;
  // Past the 20,000 entities from which nodes are drawn first, and over 25,000 relations: several slices.
  const large = generateGraph(20_500, 2);

  beforeAll(async () => {
    const files: Record<string, string> = {};
    const write = (name: string, text: string) => {
      files[`/${name}`] = join(dir, name);
      writeFileSync(files[`/${name}`]!, text);
    };
    write('not-json.json', '{"nodes": [');
    write('no-edges.json', JSON.stringify({ nodes: [] }));
    // Passes the file's checks (which look at each element alone) but cannot be one graph.
    const small = generateGraph(30, 2).export();
    write('twice.json', JSON.stringify({ ...small, edges: [...small.edges, small.edges[0]] }));
    write('large.json', JSON.stringify(large.export()));
    files['/missing.json'] = join(dir, 'missing.json');
    site = await serveStatic(await buildExplorer(), files);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['missing.json', /missing\.json answered 404\. Run npm run extract/],
    ['not-json.json', /not-json\.json is not valid JSON\. Regenerate it with npm run extract\./],
    ['no-edges.json', /no-edges\.json is not a knowledge graph: no "nodes" and "edges" arrays/],
    ['twice.json', /twice\.json is not a knowledge graph: edge \S+ appears twice\. Regenerate it/],
  ])('says what is wrong with %s', async (file, message) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}?graph=/${file}`);
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(message);
      expect(await status.getAttribute('data-kind')).toBe('error');
    } finally {
      await page.close();
    }
  });

  it('draws a large graph with its nodes first and ends with every relation the filters let through', async () => {
    const { page, errors } = await openExplorer(browser, `${site.url}?graph=/large.json`);
    try {
      const loaded = await page.evaluate(() => {
        const { explorer, firstFrameMs, completeMs } = window.__kg!;
        const marks = performance.getEntriesByType('mark').map((mark) => mark.name);
        return {
          nodes: explorer.data.order,
          edges: explorer.data.size,
          canvasEdges: explorer.canvas.size,
          marks,
          early: firstFrameMs! < completeMs!,
        };
      });
      const shown = large.filterEdges((_edge, attrs) => attrs.type !== 'MENTIONED_WITH').length;
      expect(loaded).toMatchObject({ nodes: large.order, edges: large.size, canvasEdges: shown, early: true });
      expect(loaded.marks).toContain('kg:relations-drawn');
      // Co-occurrences on, then off: changes of thousands of edges, made with sigma detached (renderer.ts); it is
      // attached again and draws exactly the canvas.
      const toggled = await page.evaluate(() => {
        const { explorer, actions } = window.__kg!;
        const sigma = explorer.view!.sigma;
        const before = explorer.state.filters;
        const drawn = () => ({
          attached: sigma.getGraph() === explorer.canvas,
          canvasEdges: explorer.canvas.size,
          drawnEdges: explorer.canvas.filterEdges((edge) => sigma.getEdgeDisplayData(edge) !== undefined).length,
        });
        actions.setFilters(explorer, { ...before, edgeTypes: new Set([...before.edgeTypes, 'MENTIONED_WITH']) });
        const on = drawn();
        actions.setFilters(explorer, before);
        return { on, off: drawn() };
      });
      expect(toggled.on).toEqual({ attached: true, canvasEdges: large.size, drawnEdges: large.size });
      expect(toggled.off).toEqual({ attached: true, canvasEdges: shown, drawnEdges: shown });
      expect(large.size - shown).toBeGreaterThan(1_000);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
}, 240_000);
