// Charges and arrests. What someone is accused or sanctioned for giving states the giver's stance: "the UN accuses Rwanda of providing
// arms to M23" (Rwanda supports M23), "sanctioned for the provision of services to Y" (the sanctioned supports Y).
// A verb after "accused X of" ("of backing Y", "of plotting to kill her") is X's for the trigger table (subjectAt).
// Arresting a group's leaders or members opposes the group: "arrested 11 senior leaders from X".
import {
  AID_NOUNS,
  ARRESTING_VERBS,
  MEMBER_WORDS,
  FORCE_NOUNS,
  PROVIDING_VERBS,
  PROVISION_NOUNS,
  SANCTION_VERBS,
} from '../../gazetteers/relationWords.ts';
import { DESIGNATING_VERBS } from '../../gazetteers/groupWords.ts';
import type { PatternRule, Step } from './pattern.ts';

const SIDES = ['Person', 'Organization', 'Location'] as const;
const ACCUSING = ['accuse', 'accuses', 'accused', 'accusing'];

/** "accused X of": the accused, who does what the "of" clause says. */
const accusedOf: Step[] = [
  { verb: { head: ACCUSING, voice: 'active' } },
  { phrase: { under: [null], entity: SIDES }, as: 'accused' },
  { word: ['of'] },
];

/** A group's people, as law enforcement names them: "three members", "11 senior leaders". */
const GROUP_PEOPLE = [...MEMBER_WORDS, 'leaders', 'bosses', 'figures', 'operatives', 'associates', 'suspects'];

export const ACCUSATION_RULES: PatternRule[] = [
  {
    id: 'arrested-members-from',
    description: 'arresting, detaining or jailing the members or leaders of a group opposes the group',
    type: 'OPPOSES',
    pattern: [
      { verb: { head: ARRESTING_VERBS, voice: 'active' } },
      { phrase: { under: [null], head: GROUP_PEOPLE } },
      { phrase: { under: ['from', 'of'], entity: ['Organization'] }, as: 'group' },
    ],
    source: 'subject',
    target: 'group',
    examples: [
      [
        'The Example Police arrested 11 senior leaders from the Velmar Brigade and the Lorton Gang.',
        ['Example Police OPPOSES Lorton Gang', 'Example Police OPPOSES Velmar Brigade'],
      ],
      ['Police in Recife have detained two bosses from the Velmar Cartel.', []],
      ['The Example Police arrested 11 leaders in Oslo.', []],
    ],
  },
  {
    id: 'accused-of-providing',
    description: 'someone accused of sending arms or troops to a side supports it: "accused X of providing arms to Y"',
    type: 'SUPPORTS',
    pattern: [
      ...accusedOf,
      { verb: { head: PROVIDING_VERBS } },
      { phrase: { head: [...AID_NOUNS, ...FORCE_NOUNS] } },
      { skip: 4 },
      { phrase: { under: ['to', 'with', 'for', 'alongside'], entity: SIDES }, as: 'side' },
    ],
    source: 'accused',
    target: 'side',
    examples: [
      [
        'Western powers accuse Norway of providing arms and sending soldiers to fight with the Example Front.',
        ['Norway SUPPORTS Example Front'],
      ],
      ['Sweden accused Norway of supplying weapons to the Velmar Brigade.', ['Norway SUPPORTS Velmar Brigade']],
      ['Sweden accused Norway of sending letters to the Velmar Brigade.', []],
    ],
  },
  {
    id: 'sanctioned-for-provision',
    description: 'an organization sanctioned for the provision of services or goods to a side supports it',
    type: 'SUPPORTS',
    pattern: [
      { verb: { head: [...SANCTION_VERBS, ...DESIGNATING_VERBS], voice: 'passive' } },
      { phrase: { under: ['for'], head: PROVISION_NOUNS } },
      { skip: 1 },
      { phrase: { under: ['to', 'for'], entity: SIDES }, as: 'side' },
    ],
    source: 'subject',
    target: 'side',
    examples: [
      [
        'In turn, the Velmar Bank was sanctioned for the provision of financial services to the Lorton Company.',
        ['Velmar Bank SUPPORTS Lorton Company'],
      ],
      [
        'The Velmar Bank was designated for the supply of fuel to the Example Front.',
        ['Velmar Bank SUPPORTS Example Front'],
      ],
      ['The Velmar Bank was sanctioned for the provision of loans.', []],
    ],
  },
];
