// The metadata scorer on made-up pages: an outlet or date counts only where the text states it, in any of the
// ways pages write them, and a value given is right when it names the source's outlet or day.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/model/graph.ts';
import { dateWritings, metadataLine, parseSources, scoreMetadata, type Source } from '../../src/quality/metadata.ts';

const meta = (id: string, source: string | null, published: string | null): DocumentMeta => ({
  id,
  title: id,
  source,
  published,
  words: 10,
  sha256: '',
});
const source = (document: string, outlet: string, date: string | null, url = 'https://example.org/a'): Source => ({
  document,
  outlet,
  url,
  date,
  kind: 'politics',
});

describe('metadata scoring', () => {
  it('finds a day however the page writes it', () => {
    const writings = dateWritings('2024-03-05');
    for (const written of ['March 5, 2024', '5 Mar 2024', 'Mar. 5, 2024', '2024-03-05', '05/03/2024', '05 March 2024'])
      expect(writings).toContain(written.toLowerCase());
    expect(writings).not.toContain('march 15, 2024');
  });

  it('counts a value only where the text states it, and checks it against the source', () => {
    const texts = new Map([
      ['a.txt', 'KYIV (Reuters) - The mayor said on March 5, 2024 that ...'],
      ['b.txt', 'LONDON, March 10. /Example Wire/. The minister said ...'],
      ['c.txt', 'A town council met on Tuesday.'],
      ['d.txt', 'Posted 2024-03-05. The Daily Example learnt that ...'],
    ]);
    const sources = [
      source('a.txt', 'Example Gazette (Reuters)', '2024-03-05'),
      source('b.txt', 'Example Wire', null),
      source('c.txt', 'Example Times', '2024-03-05'),
      source('d.txt', 'The Daily Example', '2024-03-05'),
    ];
    const documents = [
      meta('a.txt', 'Thomson Reuters', '2024-03-05'),
      meta('b.txt', null, null),
      meta('c.txt', 'Example Times', null),
      meta('d.txt', 'Example Herald', '2024-03-06'),
      meta('unsourced.txt', 'Example Times', null),
    ];
    const score = scoreMetadata(documents, sources, texts);
    expect(score.documents).toBe(4);
    expect(score.dated).toBe(3);
    // a: Reuters is the wire in brackets (a canonical name counts); b: stated, missing; c: not stated, given;
    // d: stated, another outlet.
    expect(score.outlet).toEqual({ stated: 3, right: 1, wrong: 1, unstated: 1 });
    expect(score.date).toEqual({ stated: 2, right: 1, wrong: 1, unstated: 0 });
    expect(score.problems).toEqual([
      'b.txt: outlet missing',
      'd.txt: outlet "Example Herald"',
      'd.txt: date "2024-03-06"',
    ]);
    expect(metadataLine(score)).toBe(
      'metadata (4 documents): outlet stated 3, right 1, wrong 1, missing 1, given where unstated 1 | ' +
        'date (3 dated) stated 2, right 1, wrong 1, missing 0, given where unstated 0',
    );
  });

  it('takes a place in brackets for a tell-apart of outlets of one name, not for a wire', () => {
    const texts = new Map([
      ['a.txt', 'Triads in Hong Kong are back, police said.'],
      ['b.txt', 'The Standard learnt that triads in Hong Kong are back.'],
      ['c.txt', 'HONG KONG (AFP) - Triads are back, police said.'],
    ]);
    const sources = [
      source('a.txt', 'The Standard (Hong Kong)', null),
      source('b.txt', 'The Standard (Hong Kong)', null),
      source('c.txt', 'Example Daily (AFP)', null),
    ];
    const documents = [
      meta('a.txt', 'Hong Kong', null),
      meta('b.txt', 'The Standard', null),
      meta('c.txt', 'AFP', null),
    ];
    expect(scoreMetadata(documents, sources, texts).outlet).toEqual({ stated: 2, right: 2, wrong: 0, unstated: 1 });
  });

  it('says which entry of a sources file is malformed', () => {
    expect(() =>
      parseSources([{ document: 'a.txt', outlet: 'X', url: 'u', kind: 'k', date: '5 March' }], 's.json'),
    ).toThrow(/s\.json: entry 0: date is YYYY-MM-DD or null/);
    expect(() => parseSources({}, 's.json')).toThrow(/expected an array/);
  });
});
