// Relation rules as data: a pattern over a sentence's phrases and verb groups, and which matched parts the
// relation joins. The model is spaCy's Matcher, with chunks where it has tokens; one matcher runs them all.
import type { EntityType, RelationType } from '../../../model/vocabulary.ts';
import type { Voice } from '../../structure/index.ts';

/** One token inside a phrase, in the manner of a spaCy token pattern. */
export interface TokenTest {
  /** The lowercased token is one of these. */
  lower?: readonly string[];
  /** The lowercased token starts with one of these ("pro-" in "pro-Western"); the rest names the argument. */
  prefix?: readonly string[];
  /** The lowercased token ends with one of these ("-funded" in "Russian-funded"); the rest names the argument. */
  suffix?: readonly string[];
  /** A name (also one used as a modifier: "Kremlin" in "Kremlin-backed"); `as` captures it. */
  name?: true;
  /** A lowercase word that names nothing ("law", "enforcement" in "the EU law enforcement agency X"). */
  common?: true;
  /** `'*'`: the test matches any number of tokens in a row, none included (spaCy's `{"OP": "*"}`). */
  op?: '*';
  /** Names the captured argument (a name, or the rest of a prefixed word). */
  as?: string;
}

export interface PhraseTest {
  /** The head's lowercased word is one of these. */
  head?: readonly string[];
  /** The preposition the phrase stands under; `null` in the list: none ("told Example Radio"). */
  under?: readonly (string | null)[];
  /** The phrase names an entity of one of these types (its head name, or the name it is in apposition with). */
  entity?: readonly EntityType[];
  /** A token sequence somewhere in the phrase ("Kremlin", "-", "backed"). */
  contains?: readonly TokenTest[];
  /** The verb before the phrase states it: not "requires cooperation between A and B" (isAssertedPhrase). */
  asserted?: true;
  /** The phrase ends in a possessive ("Kherson’s"). */
  possessive?: boolean;
  /** The phrase renames the one before it, set off by a comma ("Kobe, western Japan"). */
  apposition?: boolean;
  /**
   * The phrase ends with a name its head word is part of: "the Vell region" names the region; "the Vell region city"
   * is a city of it.
   */
  endsInName?: boolean;
}

export interface VerbTest {
  /** Lowercased forms of the main verb. */
  head: readonly string[];
  voice?: Voice;
}

/**
 * A step matches one chunk: a noun phrase (with its preposition), a verb group, or a single other token; `skip`
 * lets the next step start up to that many chunks later (spaCy's `{"OP": "*"}` wildcard, kept short).
 */
export type Step = ({ phrase: PhraseTest } | { verb: VerbTest } | { word: readonly string[] } | { skip: number }) & {
  /** Names the chunk, for the source and target roles. */
  as?: string;
  /** The step may be skipped. */
  optional?: true;
};

/** An optional short form in parentheses after a name: "the Example Institute (EI)". */
export const SHORT_FORM: readonly Step[] = [
  { word: ['('], optional: true },
  { phrase: { apposition: true }, optional: true },
  { word: [')'], optional: true },
];

/**
 * Who a role stands for: a captured name or phrase (by its `as`), the subject of the clause the match is in
 * ("subject"), or the owner of an event phrase ("owner:<as>": its possessor, its "by" agent, or the subject of
 * the verb that launched it: "forces launched an attack on X"), or the sanctioning body the document names
 * last ("sanctioner": "… were designated" after "the Treasury imposed sanctions"), or that of the bulleted
 * sanctions list the sentence is an item of ("list-sanctioner").
 */
export type Role = string;

/** A sentence the rule reads, with the relations it must state there ("A TYPE B"); none for a negative example. */
export type Example = [text: string, relations: string[]];

export interface PatternRule {
  id: string;
  description: string;
  /** Tried in order; the first whose argument types fit is stated. */
  type: RelationType | RelationType[];
  pattern: readonly Step[];
  source: Role;
  target: Role;
  examples: Example[];
}
