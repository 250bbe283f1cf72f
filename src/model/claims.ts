// Who said what: a claim is words a document attributes to someone, quoted ("…," he said) or reported ("X said
// that …", "according to X, …"). One definition for the extraction (entity ids local to a document) and the graph
// (entity keys), the stores and the explorer.
import type { MentionSpan } from './graph.ts';

export const CLAIM_KINDS = ['direct', 'indirect'] as const;
/** Direct: the speaker's own words in quotation marks. Indirect: what the document reports they said. */
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_TYPE = 'Claim';
/** Speaker -> claim, and claim -> each entity it mentions. */
export const SAID = 'SAID';
export const ABOUT = 'ABOUT';
/** Document -> claim, in the stores. */
export const CONTAINS = 'CONTAINS';

/**
 * One claim. `Ref` is how entities are named: an index into the document's entities while extracting, an entity
 * key in the graph. Offsets are UTF-16 indices into the document's cleaned text, as for evidence.
 */
export interface Claim<Ref = string> {
  document: string;
  kind: ClaimKind;
  /** The words claimed, verbatim and without the quotation marks around them: `text === documentText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The sentence (or sentences, for a quote over several) the claim is read from. */
  sentence: MentionSpan;
  /** The words that attribute it: "said", "told", "according to", "denied"; null for a quotation no verb attributes. */
  cue: string | null;
  /** The outlet or channel it was said to, as written: "Reuters" in "told Reuters". */
  medium: string | null;
  /** Who said it, when the document tells and it is an entity. */
  speaker: Ref | null;
  /** The entities the claimed words name, the speaker left out. */
  about: Ref[];
}

export type LocalClaim = Claim<number>;

/** A claim's node key in graph.json: one claim per document and start offset. */
export const claimKey = (claim: Pick<Claim, 'document' | 'start'>): string => `claim:${claim.document}:${claim.start}`;
