// Bans and terrorist labels stated around the banned group: "X, designated a terrorist group by Y", "Y lists X as
// a terrorist organisation", "X is banned in Y", "Y placed X under sanctions".
import {
  ADDING_VERBS,
  BANNED_PARTICIPLES,
  LABELLING_VERBS,
  SANCTION_NOUNS,
  TERROR_WORDS,
} from '../../gazetteers/relationWords.ts';
import type { PatternRule } from './pattern.ts';

const BANNERS = ['Organization', 'Location'] as const;
const terrorLabel = { contains: [{ lower: TERROR_WORDS }] } as const;

export const BAN_RULES: PatternRule[] = [
  {
    id: 'labelled-terrorist-by',
    description: 'designated, listed or considered a terrorist group by someone, who bans it',
    type: 'BANNED',
    // Any voice: the chunker reads a participle after a comma with its complement ("X, designated a terrorist
    // group by Y") as an active verb whose subject is X.
    pattern: [
      { verb: { head: LABELLING_VERBS } },
      { phrase: { under: [null, 'as'], ...terrorLabel } },
      { skip: 2 },
      { phrase: { under: ['by'], entity: BANNERS }, as: 'by' },
    ],
    source: 'by',
    target: 'subject',
    examples: [
      ['The Example Front, designated a terrorist group by Norway, took the town.', ['Norway BANNED Example Front']],
      ['The Example Front is considered a terrorist organization by Norway.', ['Norway BANNED Example Front']],
      ['The Example Front is considered a serious threat by Norway.', []],
    ],
  },
  {
    id: 'labels-as-terrorist',
    description: 'someone who lists, designates or considers a group a terrorist one bans it',
    type: 'BANNED',
    pattern: [
      { verb: { head: LABELLING_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'target' },
      { phrase: { under: [null, 'as'], ...terrorLabel } },
    ],
    source: 'subject',
    target: 'target',
    examples: [
      ['Norway has long listed the Example Front as a terrorist organisation.', ['Norway BANNED Example Front']],
      ['Norway considers the Example Front a terrorist group.', ['Norway BANNED Example Front']],
      ['Norway lists the Example Front as a partner.', []],
    ],
  },
  {
    id: 'designated-terrorist-compound',
    description: 'X-designated, X-listed terrorist group: X bans it: "Y, a Norway-designated terrorist organization"',
    type: 'BANNED',
    pattern: [
      {
        phrase: {
          contains: [
            { name: true, as: 'banner' },
            { lower: ['-'] },
            { lower: ['designated', 'listed', 'proscribed', 'banned'] },
            { op: '*' },
            { lower: TERROR_WORDS },
          ],
          entity: ['Organization'],
        },
        as: 'group',
      },
    ],
    source: 'banner',
    target: 'group',
    examples: [
      [
        'The Example Front, a Norway-designated terrorist organization, took the town.',
        ['Norway BANNED Example Front'],
      ],
      ['The U.S.-designated terrorist group Example Front took the town.', ['United States BANNED Example Front']],
      ['The Example Front, a Norway-designated partner, took the town.', []],
    ],
  },
  {
    id: 'banned-in-place',
    description: 'a group banned or outlawed in a country is banned by it',
    type: 'BANNED',
    pattern: [
      { verb: { head: BANNED_PARTICIPLES, voice: 'passive' } },
      { phrase: { under: ['in'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'place',
    target: 'subject',
    examples: [
      ['The Example Front is banned in Norway.', ['Norway BANNED Example Front']],
      ['The Example Front is not banned in Norway.', []],
    ],
  },
  {
    id: 'placed-under-sanctions',
    description: 'placing someone under sanctions or a ban bans them',
    type: 'BANNED',
    pattern: [
      { verb: { head: ADDING_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'target' },
      { phrase: { under: ['under'], head: SANCTION_NOUNS } },
    ],
    source: 'subject',
    target: 'target',
    examples: [['Norway has placed the Velmar Group under sanctions.', ['Norway BANNED Velmar Group']]],
  },
];
