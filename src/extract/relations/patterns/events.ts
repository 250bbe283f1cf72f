// Events and fighting in places: "a raid on X", "the group's attack inside X", "broke through to X".
import {
  BUSINESS_NOUNS,
  CASUALTY_VERBS,
  CONFLICT_NOUNS,
  EVENT_NOUNS,
  EVENT_PLACE_PREPOSITIONS,
  HOLDING_VERBS,
  KILLING_VERBS,
  MOVEMENT_PREPOSITIONS,
  MOVEMENT_VERBS,
  MEMBER_WORDS,
  OPERATING_VERBS,
  POSITION_NOUNS,
  QUANTITY_NOUNS,
  REPELLING_VERBS,
  TARGET_NOUNS,
} from '../../gazetteers/relationWords.ts';
import {
  ABUSE_NOUNS,
  BEING_VERBS,
  CLASHING_VERBS,
  COUNT_NOUNS,
  FIRING_VERBS,
  FORCE_NOUNS,
  HAVING_VERBS,
  PROJECTILE_NOUNS,
} from '../../gazetteers/phraseWords.ts';
import type { PatternRule } from './pattern.ts';

const place = { phrase: { under: EVENT_PLACE_PREPOSITIONS, entity: ['Location'] as const }, as: 'place' };
/** Quantities that are no event themselves ("a campaign" is one). */
const QUANTITIES = QUANTITY_NOUNS.filter((noun) => !EVENT_NOUNS.includes(noun));
const claiming = { verb: { head: ['claimed', 'claims', 'claim', 'claiming'], voice: 'active' } } as const;
/** What the event is on, when the place comes after it: "a raid on a military base in Bergen". */
const target = { phrase: { head: TARGET_NOUNS, under: ['on', 'against', 'at'] }, optional: true } as const;

export const EVENT_RULES: PatternRule[] = [
  {
    id: 'event-in-place',
    description:
      'an event of fighting, in a place, by whoever the sentence says it is by: "the Example Front’s raid on Bergen"',
    type: 'ACTIVE_IN',
    pattern: [{ phrase: { head: EVENT_NOUNS }, as: 'event' }, target, place],
    source: 'owner:event',
    target: 'place',
    examples: [
      ['The Example Front’s raid on Bergen lasted two days.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front’s raid on an army base in Bergen failed.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front launched an attack on the town of Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front’s raid on an army base drew protests in Bergen.', []],
      ['The Example Front launched an attack inside Bergen on Monday.', ['Example Front ACTIVE_IN Bergen']],
      ['Norway condemned the attack on Bergen.', []],
    ],
  },
  {
    id: 'event-by-in-place',
    description: 'an event by someone in a place: "an attack by the Example Front on Bergen"',
    type: 'ACTIVE_IN',
    pattern: [{ phrase: { head: EVENT_NOUNS } }, { phrase: { under: ['by'] }, as: 'actor' }, target, place],
    source: 'actor',
    target: 'place',
    examples: [
      ['It followed an attack by the Example Front on Bergen.', ['Example Front ACTIVE_IN Bergen']],
      [
        'It followed an assault by Example Front militants on a checkpoint in Bergen.',
        ['Example Front ACTIVE_IN Bergen'],
      ],
      ['It followed an attack by the Example Front on a school.', []],
    ],
  },
  {
    id: 'movement-to-place',
    description: 'fighting or moving into a place: "the Example Front broke through to Bergen", "pushed into Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: MOVEMENT_VERBS, voice: 'active' } },
      { word: ['through', 'back', 'deeper', 'further'], optional: true },
      { phrase: { under: MOVEMENT_PREPOSITIONS, entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front broke through to Bergen on Sunday.', ['Example Front ACTIVE_IN Bergen']],
      ['Fighters of the Example Front have been battling in Bergen for weeks.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Army is firing into Bergen using artillery.', ['Example Army ACTIVE_IN Bergen']],
      ['The Example Front did not advance into Bergen.', []],
    ],
  },
  {
    id: 'holding-positions',
    description: 'holding, taking or digging in positions, ground or lines in a place: the side is active there',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: HOLDING_VERBS, voice: 'active' } },
      { word: ['up', 'in'], optional: true },
      { phrase: { head: POSITION_NOUNS, under: [null] } },
      { phrase: { under: EVENT_PLACE_PREPOSITIONS, entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Azure Brigade is holding positions near Dornik.', ['Azure Brigade ACTIVE_IN Dornik']],
      [
        'The Azure Brigade and the Falcon Brigade took up defensive positions around Dornik.',
        ['Azure Brigade ACTIVE_IN Dornik', 'Falcon Brigade ACTIVE_IN Dornik'],
      ],
      ['The Azure Brigade is holding talks in Dornik.', []],
    ],
  },
  {
    id: 'repelled-attack-in-place',
    description: 'thwarting or repelling an attack in a place: the defender is active there too',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: REPELLING_VERBS, voice: 'active' } },
      { phrase: { head: EVENT_NOUNS, under: [null] } },
      { phrase: { under: ['by'] }, optional: true },
      place,
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['Example Army says it thwarted Example Front attack in Bergen', ['Example Army ACTIVE_IN Bergen']],
      ['The Example Army repelled an attack by the Example Front on Bergen.', ['Example Army ACTIVE_IN Bergen']],
      ['The Example Army condemned an attack on Bergen.', []],
    ],
  },
  {
    id: 'members-in-place',
    description: 'a group’s fighters, officers or troops in a place: "Example Front fighters in Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { head: MEMBER_WORDS, entity: ['Organization'] }, as: 'group' },
      { phrase: { under: ['in', 'inside', 'across', 'near', 'around'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'group',
    target: 'place',
    examples: [
      ['More than 300 Example Police officers in Bergen took part.', ['Example Police ACTIVE_IN Bergen']],
      [
        'Example Police officers in Bergen and Oslo took part.',
        ['Example Police ACTIVE_IN Bergen', 'Example Police ACTIVE_IN Oslo'],
      ],
    ],
  },
  {
    id: 'fired-at-place',
    description: 'firing or dropping rockets, shells or bombs at a place: "the Example Front fired rockets at Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: FIRING_VERBS, voice: 'active' } },
      { phrase: { head: PROJECTILE_NOUNS, under: [null] } },
      { phrase: { under: ['at', 'on', 'into', 'toward', 'towards', 'across'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front fired rockets at Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Air Force dropped bombs on Bergen.', ['Example Air Force ACTIVE_IN Bergen']],
      ['The Velmar Group fired 200 workers in Bergen.', []],
    ],
  },
  {
    id: 'has-forces-in',
    description: 'a side that has bases, camps or fighters in a place is active there: "X has bases in Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: HAVING_VERBS } },
      { phrase: { head: COUNT_NOUNS, under: [null] }, optional: true },
      { phrase: { head: FORCE_NOUNS, under: [null, 'of'] } },
      { phrase: { under: ['in', 'across', 'near', 'around', 'inside'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front has fighters in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front has thousands of fighters in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front does not have fighters in Bergen.', []],
      ['The Example Front has friends in Bergen.', []],
    ],
  },
  {
    id: 'fighting-between-in-place',
    description: 'fighting between sides in a place: each side is active there ("clashes between A and B in Bergen")',
    type: 'ACTIVE_IN',
    pattern: [{ phrase: { head: EVENT_NOUNS } }, { phrase: { under: ['between'] }, as: 'sides' }, { skip: 3 }, place],
    source: 'sides',
    target: 'place',
    examples: [
      [
        'Clashes between the Example Army and the Example Front in Bergen killed 12.',
        ['Example Army ACTIVE_IN Bergen', 'Example Front ACTIVE_IN Bergen'],
      ],
      ['Talks between the Example Army and the Example Front in Bergen failed.', []],
    ],
  },
  {
    id: 'possessed-members-in-place',
    description: 'a group’s fighters or troops in a place: "the Example Front’s fighters in Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { possessive: true, entity: ['Organization', 'Location'] }, as: 'group' },
      { phrase: { head: MEMBER_WORDS } },
      { phrase: { under: ['in', 'inside', 'across', 'near', 'around'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'group',
    target: 'place',
    examples: [
      ['The Example Front’s fighters in Bergen surrendered.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front’s leaders in Bergen surrendered.', []],
    ],
  },
  {
    id: 'claimed-attack-in-place',
    description: 'claiming an attack in a place: the claimant is active there ("claimed the attack in Bergen")',
    type: 'ACTIVE_IN',
    pattern: [
      claiming,
      { phrase: { head: ['responsibility', 'credit'], under: [null] }, optional: true },
      // "claimed a series of attacks in …".
      { phrase: { head: QUANTITIES, under: [null, 'for'] }, optional: true },
      { phrase: { head: EVENT_NOUNS, under: [null, 'for', 'of'] } },
      place,
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front claimed responsibility for the attack in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front claimed a series of attacks in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front claimed the attack on Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front denied responsibility for the attack in Bergen.', []],
    ],
  },
  {
    id: 'clashed-with-in-place',
    description: 'the side clashed with in a place is there too: "the army clashed with the Example Front in Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: CLASHING_VERBS, voice: 'active' } },
      { phrase: { under: ['with'], entity: ['Organization'] }, as: 'side' },
      place,
    ],
    source: 'side',
    target: 'place',
    examples: [
      ['The army clashed with the Example Front in Bergen on Thursday.', ['Example Front ACTIVE_IN Bergen']],
      ['The army clashed with the Example Front over pay.', []],
    ],
  },
  {
    id: 'behind-event-in-place',
    description:
      'whoever is behind fighting in a place is active there: "the Example Front was behind the attack in Bergen"',
    type: 'ACTIVE_IN',
    pattern: [{ verb: { head: BEING_VERBS } }, { phrase: { head: EVENT_NOUNS, under: ['behind'] } }, place],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front said it was behind the fighting in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front said it was not behind the attack in Bergen.', []],
    ],
  },
  {
    id: 'responsible-for-event-in-place',
    description:
      'whoever is responsible for fighting or abuses in a place is active there: "X is responsible for abuses in Y"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: BEING_VERBS } },
      { phrase: { head: ['responsible'] } },
      { phrase: { head: [...EVENT_NOUNS, ...ABUSE_NOUNS], under: ['for'] } },
      // Not "outside": "responsible for operations outside Iran" says where it is not.
      { phrase: { under: ['in', 'across', 'throughout', 'inside'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front was responsible for the attacks in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['Velmar Group is responsible for sales in Chile.', []],
      ['The Example Front is responsible for operations outside Norway.', []],
    ],
  },
  {
    id: 'fell-in-fighting-in-place',
    description:
      'those killed or wounded in fighting in a place were there: "Example Front fighters were killed in clashes in Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: CASUALTY_VERBS } },
      // "were killed and eight others wounded in …", "killed during several days of clashes around …".
      { skip: 3 },
      { phrase: { head: CONFLICT_NOUNS, under: ['in', 'during', 'of'] } },
      // "… of clashes late last month around …".
      { skip: 2 },
      { phrase: { under: ['in', 'inside', 'near', 'around', 'across'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      [
        'Ten members of the Example Front were also killed in the fighting in Bergen province.',
        ['Example Front ACTIVE_IN Bergen province'],
      ],
      ['Three Example Front fighters died in clashes near Bergen.', ['Example Front ACTIVE_IN Bergen']],
      [
        'On Sunday, dozens of Example Front fighters were killed during days of clashes late last month around Bergen.',
        ['Example Front ACTIVE_IN Bergen'],
      ],
      ['Three Example Front fighters were killed in an ambush in Bergen.', []],
      ['Three Example Front fighters were not killed in clashes in Bergen.', []],
    ],
  },
  {
    id: 'killed-in-place',
    description:
      'killing or kidnapping people in a place: the killers were there ("X fighters killed five soldiers in Y")',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: KILLING_VERBS, voice: 'active' } },
      { phrase: { under: [null] } },
      // "killed at least 500 people in …": past a word the chunker leaves out.
      { skip: 1 },
      { phrase: { under: ['in', 'inside', 'near', 'around'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['Example Front fighters killed five soldiers in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front executed 500 people in the town of Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front did not kill anyone in Bergen.', []],
      ['Example Front fighters were killed in Bergen.', []],
    ],
  },
  {
    id: 'business-in-place',
    description:
      'a company’s businesses or plants in a place: the company is active there ("Velmar’s plants in Chile")',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { head: BUSINESS_NOUNS }, as: 'business' },
      { phrase: { under: ['in', 'across'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'owner:business',
    target: 'place',
    examples: [
      [
        'Velmar bought the Lorton Systems businesses in Chile and Peru.',
        ['Lorton Systems ACTIVE_IN Chile', 'Lorton Systems ACTIVE_IN Peru'],
      ],
      ['The Velmar Group’s plants in Chile closed.', ['Velmar Group ACTIVE_IN Chile']],
      ['Small businesses in Chile closed.', []],
    ],
  },
  {
    id: 'accused-of-event-in-place',
    description: 'those accused of atrocities or attacks in a place were there: "militias accused of atrocities in X"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: ['accused'] } },
      { phrase: { head: [...EVENT_NOUNS, ...ABUSE_NOUNS], under: ['of'] } },
      { phrase: { under: ['in', 'across', 'throughout', 'inside'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front militias were accused of atrocities in Bergen.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front was accused of fraud in Bergen.', []],
    ],
  },
  {
    id: 'operates-business-in',
    description: 'running a business or plants in a place is being active there: "X operates two mines in Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: OPERATING_VERBS, voice: 'active' } },
      // "a titanium dioxide and zircon business in …": the object and its conjuncts.
      { skip: 3 },
      { phrase: { under: ['in', 'across', 'throughout'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      [
        'Velmar Group operates a titanium and zircon business in Chile and Norway.',
        ['Velmar Group ACTIVE_IN Chile', 'Velmar Group ACTIVE_IN Norway'],
      ],
      ['Velmar Group operates two mines in Chile.', ['Velmar Group ACTIVE_IN Chile']],
      ['Velmar Group does not operate mines in Chile.', []],
      ['Velmar Group operates flights from Oslo.', []],
    ],
  },
  {
    id: 'claimed-place-attack',
    description: 'claiming an attack named by its place: the claimant is active there ("claimed the Bergen attack")',
    type: 'ACTIVE_IN',
    pattern: [
      claiming,
      { phrase: { head: ['responsibility', 'credit'], under: [null] }, optional: true },
      {
        phrase: {
          head: EVENT_NOUNS,
          under: [null, 'for'],
          contains: [{ name: true, as: 'place' }, { common: true, op: '*' }, { lower: EVENT_NOUNS }],
        },
      },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['The Example Front had also claimed the Bergen attack.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front claimed responsibility for the Bergen suicide bombing.', ['Example Front ACTIVE_IN Bergen']],
      ['The Example Front denied the Bergen attack.', []],
    ],
  },
];
