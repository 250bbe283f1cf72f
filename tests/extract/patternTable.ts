// The one test table for pattern rules: every rule against its own example sentences, stating those relations
// and nothing else.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/extract/extractDocument.ts';
import { matchPatterns } from '../../src/extract/relations/patterns/match.ts';
import type { PatternRule } from '../../src/extract/relations/patterns/pattern.ts';

/** The relations `rule` alone states in `text`, as "Source TYPE Target". */
function statedBy(rule: PatternRule, text: string): string[] {
  const document = { id: 't.txt', title: '', source: null, published: null, words: 0, sha256: '', text };
  const { ctx } = analyzeDocument(document);
  const found = ctx.sentences.flatMap((_, s) => matchPatterns(ctx, s, [rule]));
  const label = (id: number) => ctx.entities[id].label;
  return [...new Set(found.map((r) => `${label(r.source)} ${r.type} ${label(r.target)}`))];
}

/** One describe block per rule file, one row per example sentence. */
export function describePatternRules(files: [string, PatternRule[]][]): void {
  describe.each(files)('pattern rules in %s', (_file, rules) => {
    const rows = rules.flatMap((rule) =>
      rule.examples.map(([text, relations]) => [rule.id, text, relations, rule] as const),
    );
    it.each(rows)('%s: %s', (_id, text, relations, rule) => {
      expect(statedBy(rule, text).sort()).toEqual([...relations].sort());
    });
  });
}
