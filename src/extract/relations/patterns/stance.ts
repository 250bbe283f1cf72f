// Stance words on a group: "pro-Western activists", "anti-Kremlin protesters", "Kremlin-backed militia".
import { ALIGNED_WORDS, ANTI_PREFIXES, BACKED_WORDS, PRO_PREFIXES } from '../../gazetteers/relationWords.ts';
import type { PatternRule } from './pattern.ts';

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
];
