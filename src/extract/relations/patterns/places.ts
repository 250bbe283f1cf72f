// Places within places: "the village of A in B", "the village of A in B’s C region".
import { SETTLEMENT_NOUNS } from '../../gazetteers/relationWords.ts';
import type { PatternRule } from './pattern.ts';

const settlement = [
  { phrase: { head: SETTLEMENT_NOUNS } },
  { phrase: { under: ['of'], entity: ['Location'] as const }, as: 'inner' },
] as const;

export const PLACE_RULES: PatternRule[] = [
  {
    id: 'settlement-of-in',
    description: 'a settlement named with "of", then where it is: "the village of Dornik in the Lorton region"',
    type: 'LOCATED_IN',
    pattern: [
      ...settlement,
      { phrase: { under: ['in', 'near'], entity: ['Location'], possessive: false }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Shelling hit the village of Dornik in the Lorton region.', ['Dornik LOCATED_IN Lorton']],
      ['They met in the town of Dornik in March.', []],
    ],
  },
  {
    id: 'settlement-of-in-possessed',
    description: 'a settlement in a region named with its owner: "the village of Dornik in Lorton’s Vell district"',
    type: 'LOCATED_IN',
    pattern: [
      ...settlement,
      { phrase: { under: ['in', 'near'], entity: ['Location'], possessive: true } },
      { phrase: { entity: ['Location'] }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [['Shelling hit the village of Dornik in Lorton’s Vell district.', ['Dornik LOCATED_IN Vell']]],
  },
];
