// Every pattern rule against its own example sentences: the relations it must state there, and nothing else.
import { ALLIANCE_RULES } from '../../src/extract/relations/patterns/alliances.ts';
import { CONFLICT_RULES } from '../../src/extract/relations/patterns/conflict.ts';
import { EVENT_RULES } from '../../src/extract/relations/patterns/events.ts';
import { INTERVIEW_RULES } from '../../src/extract/relations/patterns/interviews.ts';
import { PART_RULES } from '../../src/extract/relations/patterns/parts.ts';
import type { PatternRule } from '../../src/extract/relations/patterns/pattern.ts';
import { PLACE_RULES } from '../../src/extract/relations/patterns/places.ts';
import { POSSESSIVE_RULES } from '../../src/extract/relations/patterns/possessives.ts';
import { PRESENCE_RULES } from '../../src/extract/relations/patterns/presence.ts';
import { ROLE_RULES } from '../../src/extract/relations/patterns/roles.ts';
import { STANCE_RULES } from '../../src/extract/relations/patterns/stance.ts';
import { describePatternRules } from './patternTable.ts';

const FILES: [string, PatternRule[]][] = [
  ['stance.ts', STANCE_RULES],
  ['events.ts', EVENT_RULES],
  ['presence.ts', PRESENCE_RULES],
  ['places.ts', PLACE_RULES],
  ['interviews.ts', INTERVIEW_RULES],
  ['roles.ts', ROLE_RULES],
  ['parts.ts', PART_RULES],
  ['possessives.ts', POSSESSIVE_RULES],
  ['conflict.ts', CONFLICT_RULES],
  ['alliances.ts', ALLIANCE_RULES],
];

describePatternRules(FILES);
