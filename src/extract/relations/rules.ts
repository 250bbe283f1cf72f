// The registry of relation rules: each reads one sentence and states relations between argument slots.
import type { RelationContext } from './context.ts';
import { patternRules } from './patterns/index.ts';
import type { Found } from './relate.ts';
import { roleRule } from './roleRule.ts';
import { compoundRule, describedPartRule, personOfRule, placeRule, possessivePartRule } from './structureRules.ts';
import { triggerRule } from './triggerRule.ts';

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
  compoundRule,
  possessivePartRule,
  patternRules,
];
