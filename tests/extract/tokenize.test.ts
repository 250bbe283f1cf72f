// Tokens are verbatim slices of the text; a word with letters beyond Latin-1 stays one token.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize.ts';
import { extractText } from './extractText.ts';

describe('tokenize', () => {
  it.each([
    ['Dragan Petrović met him.', 'Petrović'],
    ['They sailed from Ploče at dawn.', 'Ploče'],
    ['The court in Łódź ruled.', 'Łódź'],
    ['Srđan Kovač was arrested.', 'Srđan'],
    ['Tomáš Žák spoke.', 'Žák'],
  ])('%s: %s is one token', (text, word) => {
    const { tokens } = tokenize(text);
    const token = tokens.find((t) => t.text === word);
    expect(token).toBeDefined();
    expect(text.slice(token!.start, token!.end)).toBe(word);
  });

  it.each([
    ['He cannot go.', ['can', 'not']],
    ['Mr. Smith-Jones left.', ['Smith', '-', 'Jones']],
  ])('%s: keeps %j apart', (text, words) => {
    const texts = tokenize(text).tokens.map((t) => t.text);
    for (const w of words) expect(texts).toContain(w);
  });

  it('ends a sentence after such a word that wink read with its stop as an abbreviation', () => {
    const text = 'It was seized at the port of Novoče. The shipment was large.';
    const { tokens, sentences } = tokenize(text);
    expect(tokens.map((t) => t.text)).toContain('Novoče');
    expect(sentences).toHaveLength(2);
  });

  it('names a person whose surname has such a letter whole', () => {
    const aliases = extractText('Police arrested Dragan Petrović in Belgrade.').entities.flatMap((e) => e.aliases);
    expect(aliases).toContain('Dragan Petrović');
  });
});

describe('a compass word before a known place', () => {
  it.each([['The firm serves customers in Western Canada.', 'Western Canada']])('%s: names %s', (text, name) => {
    expect(extractText(text).entities.flatMap((e) => e.aliases)).toContain(name);
  });

  it('is no name before other words', () => {
    const aliases = extractText('Western officials said Canada agreed.').entities.flatMap((e) => e.aliases);
    expect(aliases).not.toContain('Western');
    expect(aliases).toContain('Canada');
  });
});
