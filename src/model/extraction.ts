// What extraction yields for one document: the input of cross-document resolution, and what the cache stores.
import type { LocalClaim } from './claims.ts';
import type { CleanDocument, MentionSpan, MergeReview } from './graph.ts';
import type { EntityType, RelationType } from './vocabulary.ts';

/** Keys by which the same entity is recognized in other documents. Names are normalized (see extract/names.ts). */
export interface EntityIdentity {
  /** Gazetteer id of a known entity ("country:Ukraine"). */
  known?: string;
  /** State institution as "kind:Country", or "kind:?" when the text does not say whose. */
  institution?: string;
  /** Normalized names of two or more words. */
  names: string[];
  /** Word bag of each multi-word name, for reordered variants. */
  bags: string[];
  /** Multi-word names without a leading demonym, with the country it named. */
  cores: { core: string; qualifier: string | null }[];
  /** Acronyms the document uses for it, and initials of its multi-word names. */
  acronyms: string[];
  initials: string[];
  /** A one-word name ("Legion", "Kapustin"): resolved against fuller names when unambiguous. */
  single?: string;
  /** Persons: given name and surname of the longest name. */
  given?: string;
  surname?: string;
}

export interface LocalEntity {
  /** Index in the document's entity list. */
  id: number;
  type: EntityType;
  label: string;
  aliases: string[];
  mentions: MentionSpan[];
  identity: EntityIdentity;
}

export interface LocalRelation {
  type: RelationType;
  source: number;
  target: number;
  /** The sentence that states it, as offsets into the document's cleaned text. */
  evidence: MentionSpan;
  /** Id of the rule that found it (see extract/relations/rules.ts). */
  rule: string;
}

/** A sentence that names two or more entities: the source of MENTIONED_WITH edges. */
export interface SharedSentence extends MentionSpan {
  /** Entity indices, ascending. */
  entities: number[];
}

export interface DocumentExtraction {
  document: CleanDocument;
  entities: LocalEntity[];
  relations: LocalRelation[];
  /** Sentences naming several entities (kept per sentence, not per pair: a long article has many pairs). */
  sharedSentences: SharedSentence[];
  /** Who said what, with entity indices into `entities`. */
  claims: LocalClaim[];
  /** Merges within the document that a person should confirm; `entity` and `alias` are labels here. */
  reviews: MergeReview[];
}
