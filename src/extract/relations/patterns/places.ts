// Places within places: "the village of A in B", "the village of A in B’s C region".
import { DIVISION_NOUNS } from '../../gazetteers/places.ts';
import {
  BEING_VERBS,
  COMPANY_NOUNS,
  COMPASS_NOUNS,
  COMPASS_WORDS,
  HAVING_VERBS,
  HEADQUARTERS_NOUNS,
  MOVING_VERBS,
  SETTLEMENT_PLURALS,
} from '../../gazetteers/phraseWords.ts';
import { SETTLEMENT_NOUNS } from '../../gazetteers/relationWords.ts';
import type { PatternRule } from './pattern.ts';

/** Division nouns as a list for phrase heads. */
const DIVISION = [...DIVISION_NOUNS];

const settlement = [
  { phrase: { head: SETTLEMENT_NOUNS } },
  { phrase: { under: ['of'], entity: ['Location'] as const }, as: 'inner' },
] as const;

export const PLACE_RULES: PatternRule[] = [
  {
    id: 'settlement-of-in',
    description: 'a settlement named with "of", then where it is: "the village of Dornik in the Lorton region"',
    type: 'LOCATED_IN',
    pattern: [
      ...settlement,
      { phrase: { under: ['in', 'near'], entity: ['Location'], possessive: false }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Shelling hit the village of Dornik in the Lorton region.', ['Dornik LOCATED_IN Lorton region']],
      ['They met in the town of Dornik in March.', []],
    ],
  },
  {
    id: 'settlement-of-in-possessed',
    description: 'a settlement in a region named with its owner: "the village of Dornik in Lorton’s Vell district"',
    type: 'LOCATED_IN',
    pattern: [
      ...settlement,
      { phrase: { under: ['in', 'near'], entity: ['Location'], possessive: true } },
      { phrase: { entity: ['Location'] }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [['Shelling hit the village of Dornik in Lorton’s Vell district.', ['Dornik LOCATED_IN Vell district']]],
  },
  {
    id: 'place-possessed',
    description: 'a place named with the place it is in: "Lorton’s Vell district", "the Lorton region’s Vell"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], possessive: true }, as: 'outer' },
      { phrase: { entity: ['Location'] }, as: 'inner' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [['Troops entered Bergen region’s Vell district.', ['Vell district LOCATED_IN Bergen region']]],
  },
  {
    id: 'settlement-of',
    description: 'a kind of settlement of a region, then its name: "the Lorton region city of Dornik"',
    type: 'LOCATED_IN',
    // The name ends before the kind: "the Vell region of Norway" names the region itself (see region-of).
    pattern: [
      {
        phrase: {
          head: SETTLEMENT_NOUNS,
          contains: [{ name: true, as: 'outer' }, { common: true, op: '*' }, { lower: SETTLEMENT_NOUNS }],
        },
      },
      { phrase: { under: ['of'], entity: ['Location'] }, as: 'inner' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Troops raided the West Bank city of Dornik.', ['Dornik LOCATED_IN West Bank']],
      ['Troops raided the Vell countryside town of Dornik.', ['Dornik LOCATED_IN Vell']],
      ['Troops reached the Vell region of Norway.', []],
    ],
  },
  {
    id: 'region-of',
    description: 'a division named with its kind, "of" the place it is in: "the Vell region of Norway"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { head: DIVISION, endsInName: true, entity: ['Location'], possessive: false }, as: 'inner' },
      { phrase: { under: ['of'], entity: ['Location'], possessive: false }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Troops reached the Vell region of Norway.', ['Vell region LOCATED_IN Norway']],
      ['Troops reached the region of Norway.', []],
      ['The governor of the Vell region south-east of Oslo spoke.', []],
    ],
  },
  {
    id: 'region-in',
    description: 'a division named with its kind, "in" a larger place: "the Vell province in northern Norway"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { head: DIVISION, endsInName: true, entity: ['Location'], possessive: false }, as: 'inner' },
      { phrase: { under: ['in'], entity: ['Location'], possessive: false }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Troops reached the Vell province in northern Norway.', ['Vell province LOCATED_IN Norway']],
      ['Troops reached the province in northern Norway.', []],
    ],
  },
  {
    id: 'named-settlement-in',
    description: 'a name before its kind of settlement, "in" a larger place: "the Vell neighbourhood in northern Oslo"',
    type: 'LOCATED_IN',
    // Where the name leaves the kind out ("Vell" of "the Vell neighbourhood"); region-in reads "the Vell province".
    pattern: [
      { phrase: { head: SETTLEMENT_NOUNS, contains: [{ name: true, as: 'inner' }, { lower: SETTLEMENT_NOUNS }] } },
      { phrase: { under: ['in'], entity: ['Location'], possessive: false }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['He was the boss of the turbulent Vell neighbourhood in northern Oslo.', ['Vell LOCATED_IN Oslo']],
      ['He was the boss of the neighbourhood in northern Oslo.', []],
    ],
  },
  {
    id: 'place-is-settlement',
    description: 'a place said to be a settlement in a larger one: "Bergen is a city in western Norway"',
    type: 'LOCATED_IN',
    pattern: [
      { verb: { head: BEING_VERBS } },
      { phrase: { head: SETTLEMENT_NOUNS, under: [null] } },
      { phrase: { under: ['in', 'of'], entity: ['Location'], possessive: false }, as: 'outer' },
    ],
    source: 'subject',
    target: 'outer',
    examples: [
      ['Bergen is a city in western Norway.', ['Bergen LOCATED_IN Norway']],
      ['Bergen is not a city in Norway.', []],
    ],
  },
  {
    id: 'place-comma-compass',
    description: 'a place, a comma, and the part of a larger place it is in: "Bergen, in western Norway,"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], possessive: false }, as: 'inner' },
      { word: [','] },
      { phrase: { under: ['in'], entity: ['Location'], contains: [{ lower: COMPASS_WORDS }] }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Bergen, in western Norway, was flooded.', ['Bergen LOCATED_IN Norway']],
      ['Talks in Bergen, in Oslo and in Chile went on.', []],
    ],
  },
  // The compass words may be a phrase of their own ("the far north") or words the tagger calls adverbs ("far south").
  ...(
    [
      ['place-comma-possessed-compass', { phrase: { contains: [{ lower: COMPASS_WORDS }] } }, 'northern hills'],
      ['place-comma-possessed-compass-words', { word: COMPASS_WORDS }, 'far south'],
    ] as const
  ).map(([id, compass, part]): PatternRule => ({
    id,
    description: 'a place, a comma, and the part of a larger place it is in: "Bergen, in Norway’s far north,"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], possessive: false }, as: 'inner' },
      { word: [','] },
      { phrase: { under: ['in'], entity: ['Location'], possessive: true }, as: 'outer' },
      compass,
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      [`Bergen, in Norway’s ${part}, was flooded.`, ['Bergen LOCATED_IN Norway']],
      ['Bergen, in Norway’s view, was right.', []],
    ],
  })),
  {
    id: 'dateline',
    description: 'a dateline, a place and its country before the news agency: "OSLO, Norway (AP) —"',
    // Only before the agency's parenthesis ("OSLO, Norway — (AP) —"): a dash also ends lists ("Oslo, Bergen – wait").
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], under: [null] }, as: 'inner' },
      { word: [','] },
      { phrase: { entity: ['Location'], under: [null] }, as: 'outer' },
      { word: ['—', '–', '-'], optional: true },
      // Or before a page's bar-separated agency credit: "Nairobi, Kenya | AFP |".
      { word: ['(', '|'] },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['OSLO, Norway (AP) — The talks opened on Monday.', ['Oslo LOCATED_IN Norway']],
      ['OSLO, Norway — (AP) — The talks opened on Monday.', ['Oslo LOCATED_IN Norway']],
      ['Oslo, Norway | AFP | The talks opened on Monday.', ['Oslo LOCATED_IN Norway']],
      ['“Oslo, Bergen – wait for us,” the post said.', []],
      ['Delegates from Oslo, Norway (a member) and Chile met.', []],
    ],
  },
  {
    id: 'has-headquarters-in',
    description:
      'an organization that has (or moved) its headquarters in a place is there: "X has its headquarters in Oslo"',
    type: 'LOCATED_IN',
    pattern: [
      { verb: { head: [...HAVING_VERBS, ...MOVING_VERBS] } },
      { phrase: { head: HEADQUARTERS_NOUNS, under: [null] } },
      { phrase: { under: ['in', 'to'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'subject',
    target: 'place',
    examples: [
      ['Velmar Group has its headquarters in Oslo.', ['Velmar Group LOCATED_IN Oslo']],
      ['Velmar Group moved its headquarters to Oslo.', ['Velmar Group LOCATED_IN Oslo']],
      ['Velmar Group has no headquarters yet.', []],
    ],
  },
  {
    id: 'possessed-headquarters-in',
    description: 'an organization’s headquarters in a place: "the Velmar Group’s headquarters in Oslo"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { possessive: true, entity: ['Organization'] }, as: 'owner' },
      { phrase: { head: HEADQUARTERS_NOUNS } },
      { phrase: { under: ['in'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'owner',
    target: 'place',
    examples: [
      ['Police raided the Velmar Group’s headquarters in Oslo.', ['Velmar Group LOCATED_IN Oslo']],
      ['Police raided the headquarters in Oslo.', []],
    ],
  },
  {
    id: 'named-headquarters-in',
    description:
      'an organization’s headquarters named with it, in a place: "run out of Velmar Group headquarters in Oslo"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { head: HEADQUARTERS_NOUNS, contains: [{ name: true, as: 'owner' }, { lower: HEADQUARTERS_NOUNS }] } },
      { phrase: { under: ['in'], entity: ['Location'] }, as: 'place' },
    ],
    source: 'owner',
    target: 'place',
    examples: [
      ['The raid was run out of Velmar Group headquarters in Oslo.', ['Velmar Group LOCATED_IN Oslo']],
      ['The raid was run out of the headquarters in Oslo.', []],
    ],
  },
  {
    id: 'place-comma-region',
    description: 'a place, a comma, and the larger place it is in: "Bergen, western Norway"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], under: [null, 'in', 'at', 'near', 'from', 'to'] }, as: 'inner' },
      { word: [','] },
      { phrase: { entity: ['Location'], apposition: true, under: [null] }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['The ship docked in Bergen, western Norway, on Friday.', ['Bergen LOCATED_IN Norway']],
      ['Delegates from Norway, Chile and Peru met.', []],
    ],
  },
  {
    id: 'settlements-of',
    description:
      'names listed before a plural place noun, "of" the place they are in: "the Dornik and Vell villages of Lorton’s Ash township"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { head: SETTLEMENT_PLURALS, entity: ['Location'] }, as: 'inner' },
      { phrase: { under: ['of'], possessive: true }, optional: true },
      { phrase: { under: ['of'], entity: ['Location'], possessive: false }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      [
        'Troops seized the camp near Dornik and Vellby villages of Lorton township.',
        ['Dornik LOCATED_IN Lorton township', 'Vellby LOCATED_IN Lorton township'],
      ],
      ['Troops seized the camp near the villages of Lorton township.', []],
    ],
  },
  {
    id: 'possessed-settlement-of',
    description: 'a kind of place of a possessor, then its name: "Yemen’s oil-rich province of Marib"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], possessive: true }, as: 'outer' },
      { phrase: { head: SETTLEMENT_NOUNS } },
      { phrase: { under: ['of'], entity: ['Location'] }, as: 'inner' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Airstrikes hit Yemen’s oil-rich province of Marib.', ['Marib LOCATED_IN Yemen']],
      ['Airstrikes hit Yemen’s province, the home of Ivan Dorn.', []],
    ],
  },
  {
    id: 'place-in-part-of',
    description: 'a place in a part of a larger one by the compass: "Balama in the southwest of Cabo Delgado"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'] }, as: 'inner' },
      // The tagger often calls the compass word an adjective or adverb: found by the word, not the head.
      { phrase: { contains: [{ lower: COMPASS_NOUNS }], under: ['in'] } },
      { phrase: { under: ['of'], entity: ['Location'] }, as: 'outer' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['Attacks spread from Dornik in the southwest of Norway.', ['Dornik LOCATED_IN Norway']],
      ['Attacks spread from Dornik in the spring of 2020.', []],
    ],
  },
  {
    id: 'places-in-including',
    description: 'places in a larger one, then some of them: "towns in the Vell province, including Dornik and Lorby"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { head: SETTLEMENT_PLURALS } },
      { phrase: { under: ['in', 'of', 'across'], entity: ['Location'], possessive: false }, as: 'outer' },
      { word: [','], optional: true },
      { verb: { head: ['including'] } },
      { phrase: { under: [null], entity: ['Location'] }, as: 'inner' },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      [
        'Jets struck towns in Norway, including Bergen and Stavanger.',
        ['Bergen LOCATED_IN Norway', 'Stavanger LOCATED_IN Norway'],
      ],
      ['Jets struck towns in Norway, including a school.', []],
    ],
  },
  {
    id: 'company-apposition-possessed',
    description: 'a company renamed as a place’s company by its trade: "Velmar, Norway’s second-biggest brewer"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Organization'] }, as: 'company' },
      { word: [')'], optional: true },
      { word: [','] },
      { phrase: { entity: ['Location'], possessive: true }, as: 'place' },
      { phrase: { head: COMPANY_NOUNS } },
    ],
    source: 'company',
    target: 'place',
    examples: [
      ['Velmar Group, Norway’s second-biggest brewer, raised prices.', ['Velmar Group LOCATED_IN Norway']],
      ['Velmar Group, Norway’s rival, raised prices.', []],
    ],
  },
  {
    id: 'place-company-named',
    description: 'a company named after its place and trade: "the Oslo state investment firm Velmar Holdings"',
    type: 'LOCATED_IN',
    pattern: [
      {
        phrase: {
          contains: [
            { name: true, as: 'place' },
            { common: true, op: '*' },
            { lower: COMPANY_NOUNS },
            { name: true, as: 'company' },
          ],
        },
      },
    ],
    source: 'company',
    target: 'place',
    examples: [
      ['Shares are held by the Oslo state investment firm Velmar Holdings.', ['Velmar Holdings LOCATED_IN Oslo']],
      ['Shares are held by the investment firm Velmar Holdings.', []],
    ],
  },
  {
    id: 'place-comma-named-capital',
    description: 'a place renamed as the capital of one named before the word: "Jos, the Plateau State capital,"',
    type: 'LOCATED_IN',
    pattern: [
      { phrase: { entity: ['Location'], possessive: false }, as: 'inner' },
      { word: [','] },
      {
        phrase: {
          head: ['capital'],
          apposition: true,
          contains: [{ name: true, as: 'outer' }, { common: true, op: '*' }, { lower: ['capital'] }],
        },
      },
    ],
    source: 'inner',
    target: 'outer',
    examples: [
      ['A court in Dornik, the Vell State capital, ruled on Monday.', ['Dornik LOCATED_IN Vell State']],
      ['A court in Dornik, the capital, ruled on Monday.', []],
    ],
  },
];
