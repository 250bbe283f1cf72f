// The matcher skips, in a sentence, the pattern rules whose required words it lacks, unless near misses are wanted:
// both ways must find the same relations, on every rule's own examples.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/extract/extractDocument.ts';
import { PATTERN_RULES } from '../../src/extract/relations/patterns/index.ts';
import { matchPatterns } from '../../src/extract/relations/patterns/match.ts';
import { documentOf } from './extractText.ts';

const examples = [...new Set(PATTERN_RULES.flatMap((rule) => rule.examples.map(([text]) => text)))];

describe('pattern rules tried only where the sentence has their words', () => {
  it('find what trying every rule finds', () => {
    expect(examples.length).toBeGreaterThan(100);
    for (const text of examples) {
      const { ctx } = analyzeDocument(documentOf(text));
      ctx.sentences.forEach((_, s) => {
        const everyRule = matchPatterns(ctx, s, PATTERN_RULES, []);
        expect(matchPatterns(ctx, s, PATTERN_RULES), text).toEqual(everyRule);
      });
    }
  });
});
