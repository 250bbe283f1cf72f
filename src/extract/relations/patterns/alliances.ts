// Sides together: "joined together to strike", "with the support of X", a part "falls under" a group, a
// controlling stake in a company.
import { MADE_OF_PASSIVES } from '../../gazetteers/groupWords.ts';
import {
  ACQUISITION_NOUNS,
  ALLIANCE_NOUNS,
  COALITION_NOUNS,
  CONDUCTING_VERBS,
  CONTROLLING_WORDS,
  COOPERATION_NOUNS,
  DEFENCE_WORDS,
  FORMING_VERBS,
  HAVING_VERBS,
  HOLDING_VERBS_FOR_STAKES,
  JOINING_VERBS,
  JOINT_ACTION_NOUNS,
  JOINT_WORDS,
  LINKED_WORDS,
  PACT_NOUNS,
  STAKE_NOUNS,
  SUPPORT_NOUNS,
  TIE_NOUNS,
  UNDER_VERBS,
} from '../../gazetteers/relationWords.ts';
import { BEING_VERBS } from '../../gazetteers/phraseWords.ts';
import type { PatternRule } from './pattern.ts';

const ALLIES = ['Organization', 'Location'] as const;

export const ALLIANCE_RULES: PatternRule[] = [
  {
    id: 'joined-together',
    description: 'sides that joined together or teamed up are allies',
    type: 'ALLIED_WITH',
    pattern: [{ verb: { head: JOINING_VERBS, voice: 'active' } }, { word: ['together', 'up'] }],
    source: 'subject',
    target: 'subject',
    examples: [
      [
        'The Example Front and the Example Army joined together to strike the port.',
        ['Example Army ALLIED_WITH Example Front', 'Example Front ALLIED_WITH Example Army'],
      ],
    ],
  },
  {
    id: 'with-support-of',
    description: 'acting with the support or backing of someone',
    type: 'SUPPORTS',
    pattern: [
      { phrase: { head: SUPPORT_NOUNS, under: ['with', 'under'] } },
      { phrase: { under: ['of', 'from'], entity: ['Person', 'Organization', 'Location'] }, as: 'supporter' },
    ],
    source: 'supporter',
    target: 'subject',
    examples: [
      [
        'The Example Front, with the support of the Example Army, took the town.',
        ['Example Army SUPPORTS Example Front'],
      ],
    ],
  },
  {
    id: 'joint-operation',
    description: 'sides that conduct a joint operation, raid or patrol together are allies',
    type: 'ALLIED_WITH',
    pattern: [
      { verb: { head: CONDUCTING_VERBS, voice: 'active' } },
      // The tagger may call the action an adjective ("a joint offensive"): found by its words, not its head.
      { phrase: { contains: [{ lower: JOINT_WORDS }, { lower: JOINT_ACTION_NOUNS }] } },
    ],
    source: 'subject',
    target: 'subject',
    examples: [
      [
        'The Example Police and the Velmar Agency conducted a joint operation in the port.',
        ['Example Police ALLIED_WITH Velmar Agency', 'Velmar Agency ALLIED_WITH Example Police'],
      ],
      [
        'The Example Front and the Velmar Army launched a joint offensive.',
        ['Example Front ALLIED_WITH Velmar Army', 'Velmar Army ALLIED_WITH Example Front'],
      ],
      ['The Example Police and the Velmar Agency conducted separate operations.', []],
    ],
  },
  {
    id: 'allied-to',
    description: 'a side allied or aligned with another: "X is allied with Y"',
    type: 'ALLIED_WITH',
    pattern: [
      { verb: { head: ['allied', 'aligned'], voice: 'passive' } },
      { phrase: { under: ['with', 'to'], entity: ALLIES }, as: 'ally' },
    ],
    source: 'subject',
    target: 'ally',
    examples: [
      ['The Example Front is allied with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
      ['The Example Front is not allied with the Velmar Army.', []],
    ],
  },
  {
    id: 'formed-alliance-with',
    description: 'a side that forms or enters an alliance with another is allied with it',
    type: 'ALLIED_WITH',
    pattern: [
      { verb: { head: FORMING_VERBS, voice: 'active' } },
      { phrase: { head: ALLIANCE_NOUNS } },
      { phrase: { under: ['with'], entity: ALLIES }, as: 'ally' },
    ],
    source: 'subject',
    target: 'ally',
    examples: [
      ['The Example Front formed an alliance with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
    ],
  },
  {
    id: 'signed-pact-with',
    description: 'a side that signs a defence or security pact with another is allied with it',
    type: 'ALLIED_WITH',
    pattern: [
      { verb: { head: FORMING_VERBS, voice: 'active' } },
      { phrase: { head: PACT_NOUNS, contains: [{ lower: DEFENCE_WORDS }] } },
      { phrase: { under: ['with'], entity: ALLIES }, as: 'ally' },
    ],
    source: 'subject',
    target: 'ally',
    examples: [
      ['Norway signed a defence pact with Finland.', ['Norway ALLIED_WITH Finland']],
      ['Norway signed a trade pact with Finland.', []],
    ],
  },
  {
    id: 'signed-pact',
    description: 'sides that together sign a defence or security pact are allies: "X and Y signed a defence pact"',
    type: 'ALLIED_WITH',
    pattern: [
      { verb: { head: FORMING_VERBS, voice: 'active' } },
      { phrase: { head: PACT_NOUNS, under: [null], contains: [{ lower: DEFENCE_WORDS }] } },
    ],
    source: 'subject',
    target: 'subject',
    examples: [
      [
        'Norway and Finland signed a mutual defence treaty.',
        ['Finland ALLIED_WITH Norway', 'Norway ALLIED_WITH Finland'],
      ],
    ],
  },
  {
    id: 'formed-alliance',
    description: 'sides that together form an alliance are allies: "X and Y formed an alliance"',
    type: 'ALLIED_WITH',
    pattern: [{ verb: { head: FORMING_VERBS, voice: 'active' } }, { phrase: { head: ALLIANCE_NOUNS, under: [null] } }],
    source: 'subject',
    target: 'subject',
    examples: [
      [
        'The Example Front and the Velmar Army formed an alliance.',
        ['Example Front ALLIED_WITH Velmar Army', 'Velmar Army ALLIED_WITH Example Front'],
      ],
    ],
  },
  {
    id: 'are-allies',
    description: 'sides said to be allies: "X and Y are allies"',
    type: 'ALLIED_WITH',
    pattern: [{ verb: { head: BEING_VERBS } }, { phrase: { head: ['allies'], under: [null] } }],
    source: 'subject',
    target: 'subject',
    examples: [
      [
        'The Example Front and the Velmar Army are close allies.',
        ['Example Front ALLIED_WITH Velmar Army', 'Velmar Army ALLIED_WITH Example Front'],
      ],
    ],
  },
  {
    id: 'has-ties',
    description: 'a group with ties or links to another is allied with it: "X has close ties to Y"',
    type: 'ALLIED_WITH',
    pattern: [
      { verb: { head: HAVING_VERBS, voice: 'active' } },
      { phrase: { head: TIE_NOUNS } },
      // Not a place: "a gang based in Brazil, which had links to Portugal" is no ally of Portugal.
      { phrase: { under: ['to', 'with'], entity: ['Organization'] }, as: 'other' },
    ],
    source: 'subject',
    target: 'other',
    examples: [
      ['The Example Front has close ties to the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
      ['Ivan Dorn has close ties to the Velmar Army.', []],
      ['The Example Front, a gang based in Norway, which had links to Sweden and Finland, smuggled fish.', []],
    ],
  },
  {
    id: 'linked-compound',
    description: 'X-linked, X-affiliated: the group is allied with X: "the Norway-linked Velmar Brigade"',
    type: 'ALLIED_WITH',
    pattern: [
      {
        phrase: {
          contains: [{ name: true, as: 'side' }, { lower: ['-'] }, { lower: LINKED_WORDS }],
          entity: ['Organization'],
        },
        as: 'group',
      },
    ],
    source: 'group',
    target: 'side',
    examples: [['The Norway-linked Velmar Brigade took the town.', ['Velmar Brigade ALLIED_WITH Norway']]],
  },
  {
    id: 'coalition-members',
    description:
      'the members of a coalition or alliance are allies: "a coalition of A and B", "an alliance between A and B"',
    type: 'ALLIED_WITH',
    pattern: [
      { phrase: { head: COALITION_NOUNS } },
      { phrase: { under: ['of', 'between'], entity: ['Organization'] }, as: 'members' },
    ],
    source: 'members',
    target: 'members',
    examples: [
      [
        'A coalition of the Lorton Brigade and the Velmar Battalion took the town.',
        ['Lorton Brigade ALLIED_WITH Velmar Battalion', 'Velmar Battalion ALLIED_WITH Lorton Brigade'],
      ],
    ],
  },
  {
    id: 'cooperation-between',
    description: 'cooperation, coordination or a partnership between sides makes them allies',
    type: 'ALLIED_WITH',
    pattern: [
      { phrase: { head: COOPERATION_NOUNS, asserted: true } },
      { phrase: { under: ['between'], entity: ALLIES }, as: 'sides' },
    ],
    source: 'sides',
    target: 'sides',
    examples: [
      [
        'Prosecutors cited alleged coordination between the Velmar Front and the Lorton Brotherhood.',
        ['Velmar Front ALLIED_WITH Lorton Brotherhood', 'Lorton Brotherhood ALLIED_WITH Velmar Front'],
      ],
      [
        'The partnership between the Velmar Group and Lorton Motors was approved.',
        ['Velmar Group ALLIED_WITH Lorton Motors', 'Lorton Motors ALLIED_WITH Velmar Group'],
      ],
      ['Talks between the Velmar Front and the Lorton Brotherhood failed.', []],
      ['This requires strong cooperation between the Velmar Front and the Lorton Brotherhood.', []],
    ],
  },
  {
    id: 'anchored-members',
    description: 'the groups an alliance is anchored by or made up of are allies',
    type: 'ALLIED_WITH',
    pattern: [
      { verb: { head: MADE_OF_PASSIVES, voice: 'passive' } },
      { skip: 1 },
      { phrase: { under: ['by', 'of'], entity: ['Organization'] }, as: 'members' },
    ],
    source: 'members',
    target: 'members',
    examples: [
      [
        'The alliance, which is anchored by the Lorton Brigade and the Velmar Front, took the town.',
        ['Lorton Brigade ALLIED_WITH Velmar Front', 'Velmar Front ALLIED_WITH Lorton Brigade'],
      ],
    ],
  },
  {
    id: 'holds-controlling-stake',
    description: 'whoever has, holds or buys a controlling or majority stake in a company controls it',
    type: 'CONTROLS',
    pattern: [
      { verb: { head: HOLDING_VERBS_FOR_STAKES, voice: 'active' } },
      { phrase: { head: STAKE_NOUNS, contains: [{ lower: CONTROLLING_WORDS }] } },
      // "a majority stake of (roughly) 50.2 per cent in X": its size may stand between.
      { skip: 5 },
      { phrase: { under: ['in', 'of'], entity: ['Organization'] }, as: 'company' },
    ],
    source: 'subject',
    target: 'company',
    examples: [
      ['Ivan Dorn has a controlling stake in the Velmar Group.', ['Ivan Dorn CONTROLS Velmar Group']],
      ['Ivan Dorn has a small stake in the Velmar Group.', []],
      ['Ivan Dorn has secured a majority stake in the Velmar Group.', ['Ivan Dorn CONTROLS Velmar Group']],
    ],
  },
  {
    id: 'owned-controlling-stake',
    description: 'the owner of a controlling or majority stake in a company controls it: "its majority stake in X"',
    type: 'CONTROLS',
    pattern: [
      { phrase: { head: STAKE_NOUNS, contains: [{ lower: CONTROLLING_WORDS }] }, as: 'stake' },
      { phrase: { under: ['in', 'of'], entity: ['Organization'] }, as: 'company' },
    ],
    source: 'owner:stake',
    target: 'company',
    examples: [
      ['The Velmar Group’s majority stake in Telecom Alpha is for sale.', ['Velmar Group CONTROLS Telecom Alpha']],
      ['The Velmar Group said a majority stake in Telecom Alpha is for sale.', []],
    ],
  },
  {
    id: 'acquired-controlling-stake',
    description:
      'who acquires a controlling or majority stake in a company controls it: "announced the acquisition of a controlling stake in X"',
    type: 'CONTROLS',
    pattern: [
      { phrase: { head: ACQUISITION_NOUNS }, as: 'deal' },
      { phrase: { under: ['of'], head: STAKE_NOUNS, contains: [{ lower: CONTROLLING_WORDS }] } },
      { phrase: { under: ['in', 'of'], entity: ['Organization'] }, as: 'company' },
    ],
    source: 'owner:deal',
    target: 'company',
    examples: [
      [
        'The Velmar Group announced the acquisition of a controlling stake in Lorton Telecom.',
        ['Velmar Group CONTROLS Lorton Telecom'],
      ],
      [
        'The Velmar Group’s purchase of a majority stake in Lorton Telecom was approved.',
        ['Velmar Group CONTROLS Lorton Telecom'],
      ],
      ['The Velmar Group reported the acquisition of a small stake in Lorton Telecom.', []],
    ],
  },
  {
    id: 'falls-under',
    description: 'a unit that falls or operates under an organization is part of it',
    type: 'PART_OF',
    pattern: [
      { verb: { head: UNDER_VERBS, voice: 'active' } },
      { phrase: { under: ['under', 'within'], entity: ['Organization'] }, as: 'whole' },
    ],
    source: 'subject',
    target: 'whole',
    examples: [
      [
        'The Example Academy, a training body that falls under the Example Group, opened.',
        ['Example Academy PART_OF Example Group'],
      ],
    ],
  },
  {
    id: 'person-possessed-group',
    description: 'a person’s party, coalition or group is one they lead: "Dorn’s Example Party"',
    type: 'LEADS',
    pattern: [
      { phrase: { entity: ['Person'], possessive: true }, as: 'leader' },
      { phrase: { entity: ['Organization'] }, as: 'group' },
    ],
    source: 'leader',
    target: 'group',
    examples: [
      ['Ivan Dorn’s Example Party won the vote.', ['Ivan Dorn LEADS Example Party']],
      ['Ivan Dorn’s lawyer spoke.', []],
    ],
  },
];
