// Organizations within organizations, stated by a phrase: "X, the main constituent of Y", "an umbrella group of
// militant organizations such as A, B and C", "a coalition including A and B".
import {
  AGENCY_NOUNS,
  COMPANY_PLURALS,
  BEING_VERBS,
  MAJOR_WORDS,
  MISSION_NOUNS,
  OWNED_PARTICIPLES,
  OWNER_NOUNS,
  OWNING_VERBS,
  PARENT_NOUNS,
  SHAREHOLDER_NOUNS,
  UNIT_NAME_WORDS,
} from '../../gazetteers/phraseWords.ts';
import { COALITION_NOUNS, PART_NOUNS } from '../../gazetteers/relationWords.ts';
import type { PatternRule, Step } from './pattern.ts';

/** "a coalition of parties", "an umbrella group of …": the whole, then what it is made of (optional). */
const whole = (test: Step & { phrase: object }): Step[] => [
  { ...test, as: 'whole' },
  { phrase: { under: ['of'] }, optional: true },
];

/** The possessive pronoun of an organization's own unit ("its"), resolved to the organization. */
const OWN = ['its', 'their'];

/** "the majority shareholder", "its largest owner". */
const MAJOR_OWNER = [{ lower: MAJOR_WORDS }, { lower: SHAREHOLDER_NOUNS }];

const coalition: Step & { phrase: object } = { phrase: { head: COALITION_NOUNS } };
const umbrella: Step & { phrase: object } = { phrase: { contains: [{ lower: ['umbrella'] }] } };

/** "such as A, B and C" after a whole named by `test`. */
const suchAs = (id: string, test: Step & { phrase: object }, examples: PatternRule['examples']): PatternRule => ({
  id,
  description: 'a coalition or umbrella group, then its members after "such as": "an umbrella group of … such as A, B"',
  type: 'PART_OF',
  pattern: [...whole(test), { word: ['such'], optional: true }, { phrase: { under: ['as'] }, as: 'part' }],
  source: 'part',
  target: 'whole',
  examples,
});

/** "including A and B" after a whole named by `test`; "including" may be read as a verb, a word or a preposition. */
const including = (id: string, test: Step & { phrase: object }, examples: PatternRule['examples']): PatternRule => ({
  id,
  description: 'a coalition or umbrella group, then its members after "including": "a coalition including A and B"',
  type: 'PART_OF',
  pattern: [...whole(test), { verb: { head: ['including'] } }, { phrase: { under: [null] }, as: 'part' }],
  source: 'part',
  target: 'whole',
  examples,
});

export const PART_RULES: PatternRule[] = [
  {
    id: 'part-apposition',
    description: 'an organization renamed as a part of another: "the Example Party (EP), the main constituent of Y"',
    type: 'PART_OF',
    pattern: [
      { phrase: { head: PART_NOUNS, apposition: true }, as: 'part' },
      { phrase: { under: ['of'], entity: ['Organization'] }, as: 'whole' },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      [
        'Officials said the Example Party (EP), the main constituent of the Velmar Alliance, won 93 seats.',
        ['Example Party PART_OF Velmar Alliance'],
      ],
      ['The Lorton Brigade, a unit of the Example Front, took the town.', ['Lorton Brigade PART_OF Example Front']],
      ['Ivan Dorn, a member of the Example Front, spoke.', []],
      ['The Example Front took a part of the Velmar Group’s land.', []],
    ],
  },
  {
    id: 'part-apposition-possessed',
    description: 'an organization renamed as another’s unit: "the Lorton Brigade, the Example Front’s elite unit"',
    type: 'PART_OF',
    pattern: [
      { phrase: { possessive: true, entity: ['Organization'] }, as: 'whole' },
      { phrase: { head: PART_NOUNS, apposition: true }, as: 'part' },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      ['The Lorton Brigade, the Example Front’s elite unit, took the town.', ['Lorton Brigade PART_OF Example Front']],
      ['Lorton Telecom, Velmar Group’s mobile arm, grew.', ['Lorton Telecom PART_OF Velmar Group']],
      ['Ivan Dorn, the Example Front’s member, spoke.', []],
    ],
  },
  {
    id: 'part-apposition-compound',
    description:
      'an organization renamed as a unit with its parent before the noun: "Lorton Telecom, a Velmar Group unit"',
    type: 'PART_OF',
    pattern: [
      {
        phrase: {
          head: PART_NOUNS,
          apposition: true,
          contains: [{ name: true, as: 'whole' }, { common: true, op: '*' }, { lower: PART_NOUNS }],
        },
        as: 'part',
      },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      ['Lorton Telecom, a Velmar Group unit, grew.', ['Lorton Telecom PART_OF Velmar Group']],
      ['Lorton Telecom, an Example Front militia unit, attacked.', ['Lorton Telecom PART_OF Example Front']],
      ['Lorton Telecom, a unit, grew.', []],
    ],
  },
  {
    id: 'parent-apposition',
    description: 'an organization renamed as another’s parent: "Velmar Group, the parent of Lorton Telecom"',
    type: 'PART_OF',
    pattern: [
      { phrase: { contains: [{ lower: PARENT_NOUNS }], apposition: true }, as: 'whole' },
      { phrase: { under: ['of'], entity: ['Organization'] }, as: 'part' },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      ['Velmar Group, the parent company of Lorton Telecom, grew.', ['Lorton Telecom PART_OF Velmar Group']],
      ['Ivan Dorn, the parent of a pupil at Lorton School, spoke.', []],
    ],
  },
  {
    id: 'possessed-parent',
    description: 'an organization’s parent named after it: "Lorton Telecom’s parent company, Velmar Group"',
    type: 'PART_OF',
    pattern: [
      { phrase: { possessive: true, entity: ['Organization'] }, as: 'part' },
      { phrase: { contains: [{ lower: PARENT_NOUNS }] } },
      { word: [','], optional: true },
      { phrase: { entity: ['Organization'], under: [null] }, as: 'whole' },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      ['Lorton Telecom’s parent company, Velmar Group, grew.', ['Lorton Telecom PART_OF Velmar Group']],
      ['Lorton Telecom’s parent company grew.', []],
    ],
  },
  {
    id: 'owner-apposition',
    description:
      'an organization or person renamed as another’s owner: "Velmar Group, Lorton Telecom’s majority owner"',
    type: 'CONTROLS',
    pattern: [
      { phrase: { possessive: true, entity: ['Organization'] }, as: 'owned' },
      { phrase: { contains: [{ lower: OWNER_NOUNS }], apposition: true }, as: 'owner' },
    ],
    source: 'owner',
    target: 'owned',
    examples: [
      ['Velmar Group, Lorton Telecom’s majority owner, grew.', ['Velmar Group CONTROLS Lorton Telecom']],
      ['Velmar Group, Lorton Telecom’s biggest client, grew.', []],
    ],
  },
  {
    id: 'own-unit-named',
    description: 'an organization’s own unit named before the unit noun: "United Tech sold its Rocketdyne space unit"',
    type: 'PART_OF',
    pattern: [
      {
        phrase: {
          head: PART_NOUNS,
          contains: [{ lower: OWN, name: true, as: 'whole' }, { op: '*' }, { name: true, as: 'part' }],
        },
      },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      ['The Velmar Group will sell its Lorton Space unit to a rival.', ['Lorton Space PART_OF Velmar Group']],
      ['The Velmar Group will sell its unit in Lorton.', []],
    ],
  },
  {
    id: 'own-unit-then-name',
    description: 'an organization’s own unit, then its name set off by a comma: "its export arm, Example Potash Co."',
    type: 'PART_OF',
    pattern: [
      { phrase: { head: PART_NOUNS, contains: [{ lower: OWN, name: true, as: 'whole' }] } },
      { word: [','] },
      { phrase: { apposition: true, entity: ['Organization'] }, as: 'part' },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      [
        'The Velmar Group listed its automaking subsidiary, Lorton Motor Corp., on Monday.',
        ['Lorton Motor Corp. PART_OF Velmar Group'],
      ],
      ['The Velmar Group sold its stake, Lorton Motor Corp. said.', []],
    ],
  },
  {
    id: 'possessed-part-named',
    description: 'an organization’s unit, then its name set off by a comma: "the Example Front’s armed wing, the X"',
    type: 'PART_OF',
    pattern: [
      { phrase: { possessive: true, entity: ['Organization'] }, as: 'whole' },
      { phrase: { head: PART_NOUNS } },
      { word: [','] },
      { phrase: { apposition: true, entity: ['Organization'] }, as: 'part' },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      ['The Example Front’s armed wing, the Lorton Brigade, took the town.', ['Lorton Brigade PART_OF Example Front']],
      ['The Example Front’s rival, the Lorton Brigade, took the town.', []],
    ],
  },
  ...(
    [
      ['is-major-shareholder', [{ verb: { head: BEING_VERBS } }, { phrase: { contains: MAJOR_OWNER }, as: 'role' }]],
      ['major-shareholder-apposition', [{ phrase: { contains: MAJOR_OWNER, apposition: true }, as: 'role' }]],
    ] as const
  ).map(([id, steps]): PatternRule => ({
    id,
    description: 'the majority or largest shareholder in a company controls it: "X is the majority shareholder in Y"',
    type: 'CONTROLS',
    pattern: [...steps, { phrase: { under: ['in', 'of'], entity: ['Organization'] }, as: 'owned' }],
    source: id === 'is-major-shareholder' ? 'subject' : 'role',
    target: 'owned',
    examples: [
      [
        id === 'is-major-shareholder'
          ? 'Velmar Group is the majority shareholder in Lorton Telecom.'
          : 'Velmar Group, the largest shareholder of Lorton Telecom, grew.',
        ['Velmar Group CONTROLS Lorton Telecom'],
      ],
      ['Velmar Group is a small shareholder in Lorton Telecom.', []],
    ],
  })),
  suchAs('coalition-such-as', coalition, [
    [
      'The Velmar Alliance, a coalition of parties such as the Example Party and the Lorton Union, won.',
      ['Example Party PART_OF Velmar Alliance', 'Lorton Union PART_OF Velmar Alliance'],
    ],
    ['The Velmar Alliance, a coalition of parties, won in places such as Lorton.', []],
  ]),
  suchAs('umbrella-such-as', umbrella, [
    [
      'The Example Front, an umbrella group of militant organizations such as the Lorton Brigade, claimed it.',
      ['Lorton Brigade PART_OF Example Front'],
    ],
  ]),
  including('coalition-including', coalition, [
    [
      'The Velmar Alliance, a coalition including the Example Party and the Lorton Union, won.',
      ['Example Party PART_OF Velmar Alliance', 'Lorton Union PART_OF Velmar Alliance'],
    ],
    ['The Velmar Alliance, a coalition, won seats including Lorton.', []],
  ]),
  {
    id: 'described-agency',
    description:
      'a body named after its parent and a description of it: "the EU border agency Frontex", "the UN refugee agency UNHCR"',
    type: 'PART_OF',
    pattern: [
      {
        phrase: {
          contains: [
            { name: true, as: 'whole' },
            { common: true, op: '*' },
            { lower: AGENCY_NOUNS },
            { name: true, as: 'part' },
          ],
        },
      },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      ['The Velmar Union border agency Lortex said on Monday that arrests were made.', ['Lortex PART_OF Velmar Union']],
      ['The Velmar Union said on Monday that arrests were made.', []],
    ],
  },
  {
    id: 'unit-under',
    description: 'a unit named as under a larger body: "the Women’s Protection Unit (WPU) under the Example Front"',
    type: 'PART_OF',
    pattern: [
      { phrase: { entity: ['Organization'], contains: [{ lower: UNIT_NAME_WORDS }] }, as: 'part' },
      { word: ['('], optional: true },
      { phrase: { entity: ['Organization'], under: [null] }, optional: true },
      { word: [')'], optional: true },
      { phrase: { under: ['under', 'within'], entity: ['Organization'] }, as: 'whole' },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      [
        'Ruken Jamal, a spokesperson for the Women’s Protection Unit (WPU) under the Example Front, spoke.',
        ['Women’s Protection Unit PART_OF Example Front'],
      ],
      ['The Lorton Brigade under the Example Front took the town.', ['Lorton Brigade PART_OF Example Front']],
      ['Sanctions on the Velmar Group under the Lorton Act began.', []],
    ],
  },
  {
    id: 'owned-companies-including',
    description: 'companies owned by someone, then some of them: "companies owned by Ivan Dorn, including X and Y"',
    type: 'CONTROLS',
    pattern: [
      { phrase: { contains: [{ lower: COMPANY_PLURALS }] } },
      { verb: { head: OWNED_PARTICIPLES } },
      { phrase: { under: ['by'], entity: ['Person', 'Organization'] }, as: 'owner' },
      { word: [','], optional: true },
      { verb: { head: ['including'] } },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'owned' },
    ],
    source: 'owner',
    target: 'owned',
    examples: [
      ['Sanctions hit companies owned by Ivan Dorn, including the Velmar Group.', ['Ivan Dorn CONTROLS Velmar Group']],
      ['Sanctions hit companies sued by Ivan Dorn, including the Velmar Group.', []],
    ],
  },
  {
    id: 'owns-companies-like',
    description: 'owning or using companies, then some of them: "Norway uses companies like X and Y"',
    type: 'CONTROLS',
    pattern: [
      { verb: { head: OWNING_VERBS, voice: 'active' } },
      { phrase: { contains: [{ lower: COMPANY_PLURALS }], under: [null] } },
      { word: ['such'], optional: true },
      { phrase: { under: ['like', 'as'], entity: ['Organization'] }, as: 'owned' },
    ],
    source: 'subject',
    target: 'owned',
    examples: [
      [
        'Norway uses companies like Velmar Group and Lorton Telecom to evade sanctions.',
        ['Norway CONTROLS Lorton Telecom', 'Norway CONTROLS Velmar Group'],
      ],
      ['Norway sued companies like Velmar Group.', []],
    ],
  },
  // "The UN peacekeeping force in southern Lebanon, UNIFIL,": the mission is part of the body that sent it, and
  // active where it was sent.
  ...(
    [
      ['mission-in-place-named', 'PART_OF', 'whole'],
      ['mission-in-place-named-active', 'ACTIVE_IN', 'place'],
    ] as const
  ).map(([id, type, target]): PatternRule => ({
    id,
    description: 'a mission named after its sender and where it is, then its name: "the UN force in Lebanon, X"',
    type,
    pattern: [
      { phrase: { contains: [{ name: true, as: 'whole' }, { common: true, op: '*' }, { lower: MISSION_NOUNS }] } },
      { phrase: { under: ['in'], entity: ['Location'] }, as: 'place' },
      { word: [','] },
      { phrase: { entity: ['Organization'], under: [null] }, as: 'mission' },
    ],
    source: 'mission',
    target,
    examples: [
      [
        'The Velmar Union peacekeeping force in southern Norway, VUFOR, said it was hit.',
        [type === 'PART_OF' ? 'VUFOR PART_OF Velmar Union' : 'VUFOR ACTIVE_IN Norway'],
      ],
      ['The Velmar Union peacekeeping force in southern Norway, Chile and Peru said so.', []],
    ],
  })),
];
