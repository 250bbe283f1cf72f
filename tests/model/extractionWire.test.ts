// The wire form of an extraction gives back exactly what the worker made: the main thread builds the graph from it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/model/extraction.ts';
import { decodeExtraction, encodeExtraction } from '../../src/model/extractionWire.ts';
import { processFile } from '../../src/pipeline/processFile.ts';
import { FIXTURES } from '../pipeline/helpers.ts';

/** Real news articles, with claims, reviews and relations of every kind. */
const ARTICLES = join(FIXTURES, 'news-dev/documents');

const roundTrip = (x: DocumentExtraction) => decodeExtraction(encodeExtraction(x).wire);
/** graph.json writes documents, claims and reviews as they are, so their key order counts too. */
const written = (x: DocumentExtraction) => JSON.stringify([x.document, x.claims, x.reviews]);

describe('extraction wire form', () => {
  it.each(readdirSync(ARTICLES).sort().slice(0, 8))(
    'round-trips the extraction of %s',
    async (file) => {
      const { result } = await processFile({ dir: ARTICLES, file: join(ARTICLES, file), cache: null });
      if ('code' in result) throw new Error(result.message);
      const back = roundTrip(result);
      expect(back).toEqual(result);
      expect(written(back)).toBe(written(result));
    },
    30_000,
  );

  it('keeps absent and null fields apart, and claim words that are not the text at their offsets', () => {
    const text = 'Kyiv said “no”. The Legion agreed.';
    const x: DocumentExtraction = {
      document: { id: 'a.txt', title: 'T', source: null, published: '2024-01-02', words: 6, sha256: 'ab', text },
      entities: [
        {
          id: 0,
          type: 'Location',
          label: 'Kyiv',
          aliases: [],
          mentions: [{ start: 0, end: 4 }],
          identity: { known: 'city:Kyiv', names: [], bags: [], cores: [], acronyms: [], initials: [] },
        },
        {
          id: 1,
          type: 'Organization',
          label: 'Legion',
          aliases: ['the Legion'],
          mentions: [{ start: 20, end: 26 }],
          identity: {
            names: ['legion x'],
            bags: ['legion x'],
            cores: [{ core: 'legion', qualifier: null }],
            acronyms: [],
            initials: ['LX'],
            single: 'legion',
          },
        },
      ],
      relations: [{ type: 'OPPOSES', source: 1, target: 0, evidence: { start: 16, end: 34 }, rule: 'r' }],
      sharedSentences: [{ start: 0, end: 34, entities: [0, 1] }],
      claims: [
        {
          document: 'a.txt',
          kind: 'direct',
          text: 'no (sic)',
          start: 11,
          end: 13,
          sentence: { start: 0, end: 15 },
          cue: null,
          medium: null,
          speaker: null,
          about: [1],
        },
      ],
      reviews: [{ entity: 'Legion', alias: 'the Legion', reason: 'r', confidence: 0.75, applied: true }],
    };
    const back = roundTrip(x);
    expect(back).toEqual(x);
    expect('author' in back.document).toBe(false);
    expect(written(back)).toBe(written(x));
    expect(roundTrip({ ...x, document: { ...x.document, author: null } }).document.author).toBeNull();
  });
});
