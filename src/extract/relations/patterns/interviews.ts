// Who spoke to whom: "said in an interview with the Example Times", "told Example Radio".
import {
  GIVING_VERBS,
  INTERVIEW_NOUNS,
  PROGRAMME_NOUNS,
  SPEAKING_VERBS,
  TELLING_VERBS,
} from '../../gazetteers/relationWords.ts';
import { SHORT_FORM, type PatternRule } from './pattern.ts';

export const INTERVIEW_RULES: PatternRule[] = [
  {
    id: 'interview-with',
    description: 'an interview or statement with (or to) an outlet, and whoever the clause has speak',
    type: 'SPOKE_TO',
    pattern: [
      { phrase: { head: INTERVIEW_NOUNS, under: ['in', 'during', 'from'] } },
      { phrase: { under: ['with', 'to', 'for', 'on'], entity: ['Organization'] }, as: 'outlet' },
    ],
    source: 'subject',
    target: 'outlet',
    examples: [
      [
        'The commander, Ivan Dorn, said in an interview with the Example Times that the line held.',
        ['Ivan Dorn SPOKE_TO Example Times'],
      ],
      ['In an interview with Example Radio, Ivan Dorn denied it.', ['Ivan Dorn SPOKE_TO Example Radio']],
    ],
  },
  {
    id: 'gave-interview',
    description:
      'giving or granting an interview to (or with) an outlet: "Ivan Dorn gave an interview to Example Radio"',
    type: 'SPOKE_TO',
    pattern: [
      { verb: { head: GIVING_VERBS, voice: 'active' } },
      { phrase: { head: INTERVIEW_NOUNS, under: [null] } },
      { phrase: { under: ['to', 'with'], entity: ['Organization'] }, as: 'outlet' },
    ],
    source: 'subject',
    target: 'outlet',
    examples: [
      ['Ivan Dorn gave an interview to Example Radio last week.', ['Ivan Dorn SPOKE_TO Example Radio']],
      ['Ivan Dorn gave a speech to the Example Party.', []],
    ],
  },
  {
    id: 'said-on-programme',
    description: 'speaking on an outlet’s programme: "Ivan Dorn said on Example Radio’s morning programme"',
    type: 'SPOKE_TO',
    pattern: [
      { verb: { head: SPEAKING_VERBS, voice: 'active' } },
      { phrase: { under: ['on'], entity: ['Organization'], possessive: true }, as: 'outlet' },
      { phrase: { head: PROGRAMME_NOUNS } },
    ],
    source: 'subject',
    target: 'outlet',
    examples: [
      [
        'Ivan Dorn said on Example Radio’s morning programme that the talks had failed.',
        ['Ivan Dorn SPOKE_TO Example Radio'],
      ],
      ['Ivan Dorn said on the Example Party’s website that the talks had failed.', []],
    ],
  },
  {
    id: 'said-name-to-outlet',
    description:
      'a verb of saying before its speaker and the speaker’s role, then the outlet: "said Ivan Dorn, …, to Reuters"',
    type: 'SPOKE_TO',
    pattern: [
      { verb: { head: SPEAKING_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: ['Person'] } },
      { word: [','] },
      // The speaker's role, its organization and the organization's short form: "director of the Example Institute (EI)".
      { phrase: { under: [null] } },
      { phrase: { under: ['of', 'for', 'at'] }, optional: true },
      ...SHORT_FORM,
      { word: [','], optional: true },
      // "to the Reuters news agency": the outlet's name before the noun for its kind.
      { phrase: { under: ['to'], contains: [{ name: true, as: 'outlet' }] } },
    ],
    source: 'subject',
    target: 'outlet',
    examples: [
      [
        '“It is over,” said Ivan Dorn, country director of the Example Institute (EI), to the Reuters news agency.',
        ['Ivan Dorn SPOKE_TO Reuters'],
      ],
      ['“It is over,” said Anna Kovic, a senior analyst, to Example Radio.', ['Anna Kovic SPOKE_TO Example Radio']],
      ['“It is over,” said Ivan Dorn, who sent a letter to Example Radio.', []],
    ],
  },
  {
    id: 'told-outlet',
    description: 'telling an outlet: "Ivan Dorn, the commander of the unit, told Example Radio"',
    type: 'SPOKE_TO',
    pattern: [
      { verb: { head: TELLING_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'outlet' },
    ],
    source: 'subject',
    target: 'outlet',
    examples: [
      [
        'The head of the Example Front, Ivan Dorn, told Example Radio that the line held.',
        ['Ivan Dorn SPOKE_TO Example Radio'],
      ],
      ['Ivan Dorn said the Example Front would fight.', []],
    ],
  },
  {
    id: 'spoke-to-outlet',
    description: 'speaking to or with an outlet: "Ivan Dorn, the commander of the unit, spoke to Example Radio"',
    type: 'SPOKE_TO',
    pattern: [
      { verb: { head: SPEAKING_VERBS, voice: 'active' } },
      { phrase: { under: ['to', 'with'], entity: ['Organization'] }, as: 'outlet' },
    ],
    source: 'subject',
    target: 'outlet',
    examples: [
      [
        'The head of the Example Front, Ivan Dorn, spoke to Example Radio on Friday.',
        ['Ivan Dorn SPOKE_TO Example Radio'],
      ],
    ],
  },
];
