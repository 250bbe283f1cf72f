// What an organization is, in a place: "the Example Front, a powerful militia in Bergen", "Velmar is the largest
// operator in Norway", "the main armed group in Norway, the Example Front". Being one there is being active there.
import { BEING_VERBS, COMPANY_NOUNS, GROUP_NOUNS } from '../../gazetteers/phraseWords.ts';
import type { PatternRule } from './pattern.ts';

/** Kinds of organization a description names: armed groups, gangs and companies by their trade. */
const KINDS = [...GROUP_NOUNS, ...COMPANY_NOUNS, ...['organizations', 'organisations', 'syndicate', 'syndicates']];
/** "is", and "has become", which the verb group heads with "become". */
const BECOMING = [...BEING_VERBS, 'become', 'becomes'];
const place = {
  phrase: { under: ['in', 'across', 'throughout'], entity: ['Location'] as const },
  as: 'place',
};

export const PRESENCE_RULES: PatternRule[] = [
  {
    id: 'group-apposition-in-place',
    description:
      'a group renamed as a force in a place is active there: "the Example Front, a powerful militia in Bergen"',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { entity: ['Organization'] }, as: 'group' },
      { word: [','] },
      { phrase: { head: KINDS, apposition: true } },
      place,
    ],
    source: 'group',
    target: 'place',
    examples: [
      ['The Example Front, a powerful militia in northern Norway, refused.', ['Example Front ACTIVE_IN Norway']],
      ['Velmar Telecom, an alternative fixed-line operator in Oslo, grew.', ['Velmar Telecom ACTIVE_IN Oslo']],
      ['The Example Front, a militia with friends in Norway, refused.', []],
    ],
  },
  // The chunker leaves the article alone before an adverb ("the | second largest operator", "the | most powerful
  // organizations"), and the adverbs as words between: past them only after such an article.
  ...(
    [
      ['is-kind-in-place', [], 'a militia'],
      [
        'is-superlative-kind-in-place',
        [{ phrase: { head: ['the', 'a', 'an'], under: [null, 'of'] } }, { skip: 2 }],
        'the second largest militia',
      ],
    ] as const
  ).map(([id, article, kind]): PatternRule => ({
    id,
    description: 'an organization said to be a group or company in a place: "Velmar is the largest operator in Norway"',
    type: 'ACTIVE_IN',
    pattern: [
      { verb: { head: BECOMING } },
      // "one of the most powerful criminal organizations in …".
      { phrase: { head: ['one'], under: [null] }, optional: true },
      ...article,
      { phrase: { head: KINDS, under: [null, 'of'] } },
      place,
    ],
    source: 'subject',
    target: 'place',
    examples: [
      [`The Example Front is ${kind} in Norway.`, ['Example Front ACTIVE_IN Norway']],
      [`The Example Front has become one of ${kind}s in Norway.`, ['Example Front ACTIVE_IN Norway']],
      [`The Example Front is not ${kind} in Norway.`, []],
      ['Ivan Dorn is a critic of the militia in Norway.', []],
    ],
  })),
  {
    id: 'kind-in-place-named',
    description: 'a group or company in a place, then its name: "the main armed group in Norway, the Example Front"',
    type: 'ACTIVE_IN',
    pattern: [
      { phrase: { head: KINDS } },
      place,
      { word: [',', '—', '–'] },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'group' },
    ],
    source: 'group',
    target: 'place',
    examples: [
      ['He fought with the main armed group in Norway, the Example Front.', ['Example Front ACTIVE_IN Norway']],
      ['It is the largest crime syndicate in Norway — the Example Front.', ['Example Front ACTIVE_IN Norway']],
      ['Militias in Norway, Sweden and Finland met.', []],
    ],
  },
];
