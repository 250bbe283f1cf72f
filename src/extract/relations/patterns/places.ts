// Places within places: "the village of A in B", "the village of A in B’s C region".
import { COMPASS_NOUNS, SETTLEMENT_PLURALS } from '../../gazetteers/phraseWords.ts';
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
      ['Shelling hit the village of Dornik in the Lorton region.', ['Dornik LOCATED_IN Lorton region']],
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
    examples: [['Shelling hit the village of Dornik in Lorton’s Vell district.', ['Dornik LOCATED_IN Vell district']]],
  },
  {
    id: 'place-possessed',
    description: 'a place named with the place it is in: "Lorton’s Vell district", "the Lorton region’s Vell"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], possessive: true }, as: 'outer' },
      { phrase: { entity: ['Location'] }, as: 'inner' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [['Troops entered Bergen region’s Vell district.', ['Vell district LOCATED_IN Bergen region']]],
  },
  {
    id: 'settlement-of',
    description: 'a kind of settlement of a region, then its name: "the Lorton region city of Dornik"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { head: SETTLEMENT_NOUNS, entity: ['Location'] }, as: 'outer' },
      { phrase: { under: ['of'], entity: ['Location'] }, as: 'inner' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [['Troops raided the West Bank city of Dornik.', ['Dornik LOCATED_IN West Bank']]],
  },
  {
    id: 'place-comma-region',
    description: 'a place, a comma, and the larger place it is in: "Bergen, western Norway"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], under: [null, 'in', 'at', 'near', 'from', 'to'] }, as: 'inner' },
      { word: [','] },
      { phrase: { entity: ['Location'], apposition: true, under: [null] }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['The ship docked in Bergen, western Norway, on Friday.', ['Bergen LOCATED_IN Norway']],
      ['Delegates from Norway, Chile and Peru met.', []],
    ],
  },
  {
    id: 'settlements-of',
    description:
      'names listed before a plural place noun, "of" the place they are in: "the Dornik and Vell villages of Lorton’s Ash township"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { head: SETTLEMENT_PLURALS, entity: ['Location'] }, as: 'inner' },
      { phrase: { under: ['of'], possessive: true }, optional: true },
      { phrase: { under: ['of'], entity: ['Location'], possessive: false }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      [
        'Troops seized the camp near Dornik and Vellby villages of Lorton township.',
        ['Dornik LOCATED_IN Lorton township', 'Vellby LOCATED_IN Lorton township'],
      ],
      ['Troops seized the camp near the villages of Lorton township.', []],
    ],
  },
  {
    id: 'possessed-settlement-of',
    description: 'a kind of place of a possessor, then its name: "Yemen’s oil-rich province of Marib"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], possessive: true }, as: 'outer' },
      { phrase: { head: SETTLEMENT_NOUNS } },
      { phrase: { under: ['of'], entity: ['Location'] }, as: 'inner' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Airstrikes hit Yemen’s oil-rich province of Marib.', ['Marib LOCATED_IN Yemen']],
      ['Airstrikes hit Yemen’s province, the home of Ivan Dorn.', []],
    ],
  },
  {
    id: 'place-in-part-of',
    description: 'a place in a part of a larger one by the compass: "Balama in the southwest of Cabo Delgado"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'] }, as: 'inner' },
      // The tagger often calls the compass word an adjective or adverb: found by the word, not the head.
      { phrase: { contains: [{ lower: COMPASS_NOUNS }], under: ['in'] } },
      { phrase: { under: ['of'], entity: ['Location'] }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Attacks spread from Dornik in the southwest of Norway.', ['Dornik LOCATED_IN Norway']],
      ['Attacks spread from Dornik in the spring of 2020.', []],
    ],
  },
];
