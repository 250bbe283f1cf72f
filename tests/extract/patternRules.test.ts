// Every pattern rule against its own example sentences: the relations it must state there, and nothing else.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/extract/extractDocument.ts';
import { matchPatterns } from '../../src/extract/relations/patterns/match.ts';
import { ALLIANCE_RULES } from '../../src/extract/relations/patterns/alliances.ts';
import { CONFLICT_RULES } from '../../src/extract/relations/patterns/conflict.ts';
import { EVENT_RULES } from '../../src/extract/relations/patterns/events.ts';
import { INTERVIEW_RULES } from '../../src/extract/relations/patterns/interviews.ts';
import { PART_RULES } from '../../src/extract/relations/patterns/parts.ts';
import type { PatternRule } from '../../src/extract/relations/patterns/pattern.ts';
import { PLACE_RULES } from '../../src/extract/relations/patterns/places.ts';
import { POSSESSIVE_RULES } from '../../src/extract/relations/patterns/possessives.ts';
import { ROLE_RULES } from '../../src/extract/relations/patterns/roles.ts';
import { STANCE_RULES } from '../../src/extract/relations/patterns/stance.ts';

/** The relations `rule` alone states in `text`, as "Source TYPE Target". */
function statedBy(rule: PatternRule, text: string): string[] {
  const document = { id: 't.txt', title: '', source: null, published: null, words: 0, sha256: '', text };
  const { ctx } = analyzeDocument(document);
  const found = ctx.sentences.flatMap((_, s) => matchPatterns(ctx, s, [rule]));
  const label = (id: number) => ctx.entities[id].label;
  return [...new Set(found.map((r) => `${label(r.source)} ${r.type} ${label(r.target)}`))];
}

const FILES: [string, PatternRule[]][] = [
  ['stance.ts', STANCE_RULES],
  ['events.ts', EVENT_RULES],
  ['places.ts', PLACE_RULES],
  ['interviews.ts', INTERVIEW_RULES],
  ['roles.ts', ROLE_RULES],
  ['parts.ts', PART_RULES],
  ['possessives.ts', POSSESSIVE_RULES],
  ['conflict.ts', CONFLICT_RULES],
  ['alliances.ts', ALLIANCE_RULES],
];

describe.each(FILES)('pattern rules in %s', (_file, rules) => {
  const rows = rules.flatMap((rule) =>
    rule.examples.map(([text, relations]) => [rule.id, text, relations, rule] as const),
  );
  it.each(rows)('%s: %s', (_id, text, relations, rule) => {
    expect(statedBy(rule, text).sort()).toEqual([...relations].sort());
  });
});
