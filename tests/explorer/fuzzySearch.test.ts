// Names spelt another way or mistyped still find their entity, after every name matched as typed; words too far
// from every name find nothing.
import { describe, expect, it } from 'vitest';
import { editDistance, fuzzyCost, skeleton } from '../../src/explorer/core/fuzzy.ts';
import { foldName, SearchIndex } from '../../src/explorer/core/search.ts';
import { key, seedGraph, smallGraph } from './graphs.ts';

const skeletonOf = (name: string) => foldName(name).split(' ').map(skeleton).join(' ');

describe('transliteration variants', () => {
  it.each([
    ['Galeotti', 'Galeoti'],
    ['Dmitriy', 'Dmitry'],
    ['Dmitrii', 'Dmitry'],
    ['Yevgeny Prigozhin', 'Evgeniy Prigozhin'],
    ['Tchaikovsky', 'Chaikovskiy'],
    ['Khodorkovsky', 'Hodorkovskij'],
    ['Zelenskyy', 'Zelensky'],
    ['Philipp', 'Filip'],
  ])('%s and %s have one skeleton', (a, b) => {
    expect(skeletonOf(a)).toBe(skeletonOf(b));
  });

  it.each([
    ['Kapustin', 'Galeotti'],
    ['Belgorod', 'Belarus'],
  ])('%s and %s do not', (a, b) => {
    expect(skeletonOf(a)).not.toBe(skeletonOf(b));
  });

  it('bounds the edit distance', () => {
    expect(editDistance('kapustin', 'kapustn', 2)).toBe(1);
    expect(editDistance('kapustin', 'galeoti', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 1)).toBe(2);
    expect(fuzzyCost(['mark', 'galeot'], ['mark', 'galeoti'])).toBe(0);
    expect(fuzzyCost(['belgorot'], ['belgorod'])).toBe(1);
    expect(fuzzyCost(['kyiv'], ['moscow'])).toBeNull();
  });
});

describe('fuzzy entity search', () => {
  const index = new SearchIndex(seedGraph());
  it.each([
    ['galeoti', 'person:mark-galeotti'],
    ['Mark Galeoti', 'person:mark-galeotti'],
    ['kapustn', 'person:kapustin'],
    ['Belgorot', 'location:belgorod'],
    ['freedom of rusia', 'organization:freedom-of-russia-legion'],
  ])('%s finds %s, marked as fuzzy', (query, expected) => {
    const [first] = index.search(query);
    expect(first?.key).toBe(expected);
    expect(first?.fuzzy).toBe(true);
  });

  it('finds nothing for a word far from every name, and nothing fuzzy for two letters', () => {
    expect(index.search('xyzzy')).toEqual([]);
    expect(index.search('qq')).toEqual([]);
  });

  it('ranks every name matched as typed above a spelling variant', () => {
    const graph = smallGraph(
      [
        ['Dmitry Medvedev', 'Person'],
        ['Dmitriyev', 'Person'],
      ],
      [],
    );
    const hits = new SearchIndex(graph).search('dmitriy');
    expect(hits.map((hit) => [hit.key, hit.fuzzy])).toEqual([
      [key('Dmitriyev'), false],
      [key('Dmitry Medvedev'), true],
    ]);
  });
});
