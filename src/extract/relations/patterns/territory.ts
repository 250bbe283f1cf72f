// Who holds which places: "ISIL-held towns in X", "Houthi positions in X", "the town was under the control of
// X", "the province is dominated by X". Holding a place is being active in it.
import { HELD_WORDS, HOLDING_PASSIVES, STRONGHOLD_NOUNS } from '../../gazetteers/groupWords.ts';
import { PLACE_NOUNS } from '../../gazetteers/places.ts';
import type { PatternRule, TokenTest } from './pattern.ts';

const SIDES = ['Person', 'Organization'] as const;
/** "ISIL-held", "rebel-controlled": the name captured as the holder. */
const HELD: TokenTest[] = [{ name: true, as: 'holder' }, { lower: ['-'] }, { lower: HELD_WORDS }];

export const TERRITORY_RULES: PatternRule[] = [
  {
    id: 'held-place',
    description: 'a place described as X-held or X-controlled: X is active in it',
    type: 'ACTIVE_IN',
    pattern: [{ phrase: { contains: HELD, entity: ['Location'] }, as: 'place' }],
    source: 'holder',
    target: 'place',
    examples: [
      ['Shells fell on Example Front-held Bergen overnight.', ['Example Front ACTIVE_IN Bergen']],
      ['Shells fell on Norway-based Bergen overnight.', []],
    ],
  },
  {
    id: 'held-places-in',
    description: 'X-held towns or villages in or of a place: X is active there',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { head: [...PLACE_NOUNS].map((n) => `${n}s`).concat([...PLACE_NOUNS]), contains: HELD } },
      { phrase: { under: ['in', 'of'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'holder',
    target: 'place',
    examples: [
      ['Jets struck Example Front-held towns in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      [
        'Jets struck Example Front-held villages of Bergen and Stavanger.',
        ['Example Front ACTIVE_IN Bergen', 'Example Front ACTIVE_IN Stavanger'],
      ],
      ['Jets struck towns in Lorton.', []],
    ],
  },
  {
    id: 'strongholds-in',
    description: 'X’s strongholds, positions or bases in a place: X is active there',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { head: STRONGHOLD_NOUNS }, as: 'strongholds' },
      { phrase: { under: ['in', 'near', 'around', 'across'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'owner:strongholds',
    target: 'place',
    examples: [
      ['Jets struck Example Front strongholds in Lorton.', ['Example Front ACTIVE_IN Lorton']],
      ['The Example Front’s bases near Lorton were hit.', ['Example Front ACTIVE_IN Lorton']],
      ['Jets struck strongholds in Lorton.', []],
    ],
  },
  {
    id: 'under-control-of',
    description: 'a place under the control of X: X is active in it',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { head: ['control'], under: ['under'] } },
      { phrase: { under: ['of'], entity: SIDES }, as: 'holder' },
    ],
    source: 'holder',
    target: 'subject',
    examples: [
      ['Bergen had been under the control of the Example Front since May.', ['Example Front ACTIVE_IN Bergen']],
      ['Bergen had been under the control of its mayor.', []],
    ],
  },
  {
    id: 'held-by',
    description: 'a place held, controlled or seized by X: X is active in it',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: HOLDING_PASSIVES, voice: 'passive' } },
      { skip: 2 },
      { phrase: { under: ['by'], entity: SIDES }, as: 'holder' },
    ],
    source: 'holder',
    target: 'subject',
    examples: [
      ['The Bergen province is dominated by the Example Front.', ['Example Front ACTIVE_IN Bergen province']],
      ['Bergen, held by the Example Front since May, was shelled.', ['Example Front ACTIVE_IN Bergen']],
      ['The Velmar Bank is controlled by the Example Front.', []],
    ],
  },
];
