// Words that state a relation between the clause's subject and the name that follows them.
import type { EntityType, RelationType } from '../../model/vocabulary.ts';
import { CONTROL_HOLDING_WORDS } from '../gazetteers/relationWords.ts';
import { verbForms } from './verbForms.ts';

export interface Trigger {
  /** The table row it comes from: recorded on each relation as "trigger:<id>". */
  id: string;
  /** Tried in order; the first whose argument types fit the names found is stated ("runs": LEADS for a person). */
  types: RelationType[];
  /** Lowercased token sequence. */
  words: string[];
  /** A verb: not after a determiner ("the fighting in Darfur" is a noun) and may be passive ("was banned by"). */
  verb?: boolean;
  /** The name after the trigger is the source and the subject the target ("under the command of X"). */
  reverse?: boolean;
  /** A noun whose possessor is the subject ("the group’s actions in Belgorod"). */
  possessed?: boolean;
  /** Only after one of these words within a few tokens ("fighting for Ukraine and against Putin"). */
  after?: string[];
  /** Only when one of these words follows the object ("to see Putin’s regime fall"). */
  objectThen?: string[];
  /** An action that happens somewhere: its place phrases, or the place a "where" clause is about, give ACTIVE_IN. */
  placed?: boolean;
  /** Not its -ing form: "groups including X" lists examples, "the alliance includes X" states a part. */
  finite?: boolean;
  /** The object is the phrase after the trigger, not one it leads to: "acquired more shares of X" buys no X. */
  direct?: boolean;
  /** Only an action done, not one wanted or agreed to ("agreed to buy X"): not an infinitive. */
  done?: boolean;
  /** Only between entities of these types ("accused X of": not between governments, whose accusations are rhetoric). */
  parties?: readonly EntityType[];
  /**
   * A noun that says what the subject is: only in apposition, after a copula or "as" ("X, a member of Y", "X is a
   * member of Y", "as part of Y"); "X met members of Y" says nothing of X.
   */
  predicative?: boolean;
}

type Options = Omit<Trigger, 'id' | 'types' | 'words'>;

/** Words a few tokens before "part of" that make it a statement of membership ("is", "X, part of Y"). */
const PART_OF_COPULAS = [
  ',',
  '—',
  '–',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'became',
  'become',
  'becomes',
  'remain',
  'remains',
  'remained',
  'form',
  'forms',
  'formed',
  'now',
  'also',
];

const FIGHT = [
  ...['fight', 'struggle', 'battle', 'rise', 'wage', 'campaign', 'rebel', 'protest', 'mobilize', 'turn'].flatMap(
    verbForms,
  ),
  ...[
    'rose',
    'war',
    'wars',
    'operation',
    'operations',
    'offensive',
    'offensives',
    'attack',
    'attacks',
    'strikes',
    'insurgency',
    'uprising',
    'rebellion',
    'mutiny',
    'coup',
    'resistance',
    'crackdown',
    'clashes',
    'raids',
    'campaign',
    // "a firm stance against X", "a critical force against X", "chanting slogans against X".
    'stance',
    'force',
    'slogans',
  ],
];

/** Rows: id, relation types, phrases. Verb entries expand to every form of their first word ("seize control of" -> seized control of, ...). */
const table: [string, RelationType[], string, Options?][] = [
  [
    'leads-verb',
    ['LEADS', 'CONTROLS'],
    'lead|head|run|found|command|chair|manage|preside over|helm|spearhead|take the helm of|take over the helm of|rule|take charge of',
    { verb: true },
  ],
  ['leads-phrase', ['LEADS'], 'in charge of|at the helm of|co-founded|co-founder of'],
  ['spoke-to-verb', ['SPOKE_TO'], 'tell|speak to|speak with|talk to|talk with|confirm to|write in', { verb: true }],
  ['spoke-to-phrase', ['SPOKE_TO'], 'said to|in an interview with|interview with|said in a statement to'],
  ['spokesperson-verb', ['SPOKESPERSON_FOR'], 'speak for|speak on behalf of', { verb: true }],
  // Working for, and employing: "X works for Y", "Y hired X", "X was recruited by Y". A dismissal states the
  // employment it ends, as "the former head of Y" states the role: the graph keeps no time.
  ['works-for-verb', ['WORKS_FOR'], 'work for|work at|consult for', { verb: true }],
  ['employs-verb', ['WORKS_FOR'], 'employ|hire|recruit|dismiss|sack', { verb: true, reverse: true }],
  [
    'member-verb',
    ['MEMBER_OF', 'PART_OF'],
    'belong to|join|serve in|enlist in|serve on|sit on|quit|defect from|defect to',
    { verb: true },
  ],
  // "X fought for the Example Brigade"; not for a country ("fought for Ukraine" is no membership).
  ['fights-for', ['MEMBER_OF'], 'fight for', { verb: true, parties: ['Person', 'Organization'] }],
  ['expelled-from', ['MEMBER_OF'], 'expelled from|ousted from|suspended from'],
  // "The alliance includes X and Y": what is included is part of the subject.
  [
    'includes-verb',
    ['PART_OF', 'MEMBER_OF'],
    'include|comprise|bring together',
    { verb: true, reverse: true, finite: true, parties: ['Person', 'Organization'] },
  ],
  ['member-phrase', ['MEMBER_OF', 'PART_OF'], 'member of|members of|fighter with|fighters with', { predicative: true }],
  // Being part of: "X is part of Y", "X, part of Y", "X became part of Y"; not "took a part of Y’s land".
  ['part-of-copula', ['MEMBER_OF', 'PART_OF'], 'a part of|part of', { after: PART_OF_COPULAS }],
  ['merged-into', ['PART_OF'], 'merge into|fold into|absorb into|incorporate into', { verb: true }],
  // What a group absorbs becomes part of it: "the Example Front absorbed the Lorton Brigade".
  ['absorbs-verb', ['PART_OF'], 'absorb|subsume', { verb: true, reverse: true, parties: ['Organization'] }],
  // Taking orders from a body is being under its control: "the brigade answers to the Front".
  [
    'answers-to',
    ['CONTROLS'],
    'answer to|take orders from|take its orders from|take their orders from',
    { verb: true, reverse: true },
  ],
  ['part-of-phrase', ['PART_OF'], 'within the ranks of|in the ranks of|ranks of|subordinate to|integrated into'],
  // A unit noun says what the subject is only as its predicate: "X, a subsidiary of Y", "X is a wing of Y"; "Z
  // agreed to buy the beer division of Y" and "said the entities, a subsidiary of Y" say nothing of Z.
  [
    'part-noun',
    ['PART_OF'],
    'branch of|wing of|unit of|division of|arm of|affiliate of|subsidiary of|offshoot of',
    { predicative: true },
  ],
  [
    'allied-verb',
    ['ALLIED_WITH'],
    'ally with|team up with|join forces with|work with|cooperate with|collaborate with|partner with',
    { verb: true },
  ],
  // Taking a side: allies between groups and states; a person who sides with someone supports them.
  ['sides-with', ['ALLIED_WITH', 'SUPPORTS'], 'side with|align with|stand with', { verb: true }],
  [
    'allied-phrase',
    ['ALLIED_WITH'],
    'alongside|in tandem with|together with|in alliance with|in cooperation with|side by side with|ally of|allies of|in coalition with|in concert with|in collaboration with|in partnership with|in league with|in conjunction with|in coordination with|jointly with',
  ],
  ['fight-against', ['OPPOSES'], 'against', { after: FIGHT }],
  [
    'opposes-verb',
    ['OPPOSES'],
    'topple|overthrow|oppose|condemn|denounce|criticize|criticise|blame|resist|defeat|beat|confront|oust|depose|rout|repel|repulse|expel|drive out|threaten|crush|destroy|eliminate|dissolve|suspend|block|assassinate|murder|kidnap|abduct|behead|undermine|harass|challenge|intimidate|persecute',
    { verb: true },
  ],
  // Law enforcement against people and groups, not states: "police arrested X", "prosecutors charged X with".
  [
    'arrests-verb',
    ['OPPOSES'],
    'arrest|detain|indict|convict|sentence|jail|extradite|investigate|probe',
    { verb: true, parties: ['Person', 'Organization'] },
  ],
  // "Mali cut diplomatic ties with X", "severed relations with X".
  [
    'cuts-ties',
    ['OPPOSES'],
    'cut ties with|cut diplomatic ties with|sever ties with|sever diplomatic ties with|break off relations with|break off ties with|cut relations with|sever relations with',
    { verb: true },
  ],
  ['charges-verb', ['OPPOSES'], 'charge', { verb: true, objectThen: ['with'], parties: ['Person', 'Organization'] }],
  // Fighting happens somewhere: "fought the government for years in X", "clashed with Y near X".
  ['fights-verb', ['OPPOSES'], 'fight|battle|clash with', { verb: true, placed: true }],
  // Between people and organizations: governments accusing governments is diplomacy, not a stated opposition.
  ['accuses-verb', ['OPPOSES'], 'accuse', { verb: true, objectThen: ['of'], parties: ['Person', 'Organization'] }],
  ['war-with', ['OPPOSES'], 'war with|at war with|clashes with|fighting between'],
  [
    'exchange-fire',
    ['OPPOSES'],
    'trade fire with|exchange fire with|trade blows with|wage war on|wage war against|declare war on',
    { verb: true },
  ],
  [
    'see-fall',
    ['OPPOSES'],
    'see|seeing',
    { objectThen: ['fall', 'collapse', 'end', 'toppled', 'overthrown', 'defeated', 'fail', 'ousted'] },
  ],
  [
    'supports-verb',
    ['SUPPORTS'],
    'encourage|arm|fund|finance|back|support|endorse|help|supply|sponsor|train|equip|aid|assist|bankroll|bolster|prop up|shore up',
    { verb: true },
  ],
  [
    'supports-phrase',
    ['SUPPORTS'],
    'provided weapons to|sent weapons to|military aid to|in support of|on behalf of|to the aid of|to the defence of|to the defense of|in defence of|in defense of',
  ],
  // Approving of someone: "praised X", "welcomed the victories of X".
  ['praises-verb', ['SUPPORTS'], 'praise|hail|congratulate|welcome|vote for', { verb: true }],
  ['controls-verb', ['CONTROLS'], 'control|direct|oversee|own', { verb: true }],
  // A company bought is controlled by its buyer; between people and organizations only ("Norway bought jets").
  [
    'acquires-verb',
    ['CONTROLS'],
    'acquire|buy|purchase|take over|snap up',
    { verb: true, done: true, direct: true, parties: ['Person', 'Organization'] },
  ],
  // Holding or fighting for control of a place is being active there; of a company, controlling it. Not "lost control of".
  ['control-of', ['ACTIVE_IN', 'CONTROLS'], 'control of|control over', { after: CONTROL_HOLDING_WORDS }],
  // "Luuq had been under the control of X": a place under a group's control is where it is active.
  [
    'under-command',
    ['CONTROLS', 'ACTIVE_IN'],
    'under the command of|under the direction of|under the control of|under the orders of|on the orders of|answerable to',
    { reverse: true },
  ],
  ['banned-verb', ['BANNED'], 'ban|outlaw|designate|proscribe|blacklist', { verb: true }],
  [
    'attack-verb',
    ['ACTIVE_IN', 'OPPOSES'],
    'attack|raid|storm|invade|shell|strike|bomb|besiege|encircle|ambush|hit|target|fire at|fire on|fire into|kill|massacre|commit atrocities|commit abuses|commit crimes',
    { verb: true, placed: true },
  ],
  // What is launched or carried out is an event, not a side: "conducted an operation dubbed X" opposes no X.
  ['conduct-verb', ['ACTIVE_IN'], 'carry out|launch|conduct', { verb: true, placed: true }],
  [
    'active-in-verb',
    ['ACTIVE_IN'],
    'penetrate|enter|capture|seize|occupy|take|overrun|recapture|retake|liberate|withdraw from|advance on|advance into|sweep into|push into|cross into|deploy to|deploy in|march on|patrol|operate in|fight in|smuggle|traffic|expand into|spread into|spread to|extend into',
    { verb: true, placed: true },
  ],
  // Where a group began is where it is active: "the gang originated in Los Angeles".
  ['originated-in', ['ACTIVE_IN'], 'originate in|emerge in|take root in', { verb: true }],
  [
    'active-in-phrase',
    ['ACTIVE_IN'],
    'active in|present in|incursion into|raid on|raid into|offensive in|offensive on|presence in|stationed in',
  ],
  [
    'possessed-event',
    ['ACTIVE_IN', 'OPPOSES'],
    'action in|actions in|operation in|operations in|raid in|raid on|attack on|attacks on|incursion into|activities in|presence in|offensive on|offensive against|capture of|advance on|assault on|war against|war with|fight against|campaign against|invasion of|occupation of|annexation of|siege of|blockade of|bombing of|shelling of',
    { possessed: true },
  ],
  ['located-in-phrase', ['LOCATED_IN'], 'based in|headquartered in|located in|situated in'],
  ['lies-in-verb', ['LOCATED_IN'], 'lie in', { verb: true }],
  // With no place after it, only a "where" clause gives the place: "the town, where its headquarters is located".
  ['located-verb', ['LOCATED_IN'], 'locate|base|headquarter|situate', { verb: true }],
];

function expand(phrase: string, verb: boolean, finite: boolean): string[][] {
  const [head, ...rest] = phrase.split(' ');
  const forms = verb ? verbForms(head).filter((form) => !finite || !form.endsWith('ing')) : [head];
  return forms.map((form) => [form, ...rest]);
}

export const TRIGGERS: Trigger[] = table.flatMap(([id, types, phrases, options]) =>
  phrases
    .split('|')
    .flatMap((phrase) =>
      expand(phrase, !!options?.verb, !!options?.finite).map((words) => ({ id, types, words, ...options })),
    ),
);

/** Triggers by first word, longest first. */
export const TRIGGERS_BY_WORD = new Map<string, Trigger[]>();
for (const trigger of TRIGGERS) {
  const list = TRIGGERS_BY_WORD.get(trigger.words[0]) ?? [];
  list.push(trigger);
  list.sort((a, b) => b.words.length - a.words.length);
  TRIGGERS_BY_WORD.set(trigger.words[0], list);
}
