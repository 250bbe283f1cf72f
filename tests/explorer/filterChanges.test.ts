// Filter changes are pure functions of the filters: each returns new filters and leaves the old ones as they were,
// so undo, the URL and the panels all see one value.
import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  withDocument,
  withDocuments,
  withEdgeType,
  withEntityType,
  withMinimum,
  withStatedRelations,
} from '../../src/explorer/core/filters.ts';
import { RELATION_TYPES } from '../../src/model/vocabulary.ts';

describe('filter changes', () => {
  it('switches one entity or relation type without touching the filters it was given', () => {
    const before = defaultFilters();
    const after = withEntityType(before, 'Location', false);
    expect(after.entityTypes.has('Location')).toBe(false);
    expect(before.entityTypes.has('Location')).toBe(true);
    expect(withEntityType(after, 'Location', true).entityTypes).toEqual(before.entityTypes);
    expect(withEdgeType(before, 'MENTIONED_WITH', true).edgeTypes.has('MENTIONED_WITH')).toBe(true);
    expect(withEdgeType(before, 'LEADS', false).edgeTypes.has('LEADS')).toBe(false);
  });

  it('turns every stated relation on or off and leaves co-occurrence to its own switch', () => {
    const withCooccurrence = withEdgeType(defaultFilters(), 'MENTIONED_WITH', true);
    expect([...withStatedRelations(withCooccurrence, false).edgeTypes]).toEqual(['MENTIONED_WITH']);
    expect(withStatedRelations(defaultFilters(), false).edgeTypes.size).toBe(0);
    expect(withStatedRelations(withStatedRelations(defaultFilters(), false), true).edgeTypes.size).toBe(
      RELATION_TYPES.length,
    );
  });

  it.each([
    [3, 3],
    [2.7, 2],
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
  ])('reads a minimum of %s as %s', (typed, kept) => {
    expect(withMinimum(defaultFilters(), 'minSentences', typed).minSentences).toBe(kept);
  });

  it('chooses documents, and all of them is no document filter', () => {
    const every = ['a.txt', 'b.txt', 'c.txt'];
    const onlyA = withDocuments(defaultFilters(), new Set(['a.txt']), every.length);
    expect([...onlyA.documents!]).toEqual(['a.txt']);
    expect(withDocuments(defaultFilters(), new Set(every), every.length).documents).toBeNull();
    expect([...withDocument(defaultFilters(), every, 'b.txt', false).documents!]).toEqual(['a.txt', 'c.txt']);
    expect(withDocument(withDocument(defaultFilters(), every, 'b.txt', false), every, 'b.txt', true).documents).toBe(
      null,
    );
  });
});
