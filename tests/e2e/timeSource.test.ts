// Time and source in a real browser, on real news (the news-dev pages through the pipeline): the timeline counts
// documents per year and apart the undated ones, a brush across it keeps only what those documents say, the undated
// bar and the outlet narrow it further, the link keeps it, and the panels say which documents state what.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dragAcross } from '../../scripts/bench/ui/gestures.ts';
import { newsGraph } from '../../scripts/bench/ui/newsGraph.ts';
import { staticSite, useSession } from './site.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-time-'));

/** What the canvas holds: its entities' documents and its relations' evidence documents. */
const canvasSources = (page: Page) =>
  page.evaluate(() => {
    const { canvas } = window.__kg!.explorer;
    return {
      entities: canvas.mapNodes((_n, a) => a.documents),
      relations: canvas.mapEdges((_e, a) => a.evidence.map((item) => item.document)),
    };
  });

const chosenDocuments = (page: Page) =>
  page.evaluate(() => {
    const chosen = window.__kg!.explorer.state.filters.documents;
    return chosen ? [...chosen].sort() : null;
  });

describe('time and source filters on real news', () => {
  const session = useSession(async () => staticSite(await newsGraph(dir)), { timeout: 240_000 });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('brushes the timeline, adds the undated documents, narrows to an outlet, and keeps it in the link', async () => {
    const page = await session.open();
    const docs = await page.evaluate(() =>
      [...window.__kg!.explorer.documents.values()].map(({ id, source, published }) => ({ id, source, published })),
    );
    const years = [...new Set(docs.flatMap((doc) => (doc.published ? [doc.published.slice(0, 4)] : [])))].sort();
    const undated = docs.filter((doc) => !doc.published);
    expect(years.length).toBeGreaterThan(2);
    expect(undated.length).toBeGreaterThan(0);

    // One bar per year from the first to the last, each with its count; the undated ones apart.
    const timeline = page.getByRole('group', { name: 'Publication timeline' });
    const bars = timeline.locator('.timeline-bars .timeline-bar');
    const span = Number(years.at(-1)) - Number(years[0]) + 1;
    await expect(bars.count()).resolves.toBe(span);
    const last = years.at(-1)!;
    const inLast = docs.filter((doc) => doc.published?.startsWith(last)).length;
    await expect(bars.last().getAttribute('aria-label')).resolves.toBe(
      `${last}: ${inLast} document${inLast === 1 ? '' : 's'}`,
    );
    await expect(timeline.getByRole('button', { name: /^Undated: / }).getAttribute('aria-label')).resolves.toBe(
      `Undated: ${undated.length} documents`,
    );

    // Drag from the second-to-last year's bar to the last one's.
    await dragAcross(page, bars.nth(span - 2), bars.nth(span - 1));
    const first = String(Number(last) - 1);
    const brushed = docs
      .filter((doc) => doc.published && doc.published.slice(0, 4) >= first)
      .map((doc) => doc.id)
      .sort();
    expect(brushed.length).toBeGreaterThan(0);
    expect(await chosenDocuments(page)).toEqual(brushed);
    await expect(page.getByLabel('Published From').inputValue()).resolves.toBe(`${first}-01-01`);
    await expect(page.getByLabel('Published To').inputValue()).resolves.toBe(`${last}-12-31`);
    // What is left on the canvas is what those documents say.
    const kept = new Set(brushed);
    const shown = await canvasSources(page);
    expect(shown.entities.length).toBeGreaterThan(0);
    expect(shown.entities.every((documents) => documents.some((id) => kept.has(id)))).toBe(true);
    expect(shown.relations.every((documents) => documents.some((id) => kept.has(id)))).toBe(true);
    await page.waitForFunction(() => location.hash.includes('period='));

    // The undated bar adds the documents without a date to the period.
    await timeline.getByRole('button', { name: /^Undated: / }).click();
    const withUndated = [...brushed, ...undated.map((doc) => doc.id)].sort();
    expect(await chosenDocuments(page)).toEqual(withUndated);

    // An outlet keeps its documents among those.
    const outlet = docs.find((doc) => doc.source && withUndated.includes(doc.id))!.source!;
    await page.getByLabel('Outlet').selectOption(outlet);
    const ofOutlet = docs.filter((doc) => doc.source === outlet && withUndated.includes(doc.id)).map((doc) => doc.id);
    expect(await chosenDocuments(page)).toEqual(ofOutlet.sort());

    // The link reproduces the period, the undated documents and the outlet.
    await page.waitForFunction(
      (name) => location.hash.includes(`outlet=${encodeURIComponent(name).replace(/%20/g, '+')}`),
      outlet,
    );
    const link = await page.evaluate(() => location.hash);
    const again = await session.open(link);
    expect(await chosenDocuments(again)).toEqual(ofOutlet.sort());
    await expect(again.getByLabel('Outlet').inputValue()).resolves.toBe(outlet);
    await expect(again.getByRole('button', { name: /^Undated: / }).getAttribute('aria-pressed')).resolves.toBe('true');

    // "all" lets go of the period, the outlet and the documents.
    await again.getByRole('button', { name: 'all', exact: true }).last().click();
    expect(await chosenDocuments(again)).toBeNull();
  });

  it('says in the entity and relation panels which documents state them', async () => {
    const page = await session.open();
    // The relation with evidence from the most documents, and one of its ends.
    const { edge, node, documents } = await page.evaluate(() => {
      const { data } = window.__kg!.explorer;
      let best = { edge: '', node: '', documents: [] as string[] };
      data.forEachEdge((key, attrs, source) => {
        const documents = [...new Set(attrs.evidence.map((item) => item.document))].sort();
        if (documents.length > best.documents.length) best = { edge: key, node: source, documents };
      });
      return best;
    });
    expect(documents.length).toBeGreaterThan(1);
    await page.evaluate((key) => window.__kg!.actions.selectEdge(window.__kg!.explorer, key), edge);
    const line = page.locator('.edge-panel .sources-line');
    await expect(line.getAttribute('data-documents')).resolves.toBe(documents.join('|'));
    const outlets = await page.evaluate(
      (ids) => [...new Set(ids.map((id) => window.__kg!.explorer.documents.get(id)!.source).filter(Boolean))],
      documents,
    );
    for (const outlet of outlets.slice(0, 3)) await expect(line.textContent()).resolves.toContain(outlet);

    await page.evaluate((key) => window.__kg!.actions.selectNode(window.__kg!.explorer, key), node);
    const named = await page.evaluate((key) => window.__kg!.explorer.data.getNodeAttribute(key, 'documents'), node);
    expect(named.length).toBeGreaterThan(0);
    await expect(page.locator('.entity-panel .sources-line').getAttribute('data-documents')).resolves.toBe(
      named.join('|'),
    );
  });
});
