// Who holds which places: "ISIL-held towns in X", "Houthi positions in X", "the town was under the control of
// X", "the province is dominated by X". Holding a place is being active in it.
import { EXPELLING_VERBS, HELD_WORDS, HOLDING_PASSIVES, STRONGHOLD_NOUNS } from '../../gazetteers/groupWords.ts';
import {
  FALLING_VERBS,
  PLACE_HOLDING_VERBS,
  PLACE_SHARE_NOUNS,
  RULE_NOUNS,
  SENDING_VERBS,
} from '../../gazetteers/phraseWords.ts';
import { PLACE_NOUNS } from '../../gazetteers/places.ts';
import { ASSAULT_VERBS, MEMBER_WORDS } from '../../gazetteers/relationWords.ts';
import type { PatternRule, Step, TokenTest } from './pattern.ts';

const SIDES = ['Person', 'Organization'] as const;
/** "ISIL-held", "rebel-controlled": the name captured as the holder. */
const HELD: TokenTest[] = [{ name: true, as: 'holder' }, { lower: ['-'] }, { lower: HELD_WORDS }];

/** "drove the rebels out of Bergen": who drove, who was driven, and the place (past appositions and "out"). */
const EXPELLED: Step[] = [
  { verb: { head: EXPELLING_VERBS, voice: 'active' } },
  { phrase: { under: [null] }, as: 'expelled' },
  { skip: 5 },
  { phrase: { under: ['of', 'from'], possessive: false, entity: ['Location'] }, as: 'place' },
];
const EXPELLING = 'Ivan Dorn said the Example Front drove the Lorton Brigade, its rival, out of Bergen.';

/** "the army attacked the Example Front in Bergen": who attacked, who was attacked, and where. */
const ASSAULTED_IN: Step[] = [
  { verb: { head: ASSAULT_VERBS, voice: 'active' } },
  { phrase: { under: [null], entity: SIDES }, as: 'attacked' },
  { phrase: { under: ['in', 'near', 'around', 'inside'], entity: ['Location'] }, as: 'place' },
];
const ASSAULTING = 'The Velmar Army attacked the Example Front in Bergen.';

export const TERRITORY_RULES: PatternRule[] = [
  {
    id: 'holds-place',
    description: 'a side that holds or controls a place (or most of it) is active there: "X still holds Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: PLACE_HOLDING_VERBS, voice: 'active' } },
      { phrase: { head: PLACE_SHARE_NOUNS, under: [null] }, optional: true },
      { phrase: { under: [null, 'of'], entity: ['Location'], possessive: false }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front still holds Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front controls most of Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front held talks in Bergen.', []],
      ['The Example Front does not control Bergen.', []],
    ],
  },
  {
    id: 'fell-to',
    description: 'a place that fell to a side: the side is active there ("Bergen fell to the Example Front")',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: FALLING_VERBS, voice: 'active' } },
      { phrase: { under: ['to', 'into'], entity: SIDES }, as: 'holder' },
    ],
    source: 'holder',
    target: 'subject',
    examples: [
      ['Bergen fell to the Example Front in May.', ['Example Front ACTIVE_IN Bergen']],
      ['Prices in Bergen fell to a record low.', []],
    ],
  },
  {
    id: 'fell-into-hands',
    description: 'a place that fell into the hands of a side: "Bergen fell into the hands of the Example Front"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: FALLING_VERBS, voice: 'active' } },
      { phrase: { head: ['hands'], under: ['into', 'in'] } },
      { phrase: { under: ['of'], entity: SIDES }, as: 'holder' },
    ],
    source: 'holder',
    target: 'subject',
    examples: [['Bergen fell into the hands of the Example Front.', ['Example Front ACTIVE_IN Bergen']]],
  },
  {
    id: 'under-named-control',
    description:
      'a place under a side’s control, the side named before the word: "Bergen is under Example Front control"',
    type: 'ACTIVE_IN',
    pattern: [{ phrase: { under: ['under'], head: RULE_NOUNS, contains: [{ name: true, as: 'holder' }] } }],
    source: 'holder',
    target: 'subject',
    examples: [
      ['Bergen is under Example Front control.', ['Example Front ACTIVE_IN Bergen']],
      ['Bergen is under tight control.', []],
    ],
  },
  {
    id: 'under-possessed-control',
    description: 'a place under a side’s control, the side a possessive: "Bergen is under the Example Front’s control"',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { under: ['under'], possessive: true, entity: SIDES }, as: 'holder' },
      { phrase: { head: RULE_NOUNS } },
    ],
    source: 'holder',
    target: 'subject',
    examples: [
      ['Bergen is under the Example Front’s control.', ['Example Front ACTIVE_IN Bergen']],
      ['Bergen is under the Example Front’s flag.', []],
    ],
  },
  {
    id: 'sent-forces-to',
    description: 'a side that deploys or sends its forces to a place is active there: "X deployed troops to Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: SENDING_VERBS, voice: 'active' } },
      { phrase: { head: MEMBER_WORDS, under: [null] } },
      { phrase: { under: ['to', 'into', 'in', 'across', 'near', 'around'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Army deployed troops to Bergen.', ['Example Army ACTIVE_IN Bergen']],
      ['Norway sent 300 soldiers into the Vell region.', ['Norway ACTIVE_IN Vell region']],
      ['The Example Army sent a letter to Bergen.', []],
    ],
  },
  {
    id: 'expelled-from',
    description: 'a side driven out of a place was active there',
    type: 'ACTIVE_IN',
    pattern: EXPELLED,
    source: 'expelled',
    target: 'place',
    examples: [
      [EXPELLING, ['Lorton Brigade ACTIVE_IN Bergen']],
      ['The Example Front forced prices out of reach in Bergen.', []],
    ],
  },
  {
    id: 'expelling-in',
    description: 'a side that drives another out of a place is active there',
    type: 'ACTIVE_IN',
    pattern: EXPELLED,
    source: 'subject',
    target: 'place',
    examples: [
      [EXPELLING, ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front was driven out of Bergen.', []],
    ],
  },
  {
    id: 'expelling-opposes',
    description: 'a side that drives another out of a place opposes it',
    type: 'OPPOSES',
    pattern: EXPELLED,
    source: 'subject',
    target: 'expelled',
    examples: [
      [EXPELLING, ['Example Front OPPOSES Lorton Brigade']],
      ['The Example Front drove the trucks out of Bergen.', []],
    ],
  },
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
    id: 'held-places-including',
    description: 'X-held towns, including A and B: X is active in each',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { contains: HELD } },
      { skip: 2 },
      { verb: { head: ['including'] } },
      { phrase: { under: [null], entity: ['Location'] }, as: 'place' },
    ],
    source: 'holder',
    target: 'place',
    examples: [
      [
        'Jets struck Example Front-held towns in Norway, including Bergen and Stavanger.',
        ['Example Front ACTIVE_IN Bergen', 'Example Front ACTIVE_IN Stavanger'],
      ],
      ['Jets struck towns in Norway, including Bergen.', []],
    ],
  },
  {
    id: 'strongholds-in',
    description: 'X’s strongholds or outposts in a place: X is active there',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { head: STRONGHOLD_NOUNS }, as: 'strongholds' },
      { phrase: { under: ['in', 'near', 'around', 'across'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'owner:strongholds',
    target: 'place',
    examples: [
      ['Jets struck Example Front strongholds in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front’s outposts near Bergen were hit.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front withdrew to its positions in Bergen.', []],
      ['Jets struck strongholds in Bergen.', []],
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
  {
    id: 'assaulted-place',
    description: 'a side that storms, seizes or attacks a place is active there: "X stormed the city of Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: ASSAULT_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: ['Location'], possessive: false }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['Example Front rebels stormed the city of Bergen on Sunday.', ['Example Front ACTIVE_IN Bergen']],
      [
        'The Example Front had seized Bergen and Dornik.',
        ['Example Front ACTIVE_IN Bergen', 'Example Front ACTIVE_IN Dornik'],
      ],
      ['The Example Front surrounded the city of Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front did not attack Bergen.', []],
      ['Police raided the Velmar Group’s offices in Bergen.', []],
    ],
  },
  {
    id: 'assaulted-in-place',
    description: 'a side attacked in a place is there: "the army attacked the Example Front in Bergen"',
    type: 'ACTIVE_IN',
    pattern: ASSAULTED_IN,
    source: 'attacked',
    target: 'place',
    examples: [
      [ASSAULTING, ['Example Front ACTIVE_IN Bergen']],
      ['The Velmar Army attacked the Example Front over pay.', []],
    ],
  },
  {
    id: 'assaulting-in-place',
    description: 'a side attacking another in a place is there: "the army attacked the Example Front in Bergen"',
    type: 'ACTIVE_IN',
    pattern: ASSAULTED_IN,
    source: 'subject',
    target: 'place',
    examples: [
      [ASSAULTING, ['Velmar Army ACTIVE_IN Bergen']],
      ['The Velmar Army was attacked by the Example Front in Bergen.', []],
    ],
  },
  {
    id: 'taken-from',
    description:
      'a side a place is taken from held it: "the army recaptured the town of Bergen from the Example Front"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: ASSAULT_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: ['Location'], possessive: false }, as: 'place' },
      // "the town of Bergen from …": past the name after the kind of place.
      { skip: 1 },
      { phrase: { under: ['from'], entity: SIDES }, as: 'holder' },
    ],
    source: 'holder',
    target: 'place',
    examples: [
      ['The Velmar Army recaptured the town of Bergen from the Example Front.', ['Example Front ACTIVE_IN Bergen']],
      ['The Velmar Army seized Bergen from the north.', []],
    ],
  },
];
