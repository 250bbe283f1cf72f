// Relations stated by a possessive or an "of" on a noun: "Russia’s invasion of X", "Dorn’s main rival has been
// Kovic", "Dorn’s investment unit X", "the Example Alliance (EA) of Dorn".
import {
  BEING_VERBS,
  HOLDING_UNIT_NOUNS,
  MOVE_NOUNS,
  PARTY_NAME_WORDS,
  RIVAL_NOUNS,
  TAKING_NOUNS,
} from '../../gazetteers/phraseWords.ts';
import type { PatternRule, Step } from './pattern.ts';

const possessor = (as: string): Step => ({
  phrase: { possessive: true, entity: ['Person', 'Organization', 'Location'] },
  as,
});
// The tagger often calls "rival" an adjective ("main rival"), so the phrase is found by the word, not its head.
const rival: Step = { phrase: { contains: [{ lower: RIVAL_NOUNS }] } };

export const POSSESSIVE_RULES: PatternRule[] = [
  {
    id: 'taking-of-place',
    description: 'an invasion, occupation or siege "of" a place by the one named before it: "Russia’s invasion of X"',
    type: 'ACTIVE_IN',
    // The owner is named, not a pronoun: "assisting the Kremlin with its invasion" leaves "its" to coreference.
    pattern: [
      possessor('owner'),
      { phrase: { head: TAKING_NOUNS } },
      { phrase: { under: ['of'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'owner',
    target: 'place',
    examples: [
      ['Norway’s invasion of Finland began in May.', ['Norway ACTIVE_IN Finland']],
      ['The Example Front’s siege of Aleppo ended.', ['Example Front ACTIVE_IN Aleppo']],
      ['Norway condemned the invasion of Finland.', []],
      ['Norway’s invasion of privacy laws was debated.', []],
    ],
  },
  {
    id: 'move-into-place',
    description: 'a move, foray or thrust "into" a place by the one named before it: "Example’s move into Dornik"',
    type: 'ACTIVE_IN',
    pattern: [
      possessor('owner'),
      { phrase: { head: MOVE_NOUNS } },
      { phrase: { under: ['into'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'owner',
    target: 'place',
    examples: [
      ['Norway’s move into Finland drew protests.', ['Norway ACTIVE_IN Finland']],
      ['Norway’s move to Finland drew protests.', []],
    ],
  },
  {
    id: 'rival-named',
    description: 'a rival named after the possessive of the one they oppose: "Dorn’s main rival Anna Kovic"',
    type: 'OPPOSES',
    pattern: [possessor('rival'), { phrase: { contains: [{ lower: RIVAL_NOUNS }, { name: true, as: 'other' }] } }],
    source: 'other',
    target: 'rival',
    examples: [
      ['Ivan Dorn’s main rival Anna Kovic conceded.', ['Anna Kovic OPPOSES Ivan Dorn']],
      ['Ivan Dorn’s lawyer Anna Kovic spoke.', []],
    ],
  },
  {
    id: 'rival-apposed',
    description: 'a rival in apposition after the possessive: "Dorn’s main rival, Anna Kovic, conceded"',
    type: 'OPPOSES',
    pattern: [possessor('rival'), rival, { word: [','] }, { phrase: { apposition: true }, as: 'other' }],
    source: 'other',
    target: 'rival',
    examples: [
      ['Ivan Dorn’s main rival, Anna Kovic, conceded.', ['Anna Kovic OPPOSES Ivan Dorn']],
      ['Ivan Dorn’s main rival, he said, conceded.', []],
    ],
  },
  {
    id: 'rival-is',
    description: 'who a rival is, after a copula: "Dorn’s main rival for decades has been Anna Kovic"',
    type: 'OPPOSES',
    pattern: [
      possessor('rival'),
      rival,
      { skip: 2 },
      { verb: { head: BEING_VERBS } },
      { phrase: { under: [null], entity: ['Person', 'Organization'] }, as: 'other' },
    ],
    source: 'other',
    target: 'rival',
    examples: [
      ['Ivan Dorn’s main rival for decades has been Anna Kovic.', ['Anna Kovic OPPOSES Ivan Dorn']],
      ['The Example Party’s rival is the Velmar Union.', ['Velmar Union OPPOSES Example Party']],
      ['Ivan Dorn’s main rival has not been Anna Kovic.', []],
      ['Ivan Dorn’s lawyer has been Anna Kovic.', []],
    ],
  },
  {
    id: 'person-unit',
    description: 'a person’s company or investment unit, then its name: "Dorn’s investment unit Velmar Holdings"',
    type: 'CONTROLS',
    pattern: [
      { phrase: { possessive: true, entity: ['Person'] }, as: 'owner' },
      { phrase: { contains: [{ lower: HOLDING_UNIT_NOUNS }, { name: true, as: 'unit' }] } },
    ],
    source: 'owner',
    target: 'unit',
    examples: [
      ['Ivan Dorn’s investment unit Velmar Holdings bought the stake.', ['Ivan Dorn CONTROLS Velmar Holdings']],
      ['Ivan Dorn’s lawyer Anna Kovic bought the stake.', []],
    ],
  },
  {
    id: 'organization-unit',
    description: 'an organization’s subsidiary or unit, then its name: "Velmar’s subsidiary Example Mobile"',
    type: 'PART_OF',
    pattern: [
      { phrase: { possessive: true, entity: ['Organization'] }, as: 'owner' },
      { phrase: { contains: [{ lower: HOLDING_UNIT_NOUNS }, { name: true, as: 'unit' }] } },
    ],
    source: 'unit',
    target: 'owner',
    examples: [
      ['The Velmar Group’s telecoms subsidiary Lorton Telecom grew.', ['Lorton Telecom PART_OF Velmar Group']],
      ['The Velmar Group’s chief Ivan Dorn spoke.', []],
    ],
  },
  {
    id: 'party-short-of-person',
    description:
      'a party or coalition, its short form, then "of" a person, who leads it: "the Example Alliance (EA) of Dorn"',
    type: 'LEADS',
    pattern: [
      { phrase: { entity: ['Organization'], contains: [{ lower: PARTY_NAME_WORDS }] }, as: 'party' },
      { word: ['('] },
      { phrase: { entity: ['Organization'] } },
      { word: [')'] },
      { phrase: { under: ['of'], entity: ['Person'] }, as: 'leader' },
    ],
    source: 'leader',
    target: 'party',
    examples: [
      ['The Velmar Freedom Alliance (VFA) of Ivan Dorn won 40 seats.', ['Ivan Dorn LEADS Velmar Freedom Alliance']],
      ['The Velmar Group (VG) of Ivan Dorn won 40 seats.', []],
    ],
  },
];
