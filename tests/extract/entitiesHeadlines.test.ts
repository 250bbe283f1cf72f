// Title Case headlines: their capitals are style, so a name counts there only where the body names it too.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';
import { titleCaseTokens } from '../../src/extract/headlineCase.ts';
import { tokenize } from '../../src/extract/tokenize.ts';

function labelsOf(text: string): string[] {
  return extractText(text)
    .entities.map((e) => e.label)
    .sort();
}

const titled = (text: string, line: string): boolean => {
  const { tokens } = tokenize(text);
  const marks = titleCaseTokens(text, tokens);
  const at = text.indexOf(line);
  return tokens.every((t, k) => marks[k] || t.start < at || t.end > at + line.length);
};

describe('headline casing', () => {
  it.each([
    [
      'They Fooled Wall Street. Now They Want to Walk Out of Prison Early\nThe men fooled investors on Wall Street and now want to walk out early.',
      'They Fooled Wall Street. Now They Want to Walk Out of Prison Early',
      true,
    ],
    [
      'The report was titled “How the Richest Man Is Pulling the Largest Con in History”. It said the largest con was pulling.',
      'How the Richest Man Is Pulling the Largest Con in History',
      true,
    ],
    // A byline is all capitals too, but its words are names, not common words set in Title Case.
    [
      'Rebels took the town.\nTranslated by Radio Free Asia. Edited by Kiana Duncan and Mike Firn.',
      'Edited by Kiana Duncan and Mike Firn',
      false,
    ],
    [
      'Police named the suspects.\nThe Chinese nationals are Yan Su Xuan and Song Jing.',
      'Yan Su Xuan and Song Jing',
      false,
    ],
  ])('%s: Title Case is %s', (text, line, expected) => {
    expect(titled(text, line)).toBe(expected);
  });

  it('keeps only the names of a Title Case headline that the body uses, cut down to them', () => {
    const text =
      'They Fooled Wall Street. Now They Want to Walk Out of Prison Early\nThe men fooled investors on Wall Street and now want to walk out of prison early, said Bob Welsh.';
    expect(labelsOf(text)).toEqual(['Bob Welsh', 'Wall Street']);
  });
});

describe('a lead that opens in capitals', () => {
  it.each([
    ['THE US has imposed sanctions on an armed militia.', ['United States']],
    // The capitals of a name stay its own.
    ['THE GUARDIAN reported the raid.', ['The Guardian']],
  ])('%s: names %j', (text, expected) => {
    expect(labelsOf(text)).toEqual(expected);
  });
});
