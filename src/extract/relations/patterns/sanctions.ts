// Sanctions on lists of organizations, where the sentence names what was sanctioned and not always who did:
// "A and B were designated", "the companies sanctioned include A, B and C", "the sanctioned bank X".
import {
  DESIGNATING_VERBS,
  INCLUDING_VERBS,
  SANCTIONED_MODIFIERS,
  SANCTIONED_PASSIVES,
  SANCTION_MARKERS,
} from '../../gazetteers/groupWords.ts';
import { IMPOSITION_NOUNS, SANCTION_NOUNS } from '../../gazetteers/relationWords.ts';
import type { PatternRule, Step } from './pattern.ts';

const TARGET = { under: [null], entity: ['Organization'] } as const;

/** "the sanctions include A and B", with `about` the step that says the subject is about sanctions. */
const including = (id: string, about: Step, examples: PatternRule['examples']): PatternRule => ({
  id,
  description: 'what sanctions or a list of sanctioned entities include, by the sanctioning body named last',
  type: 'BANNED',
  pattern: [about, { skip: 3 }, { verb: { head: INCLUDING_VERBS, voice: 'active' } }, { phrase: TARGET, as: 'target' }],
  source: 'sanctioner',
  target: 'target',
  examples,
});

/** "the imposition of sanctions": the act is whoever imposes them (its possessor, or the subject announcing it). */
const imposition: Step[] = [
  { phrase: { head: IMPOSITION_NOUNS }, as: 'act' },
  { phrase: { head: SANCTION_NOUNS, under: ['of'] } },
];
const SIDES = ['Person', 'Organization', 'Location'] as const;

export const SANCTION_RULES: PatternRule[] = [
  {
    id: 'imposition-of-sanctions',
    description:
      'the imposition of sanctions on someone, by whoever imposes them: "announced the imposition of sanctions on X"',
    type: ['BANNED', 'OPPOSES'],
    pattern: [...imposition, { phrase: { under: ['on', 'against'], entity: SIDES }, as: 'target' }],
    source: 'owner:act',
    target: 'target',
    examples: [
      [
        'The Example Ministry announced the imposition of sanctions on the Velmar Bank.',
        ['Example Ministry BANNED Velmar Bank'],
      ],
      ['Norway’s imposition of new sanctions against the Lorton Group angered Sweden.', ['Norway BANNED Lorton Group']],
      ['The imposition of sanctions on the Velmar Bank was delayed.', []],
    ],
  },
  {
    id: 'imposition-of-sanctions-also',
    description: 'the imposition of sanctions on one side "as well as on" another: the other too',
    type: ['BANNED', 'OPPOSES'],
    pattern: [
      ...imposition,
      { skip: 10 },
      { word: ['well'] },
      { word: ['as'] },
      { phrase: { under: ['on', 'against'], entity: ['Organization'] }, as: 'target' },
    ],
    source: 'owner:act',
    target: 'target',
    examples: [
      [
        'The Example Ministry also announced the imposition of sanctions on a group backed by Sweden, which has 45 members, as well as on the Velmar Bank.',
        ['Example Ministry BANNED Velmar Bank'],
      ],
    ],
  },
  {
    id: 'sanctioned-unnamed',
    description: 'organizations said to be sanctioned or designated, by the sanctioning body the text named last',
    type: 'BANNED',
    pattern: [{ verb: { head: SANCTIONED_PASSIVES, voice: 'passive' } }],
    source: 'sanctioner',
    target: 'subject',
    examples: [
      [
        'The Example Ministry imposed sanctions on Tuesday. The Velmar Bank and the Lorton Shipping Company were designated.',
        ['Example Ministry BANNED Lorton Shipping Company', 'Example Ministry BANNED Velmar Bank'],
      ],
      [
        'The Example Ministry put nine firms on its sanctions list. The Velmar Bank was also sanctioned.',
        ['Example Ministry BANNED Velmar Bank'],
      ],
      ['The Velmar Bank and the Lorton Shipping Company were designated.', []],
      ['The Example Ministry imposed sanctions on Tuesday. The Velmar Bank was not sanctioned.', []],
    ],
  },
  including('sanctions-include', { phrase: { contains: [{ lower: SANCTION_MARKERS }] } }, [
    [
      'The Example Ministry announced sanctions. The sanctions include the Velmar Bank and the Lorton Group.',
      ['Example Ministry BANNED Lorton Group', 'Example Ministry BANNED Velmar Bank'],
    ],
    [
      'The Example Ministry acted. Firms identified for the Norway sanctions include the Velmar Bank.',
      ['Norway BANNED Velmar Bank'],
    ],
    ['The Example Ministry acted on Monday. The sanctions include the Velmar Bank.', []],
    ['The Example Ministry imposed sanctions. Its partners include the Velmar Bank.', []],
  ]),
  // "sanctioned" in "the list of sanctioned entities" is often read as a verb.
  including('sanctioned-include', { verb: { head: SANCTIONED_PASSIVES } }, [
    [
      'The Example Ministry designated nine firms. The list of sanctioned entities includes the Velmar Bank.',
      ['Example Ministry BANNED Velmar Bank'],
    ],
    [
      'Norway expanded its sanctions on Thursday. The latest companies to be sanctioned include the Velmar Bank.',
      ['Norway BANNED Velmar Bank'],
    ],
  ]),
  {
    id: 'sanctioned-modifier',
    description: 'an organization described as sanctioned, by the sanctioning body named last: "the sanctioned bank X"',
    type: 'BANNED',
    pattern: [{ phrase: { contains: [{ lower: SANCTIONED_MODIFIERS }], entity: ['Organization'] }, as: 'target' }],
    source: 'sanctioner',
    target: 'target',
    examples: [
      [
        'The Example Ministry imposed sanctions on Friday. Funds went to the sanctioned Velmar Bank.',
        ['Example Ministry BANNED Velmar Bank'],
      ],
      ['Funds went to the sanctioned Velmar Bank.', []],
    ],
  },
  {
    id: 'sanctioned-compound',
    description: 'X-sanctioned, X-blacklisted: X bans the organization: "the Norway-sanctioned Velmar Bank"',
    type: 'BANNED',
    pattern: [
      {
        phrase: {
          contains: [{ name: true, as: 'imposer' }, { lower: ['-'] }, { lower: SANCTIONED_MODIFIERS }],
          entity: ['Organization'],
        },
        as: 'target',
      },
    ],
    source: 'imposer',
    target: 'target',
    examples: [
      ['Funds went to the Norway-sanctioned Velmar Bank.', ['Norway BANNED Velmar Bank']],
      ['Funds went to the Norway-based Velmar Bank.', []],
    ],
  },
  {
    id: 'sanctions-list-item',
    description: 'an organization opening an item of a bulleted list of what was sanctioned ("… include:")',
    type: 'BANNED',
    pattern: [{ word: ['•', '·', '▪', '-', '–', '*'] }, { phrase: { entity: ['Organization'] }, as: 'target' }],
    source: 'list-sanctioner',
    target: 'target',
    examples: [
      [
        'The Example Ministry imposed sanctions on Friday.\nThe sanctioned companies include:\n• Velmar Shipping Co. and its vessels.\n• Lorton Trading Co. and its vessels.',
        ['Example Ministry BANNED Lorton Trading Co.', 'Example Ministry BANNED Velmar Shipping Co.'],
      ],
      ['The Example Ministry imposed sanctions on Friday.\nRead more:\n• Velmar Shipping Co. posts a profit.', []],
    ],
  },
  {
    id: 'designated-entities',
    description: 'a body that designates organizations (for sanctions) bans them: "the Treasury designated A and B"',
    type: 'BANNED',
    pattern: [{ verb: { head: DESIGNATING_VERBS, voice: 'active' } }, { phrase: TARGET, as: 'target' }],
    source: 'subject',
    target: 'target',
    examples: [
      [
        'The Example Ministry also designated the Velmar Bank and the Lorton Shipping Company.',
        ['Example Ministry BANNED Lorton Shipping Company', 'Example Ministry BANNED Velmar Bank'],
      ],
      ['The Example Ministry designated Ivan Dorn as its envoy.', []],
    ],
  },
];
