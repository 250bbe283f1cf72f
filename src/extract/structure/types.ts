// The shape of one sentence, computed once from parts of speech and the names found: what relation rules query.
// Token indices are into the document's token list; phrase, verb and clause indices are into this sentence's lists.

/** A noun phrase: "the commander", "Kremlin spokesman Dmitry Peskov", "pro-Western activists", "he". */
export interface NounPhrase {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** The token the phrase is about: its last noun, name or pronoun. */
  head: number;
  /** "the", "a", "its": the first token when it is a determiner or possessive pronoun. */
  determiner: number | null;
  /** Tokens between the determiner and the head: adjectives, nouns, hyphenated compounds ("Kremlin-backed"). */
  modifiers: number[];
  /** Titles before a person's name: "Gen.", "President", "Defence Minister". */
  titles: number[];
  /** First tokens of the names inside the phrase, in order; the head's name is the last when the head is a name. */
  names: number[];
  /** The phrase whose possessive ("Russia’s") this phrase follows: "Russia’s army" -> the army's possessor. */
  possessor: number | null;
  /** The preposition that governs the phrase ("in" for "in Bakhmut"), as a token index. */
  preposition: number | null;
  /** What a prepositional phrase modifies: a noun phrase ("the commander of X") or a verb group ("fought in X"). */
  attachedTo: { kind: 'phrase' | 'verb'; index: number } | null;
  /** The phrase this one renames, set off by commas or a parenthesis: "Ivan Petrov, the commander". */
  appositionOf: number | null;
  /** The first phrase of a coordination this one joins with "and", "or" or a comma: "the RVC and the Legion". */
  conjunctOf: number | null;
  clause: number;
}

export type Voice = 'active' | 'passive';
export type Tense = 'past' | 'present' | 'future' | 'modal';

/** A verb group: auxiliaries, negation, adverbs and the main verb ("has not been banned"). */
export interface VerbGroup {
  first: number;
  last: number;
  /** The main verb, or the auxiliary when there is none ("is" in "is a member"). */
  head: number;
  voice: Voice;
  tense: Tense;
  negated: boolean;
  /** "to fight": an infinitive with no tense of its own. */
  infinitive: boolean;
  /** "towards overthrowing", "by attacking": an -ing form right after a preposition, with no subject of its own. */
  afterPreposition: boolean;
  /** The verb group this one is coordinated after, sharing its subject: "said … and told the BBC". */
  coordinatedWith: number | null;
  clause: number;
}

export type ClauseKind = 'main' | 'relative' | 'complement' | 'adverbial';

/** A clause: a stretch with its own verb; relative clauses know the phrase they describe. */
export interface Clause {
  first: number;
  last: number;
  kind: ClauseKind;
  /** The phrase a relative clause describes ("Mark Galeotti, who heads …"). */
  antecedent: number | null;
  /** Its subject phrase, before its first verb (or after an inverted verb of saying: "…, said Ivan Petrov"). */
  subject: number | null;
  verbs: number[];
  /** The clause this one is inside, for relative, complement and adverbial clauses. */
  parent: number | null;
}

/** Words in quotation marks, with who said them when the sentence tells. */
export interface Quotation {
  /** Token range of the quoted words, inside the marks. */
  first: number;
  last: number;
  /** The phrase that speaks: the subject of the verb of saying before or after the quotation. */
  speaker: number | null;
}

export interface SentenceStructure {
  sentence: number;
  first: number;
  last: number;
  phrases: NounPhrase[];
  verbs: VerbGroup[];
  clauses: Clause[];
  quotations: Quotation[];
  /** Token index - first -> index of the phrase covering it, or -1. */
  phraseAt: Int32Array;
  /** Token index - first -> index of the verb group covering it, or -1. */
  verbAt: Int32Array;
}

/** What the chunker needs to know of the names found: the name span covering a token, and pronouns resolved. */
export interface StructureInput {
  nameAt: readonly ({ first: number; last: number } | undefined)[];
  isReference: (token: number) => boolean;
}
