// The pattern rules, in the order they run, and the registry entry that runs them through the one matcher.
import type { RelationRule } from '../rules.ts';
import { ACCUSATION_RULES } from './accusations.ts';
import { AFFILIATION_RULES } from './affiliation.ts';
import { ALLIANCE_RULES } from './alliances.ts';
import { BAN_RULES } from './bans.ts';
import { CONFLICT_RULES } from './conflict.ts';
import { EVENT_RULES } from './events.ts';
import { INTERVIEW_RULES } from './interviews.ts';
import { matchPatterns } from './match.ts';
import { PART_RULES } from './parts.ts';
import type { PatternRule } from './pattern.ts';
import { PLACE_RULES } from './places.ts';
import { POSSESSIVE_RULES } from './possessives.ts';
import { PRESENCE_RULES } from './presence.ts';
import { ROLE_RULES } from './roles.ts';
import { SANCTION_RULES } from './sanctions.ts';
import { STANCE_RULES } from './stance.ts';
import { TERRITORY_RULES } from './territory.ts';

export const PATTERN_RULES: PatternRule[] = [
  ...STANCE_RULES,
  ...EVENT_RULES,
  ...PRESENCE_RULES,
  ...PLACE_RULES,
  ...INTERVIEW_RULES,
  ...ROLE_RULES,
  ...PART_RULES,
  ...POSSESSIVE_RULES,
  ...CONFLICT_RULES,
  ...ACCUSATION_RULES,
  ...ALLIANCE_RULES,
  ...SANCTION_RULES,
  ...BAN_RULES,
  ...AFFILIATION_RULES,
  ...TERRITORY_RULES,
];

export const patternRules: RelationRule = {
  id: 'pattern',
  description: 'rules written as patterns over the sentence structure (src/extract/relations/patterns/)',
  run: (ctx, s) => matchPatterns(ctx, s, PATTERN_RULES),
};
