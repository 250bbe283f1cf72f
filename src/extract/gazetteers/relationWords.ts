// Word lists the pattern rules (extract/relations/patterns/) read: general English, no names.
import type { RelationType } from '../../model/vocabulary.ts';
import { verbForms } from '../relations/verbForms.ts';
import { wordList } from './lists.ts';
import { ROLE_RELATIONS } from './people.ts';

const forms = (verbs: string): string[] => wordList(verbs).flatMap(verbForms);

/** Stance prefixes on a name: "pro-Western", "anti-Kremlin". */
export const PRO_PREFIXES = ['pro-', 'pro‑'];
export const ANTI_PREFIXES = ['anti-', 'anti‑'];

/** "Kremlin-backed", "Iran-funded": the name supports the group the phrase describes. */
export const BACKED_WORDS = wordList(`backed funded sponsored supported armed financed trained equipped`);
/** "Moscow-aligned", "Kremlin-friendly": the group supports the name. */
export const ALIGNED_WORDS = wordList(`aligned leaning friendly loyal oriented`);

/** Nouns for one who opposes someone: "X, a fierce critic of Y", "Kremlin critic X", "X is a rival of Y". */
export const OPPONENT_NOUNS = wordList(`critic critics opponent opponents rival rivals archrival arch-rival foe foes
  adversary adversaries enemy enemies nemesis challenger detractor detractors`);
/** Nouns for one who backs someone: "X, a key backer of Y", "Putin ally X"; an ally of a group is allied with it. */
export const SUPPORTER_NOUNS = wordList(`supporter supporters backer backers sponsor sponsors patron patrons champion
  defender loyalist loyalists`);
/** "loyal to X", "faithful to X". */
export const LOYAL_WORDS = wordList(`loyal faithful`);
/** "voiced support for X", "pledged its backing to X": whoever expresses the support gives it. */
export const EXPRESSING_VERBS = forms(`voice express pledge offer promise declare reaffirm reiterate announce lend give
  provide extend show signal throw`).concat(['lent', 'gave', 'given', 'threw', 'thrown', 'shown']);
/** What a side gives another: "receives funding from X", "got weapons from X". */
export const AID_NOUNS = wordList(`support backing help aid assistance funding funds money financing weapons arms
  training equipment supplies`);
export const RECEIVING_VERBS = forms(`receive get obtain accept`).concat(['got', 'gotten']);
/** "formed an alliance with X", "forged a coalition". */
export const ALLIANCE_NOUNS = wordList(`alliance alliances coalition partnership`);
/** "coordination between A and B", "a partnership between A and B": working together makes allies (FORMAT.md). */
export const COOPERATION_NOUNS = wordList(
  `cooperation co-operation coordination collaboration partnership alliance venture joint-venture`,
);
export const FORMING_VERBS = forms(`form forge build create enter seal strike announce sign`).concat([
  'built',
  'struck',
]);
/** "signed a defence pact with X": a pact of mutual defence makes allies, a trade deal does not. */
export const PACT_NOUNS = wordList(`pact pacts treaty treaties`);
export const DEFENCE_WORDS = wordList(`defence defense military security mutual`);
/** "X has close ties to Y", "links with Y": groups with ties are allies. */
export const TIE_NOUNS = wordList(`ties links connections`);
export const HAVING_VERBS = forms(`have maintain keep forge`).concat(['has', 'had', 'kept']);
/** "X-linked", "X-affiliated": the group is allied with X. */
export const LINKED_WORDS = wordList(`linked affiliated allied`);
/** Words that make a label a terrorist one: "designated a terrorist group", "listed as a terror organisation". */
export const TERROR_WORDS = wordList(`terrorist terror terrorists extremist`);
/** Verbs that label a group: "designated a terrorist group by X", "considered a terrorist organization by X". */
export const LABELLING_VERBS = forms(`designate list consider regard deem brand label classify declare`).concat([
  'labelled',
  'labelling',
]);
/** Participles of banning: "banned in X", "outlawed in X". */
export const BANNED_PARTICIPLES = wordList(`banned outlawed proscribed`);

/** Nouns for a side another uses to fight for it: "Y, a proxy of X", "X proxy Y": X supports Y. */
export const PROXY_NOUNS = wordList(`proxy proxies`);
/** "recognized X as the winner": recognizing someone backs their claim. */
export const RECOGNIZING_VERBS = forms(`recognize recognise`);
/** "X is close to Y": a person close to someone supports them. */
export const CLOSE_WORDS = wordList(`close closer closest`);
/** "launched missiles at Y", "fired rockets at Y": whoever fires at a side opposes it. */
export const FIRING_VERBS = forms(`launch fire`);
export const MUNITION_NOUNS = wordList(`missile missiles rocket rockets drone drones shell shells mortars bombs
  projectiles munitions salvo salvos barrage`);
/** "an investigation into X", "a probe of X": by whoever investigates. */
export const INVESTIGATION_NOUNS = wordList(`investigation investigations probe probes inquiry inquiries`);
export const OPENING_VERBS = forms(`open launch begin start conduct order`).concat(['began', 'begun']);

/** Events of fighting, and where they take place: "a raid on", "battles in", "an attack inside". */
export const EVENT_NOUNS = wordList(`raid raids attack attacks assault assaults strike strikes airstrike airstrikes
  battle battles fighting fight clashes clash offensive offensives incursion incursions shelling bombardment
  bombing bombings operation operations ambush ambushes push advance advances counteroffensive counter-offensive
  siege blockade occupation invasion presence deployment campaign campaigns insurgency crackdown footprint`);
export const EVENT_PLACE_PREPOSITIONS = wordList(
  `in on inside into near around outside across at against toward towards`,
);

/** What an attack is made on, standing in a place: "a raid on a military base in X", "an assault on a checkpoint in X". */
export const TARGET_NOUNS = wordList(`base bases checkpoint checkpoints camp camps outpost outposts post posts barracks
  convoy convoys position positions garrison installation installations facility facilities headquarters station
  prison airport airbase airfield`);
/** Attacking or taking a place head-on: "stormed the city of X", "seized X", "attacked X". */
export const ASSAULT_VERBS = forms(`storm raid attack shell bomb bombard besiege overrun capture seize recapture
  invade occupy surround encircle`).concat(['retake', 'retook', 'retaken', 'retaking']);
/** Quantities of events, which stand for the events: "a series of raids", "a wave of attacks". */
export const QUANTITY_NOUNS = wordList(`series wave string spate number round rounds campaign form package set raft
  batch`);
/** What a company runs somewhere, named with it: "the Example Systems businesses in Europe". */
export const BUSINESS_NOUNS = wordList(`business businesses plants factories mines subsidiaries`);
/** Running a business somewhere: "X operates a zircon business in Y". */
export const OPERATING_VERBS = forms(`operate`);

/** Movement and fighting verbs that place their subject somewhere: "broke through to", "pushed into". */
export const MOVEMENT_VERBS = forms(`break advance push move fight battle clash operate deploy pour storm
  penetrate infiltrate raid strike attack shell bomb sneak fire`).concat(['snuck']);
/** "holding positions near X", "took up positions around X", "dug in along the line at X". */
export const HOLDING_VERBS = forms(`hold take man keep maintain occupy establish defend dig`);
export const POSITION_NOUNS = wordList(`positions position ground lines line trenches outposts checkpoints foothold
  bridgehead defences defenses`);
export const MOVEMENT_PREPOSITIONS = wordList(`to into in inside on toward towards through near around`);

/** Nouns for an organization that is part of another, in apposition: "X, the main constituent of Y". */
export const PART_NOUNS = wordList(`constituent member part component affiliate branch wing arm unit subsidiary division
  faction offshoot chapter cell`);

/** Nouns for a whole made of organizations: "a coalition of parties such as A and B". */
export const COALITION_NOUNS = wordList(`coalition alliance federation confederation bloc umbrella`);

/** Nouns for one place inside another: "the village of A in B". */
export const SETTLEMENT_NOUNS = wordList(`village town city settlement hamlet district region province oblast
  county neighbourhood neighborhood suburb area municipality port`);

/** "said in an interview with", "told … in a statement to". */
export const INTERVIEW_NOUNS = wordList(`interview interviews conversation statement statements remarks comments
  briefing podcast call`);
export const SPEAKING_VERBS = forms(`say speak talk write confirm comment explain`);
/** Last words of bodies that are no media outlet: what one "told" is not the press ("told the Security Council"). */
export const NON_OUTLET_WORDS = new Set(
  wordList(`Court Council Committee Parliament Assembly Ministry Department Party Police Army Forces Commission Senate
  Congress Government Bank Brigade Front Corps Legion Battalion Regiment Office Cabinet Tribunal Appeals Board
  Authority Administration Court-Martial Group Movement Coalition Alliance`),
);
export const TELLING_VERBS = forms(`tell`);
/** "gave an interview to", "granted an interview with". */
export const GIVING_VERBS = forms(`give grant`);
/** What an outlet broadcasts or prints: "said on the Example Radio's morning programme". */
export const PROGRAMME_NOUNS = wordList(`programme program show broadcast podcast channel bulletin column pages`);

/**
 * Verbs that leave the action after them undone: "refused to join", "wants to lead", "denied being a member of",
 * "urged voters to join" (the infinitive's subject is someone else, whom the clause may not name).
 */
export const UNASSERTING_VERBS = new Set(
  forms(`refuse decline want hope plan seek try attempt threaten intend wish aim fail deny consider expect urge ask
  invite encourage persuade propose offer press call appeal implore pressure lobby push`).concat(['pressed', 'pushed']),
);
/** Verbs whose object is only wanted: "requires strong cooperation between A and B" states no cooperation. */
export const NEEDING_VERBS = new Set(forms(`require need demand`));
/** Of those, verbs of intent: "wants to overthrow X", "threatened to attack X" state a stance towards X all the same. */
export const INTENT_VERBS = new Set(forms(`want hope plan seek try attempt threaten intend wish aim`));
/** Modals that make the action only possible: "may join", "could lead". */
export const HEDGING_MODALS = new Set(wordList(`may might could`));

/** Founding: "founded the group", "was set up by", "a founding member of". */
export const FOUNDING_VERBS = wordList(`founded co-founded cofounded established created formed launched`);
export const FOUNDING_WORDS = wordList(`founding`);
/** "set up the group", "started up a firm": founding verbs with the particle "up". */
export const SETTING_UP_VERBS = forms(`set start`);

/** Conflict between two sides: "the war between A and B". */
export const CONFLICT_NOUNS = wordList(`war wars fighting conflict clashes clash battle battles hostilities feud rivalry
  dispute fight violence`);
/** Killing or seizing people somewhere: "ISWAP fighters killed five soldiers in X" (the killers were there). */
export const KILLING_VERBS = forms(`kill execute kidnap abduct massacre behead ambush`);
/** Falling in a fight: "soldiers were killed in clashes with X", "two fighters died in a battle with X". */
export const CASUALTY_VERBS = wordList(`killed wounded injured died hurt captured`);
/** "trading strikes", "exchanged fire": both sides of the subject oppose each other. */
export const RECIPROCAL_VERBS = forms(`trade exchange swap`);
export const RECIPROCAL_OBJECTS = wordList(`strikes fire blows attacks accusations threats barbs insults`);
/** Prosecuting and suing: the subject opposes the object. ("Accused" is left out: on real news it is mostly
 * rhetoric between governments, which annotators do not read as a stated relation.) */
export const ACCUSING_VERBS = forms(`arraign prosecute indict sue`);
export const LEGAL_ACTION_NOUNS = wordList(`action lawsuit lawsuits suit case cases complaint complaints charges
  proceedings litigation`);
/** "accused X of providing arms to Y", "sending troops to fight with Y": what is given or sent to a side. */
export const PROVIDING_VERBS = forms(`provide supply send give deliver ship transfer`);
/** What a side sends to fight for another: "sent soldiers to fight alongside Y". */
export const FORCE_NOUNS = wordList(`troops soldiers fighters forces mercenaries units militiamen volunteers`);
/** "sanctioned for the provision of services to Y": what the sanctioned gave. */
export const PROVISION_NOUNS = wordList(`provision supply supplying delivery`);
/** "the imposition of sanctions on X": an act whose doer imposes the sanctions. */
export const IMPOSITION_NOUNS = wordList(`imposition introduction`);
/** "received support from the government of X", "Poland's government": a government stands for its country. */
export const GOVERNMENT_NOUNS = wordList(`government authorities regime administration`);
/** Verbs whose object does what the "of" or "for" after it says: "accused X of backing Y", "praised X for helping". */
export const DOER_OBJECT_VERBS = forms(`accuse suspect convict blame criticize criticise condemn praise thank sanction
  punish fine`);
/** "arrested 11 leaders from X": law enforcement on a group's people opposes the group. */
export const ARRESTING_VERBS = forms(`arrest detain jail indict convict extradite apprehend nab`);
/** Sanctions: the subject bans what it sanctions. */
export const SANCTION_VERBS = forms(`sanction blacklist penalize penalise`);
export const SANCTION_NOUNS = wordList(`sanctions sanction ban bans embargo penalties`);
/** "The UK expanded sanctions": verbs whose subject imposes the sanctions they take (not "evaded sanctions"). */
export const IMPOSING_VERBS = forms(`impose expand widen extend announce unveil tighten slap levy introduce adopt
  approve broaden toughen step`);
export const LISTING_VERBS = forms(`list designate`);
/** "sanctions targeting X", "sanctions aimed at X". */
export const TARGETING_VERBS = [...forms(`target hit aim`), 'aimed'];
/** "added X to its sanctions list", "put X on a blacklist". */
export const ADDING_VERBS = forms(`add put place`);
export const BLACKLIST_NOUNS = wordList(`list blacklist lists blacklists register`);
export const BLACKLIST_QUALIFIERS = wordList(`sanctions sanction terror terrorist terrorism entity blacklist
  blacklists black designation designated banned proscribed`);
/** "froze the assets of X". */
export const FREEZING_VERBS = forms(`freeze seize block`).concat(['froze', 'frozen']);
export const ASSET_NOUNS = wordList(`assets asset funds accounts property properties holdings`);
/** "with the support of X". */
export const SUPPORT_NOUNS = wordList(`support backing help assistance aid blessing`);
/** "a controlling stake in X", "its majority holding in X": the holder controls the company. */
export const STAKE_NOUNS = wordList(`stake stakes holding holdings shareholding interest share`);
export const CONTROLLING_WORDS = wordList(`controlling majority`);
/** Buying something, as a noun: "the acquisition of a controlling stake in X". */
export const ACQUISITION_NOUNS = wordList(`acquisition purchase takeover`);
export const HOLDING_VERBS_FOR_STAKES = [
  ...forms(`have hold own acquire buy take keep retain secure`),
  'has',
  'had',
  'bought',
];
/** "conducted a joint operation", "carried out joint patrols": the sides that act jointly are allies. */
export const JOINT_WORDS = wordList(`joint`);
export const JOINT_ACTION_NOUNS = wordList(`operation operations raid raids patrol patrols exercise exercises
  investigation investigations probe offensive strikes mission missions`);
export const CONDUCTING_VERBS = [...forms(`conduct launch mount stage hold run`), 'carried', 'carry', 'carries'];
/** "joined together", "teamed up". */
export const JOINING_VERBS = forms(`join team band`);
/** "falls under the X Group": a part of it. */
export const UNDER_VERBS = forms(`fall come operate sit`);
/** Nouns for a kind of organization after its name: "the ANO party", "the Example cartel". */
export const ORGANIZATION_KIND_NOUNS =
  wordList(`party coalition alliance movement bloc faction campaign group company firm
  conglomerate empire network cartel gang militia syndicate outfit`);

/** Plural nouns for a group's people: "Example Front fighters", "300 Example Police officers". */
export const MEMBER_WORDS =
  wordList(`fighters forces troops militants soldiers units members militia militias officers agents
  police personnel mercenaries gunmen insurgents rebels guerrillas jihadists commandos paramilitaries`);
/** MEMBER_WORDS as a set, for the chunker, the phrase links and the relation rules alike. */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(MEMBER_WORDS);

/** Stopping an attack: "thwarted an attack by X", "repelled X's assault". */
export const REPELLING_VERBS = forms(`thwart repel repulse foil`);
/** Words before "control of" that hold or seek it: "maintain control of", "fighting for control of". */
export const CONTROL_HOLDING_WORDS = [
  ...forms(`maintain keep retain tighten gain wrest assume exert exercise vie`),
  ...wordList(`for full effective`),
];

/**
 * Role nouns beyond the titles of `people.ts`, by the relation they state between the holder and the organization:
 * party, gang and company roles as news words them ("Example Party lawmaker X", "the cartel’s boss", "its nominee").
 */
const MORE_ROLES: [RelationType, string][] = [
  ['LEADS', `boss kingpin capo godfather ringleader figurehead chieftain warlord headman co-chair co-leader`],
  [
    'MEMBER_OF',
    `candidate nominee legislator parliamentarian mp senator congressman congresswoman councillor councilor
    associate affiliate operative loyalist stalwart backbencher delegate insurgent gunman commando trooper trafficker`,
  ],
  ['WORKS_FOR', `staffer employee auditor accountant banker trader director-general`],
];

const ROLE_TYPES = new Map<string, RelationType>(ROLE_RELATIONS);
for (const [type, words] of MORE_ROLES)
  for (const word of wordList(words)) if (!ROLE_TYPES.has(word)) ROLE_TYPES.set(word, type);

/** "spokesman" -> "spokesmen", "deputy" -> "deputies", "boss" -> "bosses": the plural of a role's last word. */
function plural(role: string): string {
  if (role.endsWith('man')) return `${role.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(role)) return `${role.slice(0, -1)}ies`;
  return /(s|sh|ch|x)$/.test(role) ? `${role}es` : `${role}s`;
}

/** Roles in the plural, held by every person of a list: "Example Party members Ivan Dorn and Anna Kovic". */
const PLURAL_ROLES = new Set<string>();
for (const [role, type] of [...ROLE_TYPES]) {
  const many = plural(role);
  if (ROLE_TYPES.has(many) || role.endsWith('people')) continue;
  ROLE_TYPES.set(many, type);
  PLURAL_ROLES.add(many);
}

/** Every role noun (singular and plural, one or several words) with the relation it states. */
export const ROLE_NOUNS: ReadonlyMap<string, RelationType> = ROLE_TYPES;
/** The relation a role noun (one or several words, lowercased) states, if it is one. */
export const roleRelation = (role: string): RelationType | undefined => ROLE_TYPES.get(role);
/** Whether a role noun is a plural one ("members", "press secretaries"). */
export const isPluralRole = (role: string): boolean => PLURAL_ROLES.has(role);

/** Role nouns as word sequences by their first word, longest first ("press secretary" before "press"). */
export const ROLE_WORDS_BY_FIRST = new Map<string, string[][]>();
for (const role of ROLE_TYPES.keys()) {
  const words = role.split(' ');
  const list = ROLE_WORDS_BY_FIRST.get(words[0]) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  ROLE_WORDS_BY_FIRST.set(words[0], list);
}

/** Prepositions that give a role its organization: "commander of", "spokesman for", "professor at". */
export const ROLE_PREPOSITIONS = wordList(`of for at with to in within from under`);
/**
 * Prepositions that give a role only an organization, never a place: "a lawmaker from the Example Party", "a
 * prosecutor under the Example Directorate".
 */
export const ROLE_ORGANIZATION_PREPOSITIONS = wordList(`from under`);

/** Verbs that give a role to their object, or in the passive to their subject: "Y named X head", "X was named head". */
export const APPOINTING_VERBS = [...forms(`name appoint elect install nominate choose make`), 'chosen', 'made'];
/** Verbs whose subject holds the role after them: "X is the head of Y", "X was named leader of Y". */
export const ROLE_APPOINTING_VERBS = [
  ...wordList(`is was are were be been being remains remained became becomes become`),
  ...APPOINTING_VERBS,
  ...wordList(`serves served serving`),
];

/** Passives that say what their subject is: "X is considered a top leader of Y". */
export const ROLE_DESCRIBING_PASSIVES = wordList(`considered regarded seen described`);

/** Words before a leading role that make its holder second: "deputy head", "vice chairman". */
export const DEPUTY_WORDS = wordList(`deputy vice assistant associate second`);
