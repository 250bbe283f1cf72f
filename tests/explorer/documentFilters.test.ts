// Filtering by document: entities the chosen documents name, relations with evidence from them; a date range picks
// the documents published in it.
import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  documentsPublished,
  edgePasses,
  nodePasses,
  sameFilters,
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

  it.each([
    [null, null, ['a', 'b', 'c']],
    ['2023-05-01', null, ['b']],
    [null, '2023-05-24', ['a']],
    ['2023-01-01', '2023-12-31', ['a', 'b']],
  ])('from %s to %s picks %j (undated documents only without a range)', (from, to, ids) => {
    const docs = [
      { id: 'a', published: '2023-04-02' },
      { id: 'b', published: '2023-05-25T08:00:00Z' },
      { id: 'c', published: null },
    ];
    expect([...documentsPublished(docs, from, to)]).toEqual(ids);
  });

  it('keeps the chosen documents in the link', () => {
    const view = defaultViewState();
    view.filters = { ...view.filters, documents: new Set(['000_a.txt', '001_b.txt']) };
    const decoded = decodeViewState(encodeViewState(view), () => true);
    expect([...decoded.filters.documents!]).toEqual(['000_a.txt', '001_b.txt']);
    expect(decodeViewState('', () => true).filters.documents).toBeNull();
  });
});
