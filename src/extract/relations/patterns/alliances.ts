// Sides together: "joined together to strike", "with the support of X", a part "falls under" a group.
import { JOINING_VERBS, SUPPORT_NOUNS, UNDER_VERBS } from '../../gazetteers/relationWords.ts';
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
