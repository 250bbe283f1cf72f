// Provenance: every relation extracted from real articles names a registered rule, so "why this edge" has an answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';
import { PATTERN_RULES } from '../../src/extract/relations/patterns/index.ts';
import { RELATION_RULES, RULE_IDS } from '../../src/extract/relations/rules.ts';

const FOLDERS = ['graph-data/documents', 'tests/fixtures/heldout/documents', 'tests/fixtures/news-dev/documents'];

describe('relation provenance', () => {
  it.each(FOLDERS)('every relation from %s names a registered rule', (folder) => {
    const rules = new Map<string, number>();
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const x = extractText(text, file);
      for (const r of x.relations) rules.set(r.rule, (rules.get(r.rule) ?? 0) + 1);
    }
    expect(rules.size).toBeGreaterThan(3);
    // "role+ref:pronoun": a registered rule that read an end through a resolved reference.
    for (const rule of rules.keys()) expect(RULE_IDS).toContain(rule.split('+ref:')[0]);
  });

  it('gives each rule its own id', () => {
    const ids = [...RELATION_RULES.map((r) => r.id), ...PATTERN_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(RULE_IDS.has('trigger:spoke-to-verb') && RULE_IDS.has('stance-pro') && RULE_IDS.has('role')).toBe(true);
  });
});
