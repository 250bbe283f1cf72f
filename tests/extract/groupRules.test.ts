// The sanctions, bans, affiliation and territory pattern rules against their own example sentences.
import { AFFILIATION_RULES } from '../../src/extract/relations/patterns/affiliation.ts';
import { BAN_RULES } from '../../src/extract/relations/patterns/bans.ts';
import type { PatternRule } from '../../src/extract/relations/patterns/pattern.ts';
import { SANCTION_RULES } from '../../src/extract/relations/patterns/sanctions.ts';
import { TERRITORY_RULES } from '../../src/extract/relations/patterns/territory.ts';
import { describePatternRules } from './patternTable.ts';

const FILES: [string, PatternRule[]][] = [
  ['sanctions.ts', SANCTION_RULES],
  ['bans.ts', BAN_RULES],
  ['affiliation.ts', AFFILIATION_RULES],
  ['territory.ts', TERRITORY_RULES],
];

describePatternRules(FILES);
