// Words that state a relation between the clause's subject and the name that follows them.
import type { RelationType } from '../../model/vocabulary.ts';

export interface Trigger {
  type: RelationType;
  /** Lowercased token sequence. */
  words: string[];
  /** The first word must be tagged as a verb ("armed" in "armed the rebels", not in "armed gang"). */
  verb?: boolean;
  /** The name after the trigger is the source and the subject the target ("under the command of X"). */
  reverse?: boolean;
  /** A noun whose possessor is the subject ("the group’s actions in Belgorod"). */
  possessed?: boolean;
  /** Only after one of these words within a few tokens ("fighting for Ukraine and against Putin"). */
  after?: string[];
  /** Only when one of these words follows the object ("to see Putin’s regime fall"). */
  objectThen?: string[];
}

const FIGHT = [
  'fight',
  'fights',
  'fighting',
  'fought',
  'struggle',
  'struggling',
  'battle',
  'battling',
  'rise',
  'rising',
  'rose',
  'war',
  'campaign',
  'wage',
  'waging',
];

const table: [RelationType, string, Omit<Trigger, 'type' | 'words'>?][] = [
  ['LEADS', 'heads|runs|leads|led|founded|commands|chairs|directs|head|run|lead', { verb: true }],
  [
    'SPOKE_TO',
    'told|tells|tell|spoke to|speaking to|speaks to|talked to|talking to|said to|in an interview with|interview with',
  ],
  [
    'MEMBER_OF',
    'belonging to|belongs to|belong to|joined|member of|members of|fighter with|fighters with|fights for|serves in|served in|serving in',
  ],
  [
    'PART_OF',
    'part of|within|in the ranks of|ranks of|subordinate to|integrated into|branch of|wing of|unit of|division of|arm of',
  ],
  [
    'ALLIED_WITH',
    'alongside|in tandem with|allied with|together with|in alliance with|joined forces with|in cooperation with|side by side with|ally of|allies of',
  ],
  ['OPPOSES', 'against', { after: FIGHT }],
  [
    'OPPOSES',
    'topple|toppling|overthrow|overthrowing|oppose|opposes|opposed|opposing|condemned|condemns|denounced|denounces|defeat|defeating',
    { verb: true },
  ],
  ['OPPOSES', 'see|seeing', { objectThen: ['fall', 'collapse', 'end', 'toppled', 'overthrown', 'defeated', 'fail'] }],
  [
    'SUPPORTS',
    'encouraged|encouraging|encourages|armed|arms|arming|funded|funds|funding|financed|finances|backed|backs|backing|supports|supported|supporting|supplied|supplies|sponsored|sponsors|trained|trains|equipped|equips',
    { verb: true },
  ],
  ['CONTROLS', 'controls|controlled|controlling|commands|commanded|directs|directed|oversees|oversaw', { verb: true }],
  [
    'CONTROLS',
    'under the command of|under the direction of|under the control of|under the orders of|on the orders of|controlled by|directed by|commanded by',
    { reverse: true },
  ],
  ['BANNED', 'banned|bans|outlawed|outlaws|designated|proscribed|blacklisted', { verb: true }],
  [
    'ACTIVE_IN',
    'fighting in|fights in|fought in|fight in|operating in|operates in|operate in|operated in|active in|penetrated|raided|attacked|stormed|invaded|entered|shelled|struck|deployed in|deployed to|crossed into|incursion into|raid on|raid into',
  ],
  [
    'ACTIVE_IN',
    'action in|actions in|operation in|operations in|raid in|raid on|attack on|attacks on|incursion into|activities in|presence in',
    { possessed: true },
  ],
  ['LOCATED_IN', 'based in|headquartered in|located in|stationed in'],
];

export const TRIGGERS: Trigger[] = table.flatMap(([type, phrases, options]) =>
  phrases.split('|').map((phrase) => ({ type, words: phrase.split(' '), ...options })),
);

/** Triggers by first word, longest first. */
export const TRIGGERS_BY_WORD = new Map<string, Trigger[]>();
for (const trigger of TRIGGERS) {
  const list = TRIGGERS_BY_WORD.get(trigger.words[0]) ?? [];
  list.push(trigger);
  list.sort((a, b) => b.words.length - a.words.length);
  TRIGGERS_BY_WORD.set(trigger.words[0], list);
}
