// Word lists for sanctions on lists of organizations, groups made of groups, and who holds which places
// (extract/relations/patterns/sanctions.ts, affiliation.ts, territory.ts): general English, no names.
import { verbForms } from '../relations/verbForms.ts';
import { wordList } from './lists.ts';

const forms = (verbs: string): string[] => wordList(verbs).flatMap(verbForms);

/** Passives that name what was sanctioned and leave out who did it: "A and B were designated". */
export const SANCTIONED_PASSIVES = wordList(`sanctioned designated blacklisted targeted`);
/** Words that make a phrase about sanctions: "the sanctions", "the newly sanctioned entities", "designated firms". */
export const SANCTION_MARKERS = wordList(`sanctions sanctioned designated blacklisted designations`);
/** Participles before an organization that mark it as sanctioned: "the sanctioned flag carrier X". */
export const SANCTIONED_MODIFIERS = wordList(`sanctioned blacklisted`);
/** "The Treasury designated A, B and C". */
export const DESIGNATING_VERBS = forms(`designate`);
/**
 * "the list includes A", "the coalition comprises A and B"; not the -ing form: "fought several groups, including X"
 * gives examples of the object, not the subject's parts.
 */
export const INCLUDING_VERBS = forms(`include comprise`).filter((form) => !form.endsWith('ing'));

/** "X is affiliated with Y", "X, a group associated with Y". */
export const AFFILIATED_WORDS = wordList(`affiliated associated`);

/** "the alliance is anchored by A and B", "made up of", "composed of": the parts after "by" or "of". */
export const MADE_OF_PASSIVES = wordList(`anchored composed comprised made formed`);

/** "ISIL-held towns", "the rebel-controlled city of X": the name holds the place. */
export const HELD_WORDS = wordList(`held controlled occupied dominated`);
/** "X was held by Y", "the city, controlled by Y": the agent holds the place. */
export const HOLDING_PASSIVES = wordList(`held controlled dominated occupied seized captured overrun retaken`);
/**
 * Places a side holds: "ISIL strongholds in X". Not "positions": "the military positions in X" and "their
 * positions in X" name sides the texts do not mean.
 */
export const STRONGHOLD_NOUNS = wordList(`stronghold strongholds bastion bastions outpost outposts enclave enclaves`);
/** "drove X out of Y", "chased X from Y", "forced X out of Y". */
export const EXPELLING_VERBS = forms(`drive chase push force expel oust kick flush rout`);
