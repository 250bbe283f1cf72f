// Groups made of groups: "the coalition includes A and B", "X, a coalition of A and B", "affiliated with".
import { AFFILIATED_WORDS, INCLUDING_VERBS, MADE_OF_PASSIVES } from '../../gazetteers/groupWords.ts';
import { COALITION_NOUNS } from '../../gazetteers/relationWords.ts';
import type { PatternRule } from './pattern.ts';

export const AFFILIATION_RULES: PatternRule[] = [
  {
    id: 'group-includes',
    description: 'an organization that includes or comprises organizations has them as parts',
    type: 'PART_OF',
    pattern: [
      { verb: { head: INCLUDING_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'part' },
    ],
    source: 'part',
    target: 'subject',
    examples: [
      [
        'The Example Front also includes the Lorton Brigade and the Velmar Battalion.',
        ['Lorton Brigade PART_OF Example Front', 'Velmar Battalion PART_OF Example Front'],
      ],
      [
        'They joined the Example Alliance, which already includes the Lorton Brigade.',
        ['Lorton Brigade PART_OF Example Alliance'],
      ],
      [
        'The Example Front, formed in May as an alliance of rebel groups, took Bergen. The alliance includes the Lorton Brigade.',
        ['Lorton Brigade PART_OF Example Front'],
      ],
      ['The Example Front took Bergen. The alliance includes the Lorton Brigade.', []],
      ['The talks included the Example Front and the Velmar Battalion.', []],
      ['The Example Front does not include the Lorton Brigade.', []],
    ],
  },
  {
    id: 'group-made-of',
    description: 'an organization anchored by, made up of or composed of organizations has them as parts',
    type: 'PART_OF',
    pattern: [
      { verb: { head: MADE_OF_PASSIVES, voice: 'passive' } },
      { skip: 1 },
      { phrase: { under: ['by', 'of'], entity: ['Organization'] }, as: 'part' },
    ],
    source: 'part',
    target: 'subject',
    examples: [
      [
        'A video was released by the Example Alliance, which is anchored by the Lorton Brigade and the Velmar Front.',
        ['Lorton Brigade PART_OF Example Alliance', 'Velmar Front PART_OF Example Alliance'],
      ],
      ['The Example Alliance is made up of the Lorton Brigade.', ['Lorton Brigade PART_OF Example Alliance']],
      ['The Example Alliance was formed in Bergen.', []],
    ],
  },
  {
    id: 'coalition-of',
    description: 'a coalition or alliance of organizations has them as parts: "X, a coalition of A and B"',
    type: 'PART_OF',
    pattern: [
      { phrase: { head: COALITION_NOUNS }, as: 'whole' },
      { phrase: { under: ['of'], entity: ['Organization'] }, as: 'part' },
    ],
    source: 'part',
    target: 'whole',
    examples: [
      [
        'The Example Front, a coalition of the Lorton Brigade and the Velmar Battalion, took the town.',
        ['Lorton Brigade PART_OF Example Front', 'Velmar Battalion PART_OF Example Front'],
      ],
      ['A coalition of the Lorton Brigade and the Velmar Battalion took the town.', []],
    ],
  },
  {
    id: 'affiliated-with',
    description: 'an organization affiliated or associated with another is part of it',
    type: 'PART_OF',
    pattern: [
      { verb: { head: AFFILIATED_WORDS, voice: 'passive' } },
      { phrase: { under: ['with', 'to'], entity: ['Organization'] }, as: 'whole' },
    ],
    source: 'subject',
    target: 'whole',
    examples: [
      ['The Lorton Brigade is affiliated with the Example Front.', ['Lorton Brigade PART_OF Example Front']],
      ['The Lorton Brigade is not affiliated with the Example Front.', []],
      ['Ivan Dorn is affiliated with the Example Front.', []],
    ],
  },
];
