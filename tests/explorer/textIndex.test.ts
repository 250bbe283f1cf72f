// The full-text index on the seed documents: every word of a sentence finds it, case and accents aside; evidence
// sentences keep their exact offsets and say which relations they state; the last word is a prefix while typed.
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/explorer/core/textIndex.ts';
import { textSources } from '../../src/explorer/core/textSearch.ts';
import { seedGraph } from './graphs.ts';

const seed = seedGraph();
const { documents, evidence } = textSources(seed);
const index = TextIndex.build(documents, evidence);

describe('full-text search', () => {
  it('finds an evidence sentence by its words, with the relation it states and the words marked', () => {
    const leads = seed.edges().find((edge) => seed.getEdgeAttribute(edge, 'type') === 'LEADS')!;
    const item = seed.getEdgeAttribute(leads, 'evidence')[0]!;
    const words = item.text.match(/[A-Za-z]{5,}/g)!.slice(0, 3);
    const results = index.search(`${words.join(' ')} `);
    const hit = results.hits.find((h) => h.document === item.document && h.start === item.start);
    expect(hit).toBeDefined();
    expect(hit!.text).toBe(item.text);
    expect(hit!.edges).toContain(leads);
    const marked = hit!.marks.map((mark) => hit!.text.slice(mark.start, mark.end).toLowerCase());
    for (const word of words) expect(marked).toContain(word.toLowerCase());
    // Evidence sentences come before other sentences.
    const firstPlain = results.hits.findIndex((h) => h.edges.length === 0);
    if (firstPlain >= 0) expect(results.hits.slice(firstPlain).every((h) => h.edges.length === 0)).toBe(true);
  });

  it('needs every word, ignores case and accents, and reads the word being typed as a prefix', () => {
    const both = index.search('Belgorod raid ');
    expect(both.total).toBeGreaterThan(0);
    for (const hit of both.hits) expect(hit.text.toLowerCase()).toMatch(/belgorod[\s\S]*raid|raid[\s\S]*belgorod/);
    expect(index.search('BELGORÓD raid ').total).toBe(both.total);
    expect(index.search('Belgor').total).toBeGreaterThanOrEqual(index.search('Belgorod ').total);
    expect(index.search('Belgor ').total).toBe(0);
    expect(index.search('zzqx').total).toBe(0);
    expect(index.search('   ').hits).toEqual([]);
  });

  it('indexes the text outside evidence too, each sentence once, within its document', () => {
    const doc = documents[0]!;
    // The title line is a sentence of the text that states no relation.
    const firstWords = doc.text
      .match(/[A-Za-z]{4,}/g)!
      .slice(0, 2)
      .join(' ');
    const hits = index.search(`${firstWords} `).hits;
    expect(hits.some((hit) => hit.document === doc.id)).toBe(true);
    const keys = hits.map((hit) => `${hit.document}:${hit.start}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const hit of hits)
      expect(documents.find((d) => d.id === hit.document)!.text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(index.sentenceCount).toBeGreaterThan(50);
  });
});
