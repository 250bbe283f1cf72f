// Sides together: "joined together to strike", "with the support of X", a part "falls under" a group, a
// controlling stake in a company.
import {
  CONDUCTING_VERBS,
  CONTROLLING_WORDS,
  HOLDING_VERBS_FOR_STAKES,
  JOINING_VERBS,
  JOINT_ACTION_NOUNS,
  JOINT_WORDS,
  STAKE_NOUNS,
  SUPPORT_NOUNS,
  UNDER_VERBS,
} from '../../gazetteers/relationWords.ts';
import type { PatternRule } from './pattern.ts';

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
      { phrase: { head: JOINT_ACTION_NOUNS, contains: [{ lower: JOINT_WORDS }] } },
    ],
    source: 'subject',
    target: 'subject',
    examples: [
      [
        'The Example Police and the Velmar Agency conducted a joint operation in the port.',
        ['Example Police ALLIED_WITH Velmar Agency', 'Velmar Agency ALLIED_WITH Example Police'],
      ],
      ['The Example Police and the Velmar Agency conducted separate operations.', []],
    ],
  },
  {
    id: 'holds-controlling-stake',
    description: 'whoever has, holds or buys a controlling or majority stake in a company controls it',
    type: 'CONTROLS',
    pattern: [
      { verb: { head: HOLDING_VERBS_FOR_STAKES, voice: 'active' } },
      { phrase: { head: STAKE_NOUNS, contains: [{ lower: CONTROLLING_WORDS }] } },
      { phrase: { under: ['in', 'of'], entity: ['Organization'] }, as: 'company' },
    ],
    source: 'subject',
    target: 'company',
    examples: [
      ['Ivan Dorn has a controlling stake in the Velmar Group.', ['Ivan Dorn CONTROLS Velmar Group']],
      ['Ivan Dorn has a small stake in the Velmar Group.', []],
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
