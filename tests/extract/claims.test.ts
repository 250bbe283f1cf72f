// Claims on made-up sentences: quotes in any marks, split and over paragraphs, reported speech, speakers resolved
// as relations resolve them, the medium, and quotations that are not claims.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/claims/index.ts';
import { analyzeDocument } from '../../src/extract/extractDocument.ts';
import type { CleanDocument } from '../../src/model/graph.ts';

function claimsOf(text: string): string[] {
  const document: CleanDocument = { id: 't.txt', title: '', source: null, published: null, words: 0, sha256: '', text };
  const { found, ctx } = analyzeDocument(document);
  return extractClaims(ctx, found.mentions, document).map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    const speaker = c.speaker === null ? '?' : found.entities[c.speaker].label;
    return `${c.kind} ${speaker} ${c.cue ?? '-'}${c.medium ? ` (${c.medium})` : ''}: ${c.text}`;
  });
}

describe('claims', () => {
  it.each([
    [
      'Ivan Dorn, the commander of the Example Front, said that the line held near the river.',
      ['indirect Ivan Dorn said: the line held near the river'],
    ],
    ['Ivan Dorn told Example Radio that the line held.', ['indirect Ivan Dorn told (Example Radio): the line held']],
    [
      'According to Ivan Dorn, the Example Front lost two villages.',
      ['indirect Ivan Dorn according to: the Example Front lost two villages'],
    ],
    [
      'The Example Front lost two villages, according to Ivan Dorn.',
      ['indirect Ivan Dorn according to: The Example Front lost two villages'],
    ],
    [
      'Ivan Dorn denied any link to the attack, claiming that the Example Front was not there.',
      [
        'indirect Ivan Dorn denied: any link to the attack',
        'indirect Ivan Dorn claiming: the Example Front was not there',
      ],
    ],
    [
      'Ivan Dorn said: “We will hold the line until the end.”',
      ['direct Ivan Dorn said: We will hold the line until the end.'],
    ],
    [
      '"We will hold the line," Ivan Dorn said, "and we will not retreat."',
      ['direct Ivan Dorn said: We will hold the line', 'direct Ivan Dorn said: and we will not retreat.'],
    ],
    [
      'Ivan Dorn spoke on Monday.\n\n“We will hold the line until the end.\n\n“Nobody will leave the town before the spring,” he said.',
      ['direct Ivan Dorn said: We will hold the line until the end.\n\n“Nobody will leave the town before the spring'],
    ],
    [
      'The Example Front vowed to fight alongside the Northern Brigade.',
      ['indirect Example Front vowed: to fight alongside the Northern Brigade'],
    ],
    // A quoted label is no claim, nor is a verb of saying inside what was quoted.
    ['The ministry called the raid “criminal” on Monday.', []],
    [
      '“It suits them to claim that nothing happened,” Ivan Dorn said.',
      ['direct Ivan Dorn said: It suits them to claim that nothing happened'],
    ],
  ])('%s', (text, expected) => expect(claimsOf(text)).toEqual(expected));

  it('gives "he said" to the person quoted just before, not to a man named in the quote', () => {
    const claims = claimsOf(
      'Ivan Dorn told Example Radio that the line held.\n\n“Nobody here wants to fight for Viktor Orlov,” he said.',
    );
    expect(claims[1]).toBe('direct Ivan Dorn said: Nobody here wants to fight for Viktor Orlov');
  });
});
