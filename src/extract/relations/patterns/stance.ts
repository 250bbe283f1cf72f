// Stance words on a group ("pro-Western activists", "anti-Kremlin protesters", "Kremlin-backed militia") and nouns
// for who is for or against whom ("X, a fierce critic of Y", "Putin ally X", "Y's support for X", "loyal to X").
import {
  AID_NOUNS,
  ALIGNED_WORDS,
  ANTI_PREFIXES,
  BACKED_WORDS,
  CLOSE_WORDS,
  COALITION_NOUNS,
  EXPRESSING_VERBS,
  GOVERNMENT_NOUNS,
  LOYAL_WORDS,
  OPPONENT_NOUNS,
  PRO_PREFIXES,
  PROXY_NOUNS,
  RECEIVING_VERBS,
  RECOGNIZING_VERBS,
  SUPPORT_NOUNS,
  SUPPORTER_NOUNS,
} from '../../gazetteers/relationWords.ts';
import type { RelationType } from '../../../model/vocabulary.ts';
import type { PatternRule, Step } from './pattern.ts';

const SIDES = ['Person', 'Organization', 'Location'] as const;
/** Wholes made of groups: "an umbrella of X-backed factions". */
const UMBRELLA_NOUNS = [...COALITION_NOUNS, 'umbrella', 'network'];
const ALLY_NOUNS = ['ally', 'allies'];
/** An ally of a group is allied with it; of a person, supports them. */
const ALLY_TYPES: RelationType[] = ['ALLIED_WITH', 'SUPPORTS'];
const side = (under: (string | null)[], as: string): Step => ({ phrase: { under, entity: SIDES }, as });

type Examples = PatternRule['examples'];

/**
 * "X, a critic of Y" / "X is a critic of Y" (the noun's phrase stands for the name it renames or the copula's
 * subject) and "Kremlin critic X" (the noun between the two names).
 */
function nounRules(
  id: string,
  type: RelationType | RelationType[],
  nouns: string[],
  what: string,
  [ofExamples, compoundExamples]: [Examples, Examples],
  reverse = false,
): PatternRule[] {
  // A proxy is for the other side: "Y, a proxy of X" says X supports Y.
  const [source, target] = reverse ? ['other', 'holder'] : ['holder', 'other'];
  return [
    {
      id: `${id}-of`,
      description: `${what} of someone, in apposition or after a copula: "X, a ${nouns[0]} of Y"`,
      type,
      // The tagger often calls "rival" an adjective ("a rival of"): the phrase is found by the word, not its head.
      pattern: [{ phrase: { contains: [{ lower: nouns }] }, as: 'holder' }, side(['of'], 'other')],
      source,
      target,
      examples: ofExamples,
    },
    {
      id: `${id}-compound`,
      description: `${what} of the name before the noun: "Example Party ${nouns[0]} Ivan Dorn"`,
      type,
      pattern: [
        { phrase: { contains: [{ name: true, as: 'other' }, { lower: nouns }, { name: true, as: 'holder' }] } },
      ],
      source,
      target,
      examples: compoundExamples,
    },
  ];
}

export const STANCE_RULES: PatternRule[] = [
  {
    id: 'stance-pro',
    description: 'a group described as pro-X supports X: "the pro-Norwegian Example Front"',
    type: 'SUPPORTS',
    pattern: [{ phrase: { contains: [{ prefix: PRO_PREFIXES, as: 'side' }] }, as: 'group' }],
    source: 'group',
    target: 'side',
    examples: [
      ['Norway sent aid to the pro-Norwegian Example Front.', ['Example Front SUPPORTS Norway']],
      ['The Example Front, a pro-Norwegian militia, took the town from Norway.', ['Example Front SUPPORTS Norway']],
      ['The pro-Norwegian crowds cheered in Norway.', []],
    ],
  },
  {
    id: 'stance-anti',
    description: 'a group described as anti-X opposes X: "the anti-Norway Example Front"',
    type: 'OPPOSES',
    pattern: [{ phrase: { contains: [{ prefix: ANTI_PREFIXES, as: 'side' }] }, as: 'group' }],
    source: 'group',
    target: 'side',
    examples: [
      ['Norway condemned the anti-Norway Example Front.', ['Example Front OPPOSES Norway']],
      ['The Example Front is an anti-Norway movement, Norway says.', ['Example Front OPPOSES Norway']],
    ],
  },
  {
    id: 'stance-backed',
    description: 'X-backed, X-funded: X supports the group: "the Norway-backed Example Front"',
    type: 'SUPPORTS',
    pattern: [
      { phrase: { contains: [{ name: true, as: 'backer' }, { lower: ['-'] }, { lower: BACKED_WORDS }] }, as: 'group' },
    ],
    source: 'backer',
    target: 'group',
    examples: [
      ['Fighters of the Norway-backed Example Front crossed the river.', ['Norway SUPPORTS Example Front']],
      ['The Example Front, a Norway-funded militia, denied it.', ['Norway SUPPORTS Example Front']],
    ],
  },
  {
    id: 'umbrella-of-backed',
    description: 'a coalition of X-backed factions is backed by X: "Y, an umbrella of Norway-backed factions"',
    type: 'SUPPORTS',
    pattern: [
      { phrase: { head: UMBRELLA_NOUNS }, as: 'group' },
      {
        phrase: { under: ['of'], contains: [{ name: true, as: 'backer' }, { lower: ['-'] }, { lower: BACKED_WORDS }] },
      },
    ],
    source: 'backer',
    target: 'group',
    examples: [
      ['The Example Front, an umbrella of Norway-backed factions, took the town.', ['Norway SUPPORTS Example Front']],
      ['The Velmar Alliance is a coalition of Sweden-funded militias.', ['Sweden SUPPORTS Velmar Alliance']],
      ['The Example Front, an umbrella of Norway-based factions, took the town.', []],
    ],
  },
  {
    id: 'stance-aligned',
    description: 'X-aligned, X-leaning: the group supports X: "the Norway-aligned Example Front"',
    type: 'SUPPORTS',
    pattern: [
      { phrase: { contains: [{ name: true, as: 'side' }, { lower: ['-'] }, { lower: ALIGNED_WORDS }] }, as: 'group' },
    ],
    source: 'group',
    target: 'side',
    examples: [['The Norway-aligned Example Front held the pass.', ['Example Front SUPPORTS Norway']]],
  },
  ...nounRules('opponent', 'OPPOSES', OPPONENT_NOUNS, 'a critic, opponent or rival', [
    [
      ['Ivan Dorn, a fierce critic of the Velmar Group, spoke.', ['Ivan Dorn OPPOSES Velmar Group']],
      ['The Example Front, a rival of the Velmar Group, took the town.', ['Example Front OPPOSES Velmar Group']],
      ['Anna Kovic is a longtime opponent of Ivan Dorn.', ['Anna Kovic OPPOSES Ivan Dorn']],
      ['Critics of Ivan Dorn say the Velmar Group spoke.', []],
    ],
    [
      ['Example Party critic Ivan Dorn was arrested.', ['Ivan Dorn OPPOSES Example Party']],
      ['Example Party leader Ivan Dorn spoke.', []],
    ],
  ]),
  ...nounRules('supporter', 'SUPPORTS', SUPPORTER_NOUNS, 'a supporter or backer', [
    [
      ['Norway, a key backer of the Example Front, denied it.', ['Norway SUPPORTS Example Front']],
      ['Ivan Dorn is a longtime supporter of Anna Kovic.', ['Ivan Dorn SUPPORTS Anna Kovic']],
      ['Ivan Dorn, a critic of Anna Kovic, spoke.', []],
    ],
    [['Example Party supporter Ivan Dorn spoke.', ['Ivan Dorn SUPPORTS Example Party']]],
  ]),
  ...nounRules('ally', ALLY_TYPES, ALLY_NOUNS, 'an ally', [
    [
      ['Ivan Dorn, a close ally of Anna Kovic, spoke.', ['Ivan Dorn SUPPORTS Anna Kovic']],
      ['The Example Front, an ally of the Velmar Army, took the town.', ['Example Front ALLIED_WITH Velmar Army']],
    ],
    [['Anna Kovic ally Ivan Dorn spoke.', ['Ivan Dorn SUPPORTS Anna Kovic']]],
  ]),
  ...nounRules(
    'proxy',
    'SUPPORTS',
    PROXY_NOUNS,
    'a proxy',
    [
      [['The Example Front, a proxy of Norway, took the town.', ['Norway SUPPORTS Example Front']]],
      [['Norway proxy Example Front took the town.', ['Norway SUPPORTS Example Front']]],
    ],
    true,
  ),
  {
    id: 'ally-apposed',
    description: 'an ally in apposition after the possessive of the side it is allied with: "X’s ally, Y,"',
    type: ALLY_TYPES,
    pattern: [
      { phrase: { possessive: true, entity: SIDES }, as: 'side' },
      { phrase: { head: ALLY_NOUNS } },
      { word: [','] },
      { phrase: { apposition: true }, as: 'ally' },
    ],
    source: 'ally',
    target: 'side',
    examples: [
      ['The Example Front’s ally, the Velmar Army, took the town.', ['Velmar Army ALLIED_WITH Example Front']],
      ['Ivan Dorn’s closest ally, Anna Kovic, spoke.', ['Anna Kovic SUPPORTS Ivan Dorn']],
    ],
  },
  {
    id: 'loyal-to',
    description: 'a side loyal to another supports it: "the court, which is loyal to X"',
    type: 'SUPPORTS',
    pattern: [{ phrase: { head: LOYAL_WORDS }, as: 'holder' }, side(['to'], 'side')],
    source: 'holder',
    target: 'side',
    examples: [
      ['The Example Court, which is loyal to Ivan Dorn, ruled.', ['Example Court SUPPORTS Ivan Dorn']],
      ['Militias loyal to Ivan Dorn took the town.', []],
    ],
  },
  {
    id: 'close-to',
    description: 'a person close to someone supports them: "X is close to Y"',
    type: 'SUPPORTS',
    pattern: [
      { phrase: { head: CLOSE_WORDS, entity: ['Person'] }, as: 'holder' },
      { phrase: { under: ['to'], entity: ['Person', 'Organization'] }, as: 'side' },
    ],
    source: 'holder',
    target: 'side',
    examples: [
      ['Ivan Dorn is close to Anna Kovic.', ['Ivan Dorn SUPPORTS Anna Kovic']],
      ['Ivan Dorn, who is close to the Example Party, spoke.', ['Ivan Dorn SUPPORTS Example Party']],
      ['Lorton is close to Norway.', []],
    ],
  },
  {
    id: 'recognized-as',
    description: 'recognizing someone as the winner or the government: "Norway recognized X as president"',
    type: 'SUPPORTS',
    pattern: [
      { verb: { head: RECOGNIZING_VERBS, voice: 'active' } },
      side([null], 'side'),
      { phrase: { under: ['as'] } },
    ],
    source: 'subject',
    target: 'side',
    examples: [
      ['Norway recognized Ivan Dorn as the winner of the vote.', ['Norway SUPPORTS Ivan Dorn']],
      ['The Example Front is officially recognized by Norway as a party.', []],
    ],
  },
  {
    id: 'support-for',
    description: 'support, aid or funding for someone, by whoever gives it: "Norway’s support for X"',
    type: 'SUPPORTS',
    pattern: [
      { phrase: { head: [...SUPPORT_NOUNS, 'funding', 'financing'] }, as: 'support' },
      side(['for', 'to'], 'side'),
    ],
    source: 'owner:support',
    target: 'side',
    examples: [
      ['Norway’s support for the Example Front angered Sweden.', ['Norway SUPPORTS Example Front']],
      ['Public support for the Example Front fell.', []],
    ],
  },
  {
    id: 'expressed-support',
    description: 'voicing, pledging or giving support, aid or weapons to someone: "Norway voiced support for X"',
    type: 'SUPPORTS',
    pattern: [
      { verb: { head: EXPRESSING_VERBS, voice: 'active' } },
      { phrase: { head: AID_NOUNS } },
      side(['for', 'to'], 'side'),
    ],
    source: 'subject',
    target: 'side',
    examples: [
      ['Norway voiced support for the Example Front.', ['Norway SUPPORTS Example Front']],
      ['Norway has pledged military aid to the Example Front.', ['Norway SUPPORTS Example Front']],
      ['Norway did not offer support to the Example Front.', []],
    ],
  },
  {
    id: 'received-support',
    description: 'receiving support, funding or weapons from someone: "X receives funding from Norway"',
    type: 'SUPPORTS',
    pattern: [
      { verb: { head: RECEIVING_VERBS, voice: 'active' } },
      { phrase: { head: AID_NOUNS } },
      // "supplies and support", "weapons and money".
      { word: ['and', ','], optional: true },
      { phrase: { head: AID_NOUNS }, optional: true },
      // "from the government of X": a government stands for its country.
      { phrase: { head: GOVERNMENT_NOUNS, under: ['from'] }, optional: true },
      side(['from', 'of'], 'giver'),
    ],
    source: 'giver',
    target: 'subject',
    examples: [
      ['The Example Front receives funding from Norway.', ['Norway SUPPORTS Example Front']],
      [
        'The Example Front had received supplies and support from the government of Norway.',
        ['Norway SUPPORTS Example Front'],
      ],
      ['The Example Front receives weapons and money from Norway.', ['Norway SUPPORTS Example Front']],
      ['The Example Front got letters from Norway.', []],
      ['The Example Front received support of 40 percent in the vote.', []],
    ],
  },
];
