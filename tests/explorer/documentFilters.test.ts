// Filtering by document: entities the chosen documents name, relations with evidence from them; a period of
// publication and an outlet pick the documents.
import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  edgePasses,
  inPeriod,
  nodePasses,
  sameFilters,
  withSources,
} from '../../src/explorer/core/filters.ts';
import { decodeViewState, defaultViewState, encodeViewState } from '../../src/explorer/core/urlState.ts';
import { key, smallGraph } from './graphs.ts';

const graph = smallGraph(
  [
    ['Kapustin', 'Person'],
    ['RVC', 'Organization'],
  ],
  [['Kapustin', 'LEADS', 'RVC', ['a.txt', 'b.txt']]],
);

describe('document filters', () => {
  it('keeps what the chosen documents say and drops the rest', () => {
    const relation = graph.getEdgeAttributes(graph.edges()[0]!);
    const entity = graph.getNodeAttributes(key('Kapustin'));
    const only = (...ids: string[]) => ({ ...defaultFilters(), documents: new Set(ids) });
    expect(edgePasses(only('b.txt'), relation)).toBe(true);
    expect(edgePasses(only('c.txt'), relation)).toBe(false);
    expect(nodePasses(only('a.txt'), entity)).toBe(true);
    expect(nodePasses(only(), entity)).toBe(false);
    expect(nodePasses(defaultFilters(), entity)).toBe(true);
    expect(sameFilters(only('a.txt'), only('a.txt'))).toBe(true);
    expect(sameFilters(only('a.txt'), defaultFilters())).toBe(false);
  });

  const docs = [
    { id: 'a', source: 'Reuters', published: '2023-04-02' },
    { id: 'b', source: 'AP', published: '2023-05-25T08:00:00Z' },
    { id: 'c', source: 'Reuters', published: null },
  ];
  const period = (from: string | null, to: string | null, undated = false) => ({ from, to, dated: true, undated });

  it.each([
    [null, null, ['a', 'b', 'c']],
    [period('2023-05-01', null), null, ['b']],
    [period(null, '2023-05-24'), null, ['a']],
    [period('2023-01-01', '2023-12-31'), null, ['a', 'b']],
    [period('2023-05-01', null, true), null, ['b', 'c']],
    [{ from: null, to: null, dated: false, undated: true }, null, ['c']],
    [null, 'Reuters', ['a', 'c']],
    [period(null, '2023-05-24'), 'AP', []],
  ])('the period %j and the outlet %s choose %j', (chosen, outlet, ids) => {
    const filters = withSources(defaultFilters(), docs, chosen, outlet);
    expect(filters.documents === null ? ['a', 'b', 'c'] : [...filters.documents]).toEqual(ids);
    expect(filters.period).toEqual(chosen);
    expect(filters.outlet).toBe(outlet);
    if (!outlet) expect(docs.filter((doc) => inPeriod(chosen, doc.published)).map((doc) => doc.id)).toEqual(ids);
  });

  it('keeps the period and the outlet in the link', () => {
    for (const chosen of [period('2023-01-01', null, true), { from: null, to: null, dated: false, undated: true }]) {
      const view = defaultViewState();
      view.filters = withSources(view.filters, docs, chosen, 'Reuters');
      const decoded = decodeViewState(encodeViewState(view), () => true);
      expect(decoded.filters).toEqual(view.filters);
    }
    expect(decodeViewState('#period=2023-13..x', () => true).filters.period).toBeNull();
  });

  it('keeps the chosen documents in the link', () => {
    const view = defaultViewState();
    view.filters = { ...view.filters, documents: new Set(['000_a.txt', '001_b.txt']) };
    const decoded = decodeViewState(encodeViewState(view), () => true);
    expect([...decoded.filters.documents!]).toEqual(['000_a.txt', '001_b.txt']);
    expect(decodeViewState('', () => true).filters.documents).toBeNull();
  });
});
