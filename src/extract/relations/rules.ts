// The registry of relation rules: each reads one sentence and states relations between argument slots.
import type { RelationContext } from './context.ts';
import { facilityRule } from './facilityRule.ts';
import { PATTERN_RULES, patternRules } from './patterns/index.ts';
import type { Found } from './relate.ts';
import { roleRule } from './roleRule.ts';
import { compoundRule, describedPartRule, personOfRule, placeRule, possessivePartRule } from './structureRules.ts';
import { triggerRule } from './triggerRule.ts';
import { TRIGGERS } from './triggers.ts';

export interface RelationRule {
  id: string;
  description: string;
  /** Relations stated in the sentence with index `s`. */
  run(ctx: RelationContext, s: number): Found[];
}

/** All rules, in the order they run. */
export const RELATION_RULES: RelationRule[] = [
  triggerRule,
  roleRule,
  personOfRule,
  describedPartRule,
  placeRule,
  facilityRule,
  compoundRule,
  possessivePartRule,
  patternRules,
];

/** Every id a relation's evidence can name: the code rules, each trigger table row and each pattern rule. */
export const RULE_IDS: ReadonlySet<string> = new Set([
  ...RELATION_RULES.filter((r) => r !== triggerRule && r !== patternRules).map((r) => r.id),
  ...TRIGGERS.map((t) => `trigger:${t.id}`),
  ...PATTERN_RULES.map((r) => r.id),
]);
