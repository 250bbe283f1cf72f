// Sides against each other: wars between two, trading strikes, accusations and lawsuits, sanctions.
import {
  ACCUSING_VERBS,
  ADDING_VERBS,
  ASSET_NOUNS,
  BLACKLIST_NOUNS,
  BLACKLIST_QUALIFIERS,
  CASUALTY_VERBS,
  CONFLICT_NOUNS,
  EVENT_NOUNS,
  FIRING_VERBS,
  FREEZING_VERBS,
  INVESTIGATION_NOUNS,
  LEGAL_ACTION_NOUNS,
  LISTING_VERBS,
  MUNITION_NOUNS,
  OPENING_VERBS,
  RECIPROCAL_OBJECTS,
  RECIPROCAL_VERBS,
  REPELLING_VERBS,
  SANCTION_NOUNS,
  SANCTION_VERBS,
  TARGETING_VERBS,
} from '../../gazetteers/relationWords.ts';
import type { PatternRule } from './pattern.ts';

const SIDES = ['Person', 'Organization', 'Location'] as const;

export const CONFLICT_RULES: PatternRule[] = [
  {
    id: 'conflict-between',
    description: 'a war or fighting between two sides: each opposes the other',
    type: 'OPPOSES',
    pattern: [
      { phrase: { head: CONFLICT_NOUNS } },
      { skip: 4 },
      { phrase: { under: ['between'], entity: SIDES }, as: 'sides' },
    ],
    source: 'sides',
    target: 'sides',
    examples: [
      [
        'The war broke out in April between the Example Army and the Example Front.',
        ['Example Army OPPOSES Example Front', 'Example Front OPPOSES Example Army'],
      ],
      ['Talks between the Example Army and the Example Front resumed.', []],
    ],
  },
  {
    id: 'fighting-between',
    description: 'fighting between two sides, when the tagger reads "Fighting" opening a sentence as a verb',
    type: 'OPPOSES',
    pattern: [
      { verb: { head: ['fighting', 'clashes', 'clashing', 'battles'] } },
      { phrase: { under: ['between'], entity: SIDES }, as: 'sides' },
    ],
    source: 'sides',
    target: 'sides',
    examples: [
      [
        'Fighting between the Example Army and Velmar Front rebels intensified on Saturday.',
        ['Example Army OPPOSES Velmar Front', 'Velmar Front OPPOSES Example Army'],
      ],
    ],
  },
  {
    id: 'fell-in-clashes-with',
    description: 'those killed or wounded in clashes with a side oppose it: "soldiers were killed in clashes with X"',
    type: 'OPPOSES',
    pattern: [
      { verb: { head: CASUALTY_VERBS } },
      // "were killed and eight others wounded in …": "and", a phrase and a verb.
      { skip: 3 },
      { phrase: { under: ['in', 'during'], head: CONFLICT_NOUNS } },
      { phrase: { under: ['with'], entity: SIDES }, as: 'other' },
    ],
    source: 'subject',
    target: 'other',
    examples: [
      [
        'Two Velmar Army soldiers were killed and eight others wounded in fierce clashes with Lorton Front rebels.',
        ['Velmar Army OPPOSES Lorton Front'],
      ],
      ['Three Lorton Front fighters died in a battle with the Velmar Army.', ['Lorton Front OPPOSES Velmar Army']],
      ['Two Velmar Army soldiers were killed in clashes near the Lorton Front base.', []],
      ['Two Velmar Army soldiers were killed in talks with the Lorton Front.', []],
    ],
  },
  {
    id: 'trading-strikes',
    description: 'two sides trading strikes or fire: each opposes the other',
    type: 'OPPOSES',
    pattern: [{ verb: { head: RECIPROCAL_VERBS, voice: 'active' } }, { phrase: { head: RECIPROCAL_OBJECTS } }],
    source: 'subject',
    target: 'subject',
    examples: [
      [
        'The Example Front and the Example Army have been trading strikes for weeks.',
        ['Example Army OPPOSES Example Front', 'Example Front OPPOSES Example Army'],
      ],
    ],
  },
  {
    id: 'prosecuted',
    description: 'prosecuting, arraigning or suing someone',
    type: 'OPPOSES',
    pattern: [
      { verb: { head: ACCUSING_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: SIDES }, as: 'accused' },
    ],
    source: 'subject',
    target: 'accused',
    examples: [
      ['The Example Commission will arraign Ivan Dorn on Wednesday.', ['Example Commission OPPOSES Ivan Dorn']],
      ['Ivan Dorn was prosecuted for fraud.', []],
    ],
  },
  {
    id: 'legal-action-against',
    description: 'legal action, a lawsuit or charges against someone, by whoever brings them',
    type: 'OPPOSES',
    pattern: [
      { phrase: { head: LEGAL_ACTION_NOUNS }, as: 'action' },
      { phrase: { under: ['against'], entity: SIDES }, as: 'target' },
    ],
    source: 'owner:action',
    target: 'target',
    examples: [
      [
        'The Example Group is considering legal action against the Example Fund.',
        ['Example Group OPPOSES Example Fund'],
      ],
    ],
  },
  {
    id: 'investigation-into',
    description: 'an investigation or probe into someone, by whoever opens it',
    type: 'OPPOSES',
    pattern: [
      { phrase: { head: INVESTIGATION_NOUNS }, as: 'probe' },
      { phrase: { under: ['into', 'against', 'of'], entity: ['Person', 'Organization'] }, as: 'target' },
    ],
    source: 'owner:probe',
    target: 'target',
    examples: [
      [
        'The Example Commission launched an investigation into the Velmar Group.',
        ['Example Commission OPPOSES Velmar Group'],
      ],
      ['An investigation into the Velmar Group began.', []],
    ],
  },
  {
    id: 'opened-investigation',
    description: 'opening or launching an investigation into someone',
    type: 'OPPOSES',
    pattern: [
      { verb: { head: OPENING_VERBS, voice: 'active' } },
      { phrase: { head: INVESTIGATION_NOUNS } },
      { phrase: { under: ['into', 'against', 'of'], entity: ['Person', 'Organization'] }, as: 'target' },
    ],
    source: 'subject',
    target: 'target',
    examples: [
      [
        'The Example Commission opened an investigation into the Velmar Group.',
        ['Example Commission OPPOSES Velmar Group'],
      ],
      ['The Example Commission did not open an investigation into the Velmar Group.', []],
    ],
  },
  {
    id: 'took-to-court',
    description: 'taking someone to court',
    type: 'OPPOSES',
    pattern: [
      { verb: { head: ['take', 'takes', 'took', 'taken', 'taking'], voice: 'active' } },
      { phrase: { under: [null], entity: SIDES }, as: 'target' },
      // The tagger reads "to court" as an infinitive.
      { verb: { head: ['court'] } },
    ],
    source: 'subject',
    target: 'target',
    examples: [['The Velmar Group took the Example Fund to court.', ['Velmar Group OPPOSES Example Fund']]],
  },
  {
    id: 'fired-at',
    description: 'launching or firing missiles, rockets or drones at a side',
    type: 'OPPOSES',
    pattern: [
      { verb: { head: FIRING_VERBS, voice: 'active' } },
      { skip: 1 },
      { phrase: { head: MUNITION_NOUNS } },
      {
        phrase: { under: ['at', 'on', 'against', 'toward', 'towards'], entity: ['Person', 'Organization', 'Location'] },
        as: 'target',
      },
    ],
    source: 'subject',
    target: 'target',
    examples: [
      ['The Example Front launched dozens of rockets at the Velmar Army.', ['Example Front OPPOSES Velmar Army']],
      ['The Example Front fired missiles at Norway.', ['Example Front OPPOSES Norway']],
      ['The Example Front launched a website for Norway.', []],
    ],
  },
  {
    id: 'sanctioned',
    description: 'sanctioning someone bans them',
    type: 'BANNED',
    pattern: [
      { verb: { head: SANCTION_VERBS, voice: 'active' } },
      { skip: 2 },
      { phrase: { under: [null, 'of'], entity: SIDES }, as: 'target' },
    ],
    source: 'subject',
    target: 'target',
    examples: [
      [
        'The Example Ministry said it was sanctioning three units of the Example Agency.',
        ['Example Ministry BANNED Example Agency'],
      ],
    ],
  },
  {
    id: 'sanctions-on',
    description: 'sanctions on or against someone, by whoever imposes them',
    type: ['BANNED', 'OPPOSES'],
    pattern: [
      { phrase: { head: SANCTION_NOUNS }, as: 'sanctions' },
      { phrase: { under: ['on', 'against'], entity: SIDES }, as: 'target' },
    ],
    source: 'owner:sanctions',
    target: 'target',
    examples: [
      ['The Example Union imposed new sanctions on the Example Agency.', ['Example Union BANNED Example Agency']],
    ],
  },
  {
    id: 'sanctioned-by',
    description: 'sanctioned or blacklisted by someone (passive or a participle: "the bank, sanctioned by X")',
    type: 'BANNED',
    pattern: [
      { verb: { head: SANCTION_VERBS, voice: 'passive' } },
      { skip: 3 },
      { phrase: { under: ['by'], entity: SIDES }, as: 'by' },
    ],
    source: 'by',
    target: 'subject',
    examples: [
      ['The Falcon Brigade was sanctioned by the Example Union in May.', ['Example Union BANNED Falcon Brigade']],
      [
        'The Velmar Group, sanctioned by the Example Union last year, denied it.',
        ['Example Union BANNED Velmar Group'],
      ],
      ['The Falcon Brigade was sanctioned in May.', []],
    ],
  },
  {
    id: 'sanctions-targeting',
    description: 'sanctions that target, hit or are aimed at someone, by whoever imposes them',
    type: 'BANNED',
    pattern: [
      { phrase: { head: SANCTION_NOUNS }, as: 'sanctions' },
      { verb: { head: TARGETING_VERBS } },
      { phrase: { under: [null, 'at'], entity: SIDES }, as: 'target' },
    ],
    source: 'owner:sanctions',
    target: 'target',
    examples: [
      ['The Example Union announced sanctions targeting the Falcon Brigade.', ['Example Union BANNED Falcon Brigade']],
      ['Example Union sanctions aimed at the Velmar Group took effect.', ['Example Union BANNED Velmar Group']],
      ['Sanctions hit the economy of Norway.', []],
    ],
  },
  {
    id: 'added-to-list',
    description: 'adding someone to a sanctions, terrorist or entity list bans them',
    type: 'BANNED',
    pattern: [
      { verb: { head: ADDING_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: SIDES }, as: 'target' },
      { phrase: { under: ['to', 'on'], head: BLACKLIST_NOUNS, contains: [{ lower: BLACKLIST_QUALIFIERS }] } },
    ],
    source: 'subject',
    target: 'target',
    examples: [
      ['The Example Union added the Falcon Brigade to its sanctions list.', ['Example Union BANNED Falcon Brigade']],
      ['The Example Union has put the Velmar Group on its blacklist.', ['Example Union BANNED Velmar Group']],
      ['The Example Union added the Velmar Group to its list of partners.', []],
    ],
  },
  {
    id: 'froze-assets',
    description: 'freezing or seizing the assets of someone bans them',
    type: 'BANNED',
    pattern: [
      { verb: { head: FREEZING_VERBS, voice: 'active' } },
      { phrase: { head: ASSET_NOUNS } },
      { phrase: { under: ['of', 'belonging'], entity: SIDES }, as: 'target' },
    ],
    source: 'subject',
    target: 'target',
    examples: [
      ['The Example Union froze the assets of the Velmar Group.', ['Example Union BANNED Velmar Group']],
      ['Norway has frozen all assets of the Falcon Brigade and its leader.', ['Norway BANNED Falcon Brigade']],
      ['Norway froze the price of the Velmar Group shares.', []],
    ],
  },
  {
    id: 'listed-by',
    description: 'listed or designated as a terrorist organization by someone',
    type: 'BANNED',
    pattern: [
      { verb: { head: LISTING_VERBS, voice: 'passive' } },
      { skip: 3 },
      { phrase: { under: ['by'], entity: SIDES }, as: 'by' },
    ],
    source: 'by',
    target: 'subject',
    examples: [
      [
        'The Example Front is listed as a terrorist organization by the Example Union.',
        ['Example Union BANNED Example Front'],
      ],
    ],
  },
  {
    id: 'repelled-attack',
    description: 'thwarting or repelling an attack: the defender opposes the attacker',
    type: 'OPPOSES',
    pattern: [
      { verb: { head: REPELLING_VERBS, voice: 'active' } },
      { phrase: { head: EVENT_NOUNS, under: [null] }, as: 'attack' },
    ],
    source: 'subject',
    target: 'owner:attack',
    examples: [
      [
        'The Example Army said it thwarted a major attack by Example Front troops in Bergen.',
        ['Example Army OPPOSES Example Front'],
      ],
      ['The Example Army thwarted an Example Front attack.', ['Example Army OPPOSES Example Front']],
    ],
  },
];
