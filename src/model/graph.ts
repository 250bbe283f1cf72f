// The graph format written to graph-data/graph.json: graphology's serialized MultiGraph with these attributes.
import type { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Claim } from './claims.ts';
import type { EdgeType, EntityType } from './vocabulary.ts';

/** Where a relation is stated. Offsets are UTF-16 indices into the document's cleaned text. */
export interface Evidence {
  document: string;
  text: string;
  start: number;
  end: number;
  /** Id of the extraction rule that stated it ("role", "trigger:told"); co-occurrence evidence is "same-sentence". */
  rule: string;
}

/** A place in a document's cleaned text where an entity is named. */
export interface MentionSpan {
  start: number;
  end: number;
}

export interface EntityAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  documents: string[];
  mentions: number;
  x: number;
  y: number;
  size: number;
}

export interface RelationAttributes {
  type: EdgeType;
  evidence: Evidence[];
  /** Typed relations: number of evidence sentences; MENTIONED_WITH: number of sentences shared. */
  weight: number;
}

/** What is known of a document besides its text. */
export interface DocumentMeta {
  /** The file name, relative to the input folder. */
  id: string;
  title: string;
  /** The outlet the text names as its source (e.g. "NBC News"), when it names one. */
  source: string | null;
  /** ISO date (YYYY-MM-DD) when the text gives one. */
  published: string | null;
  /** Who wrote it, as its byline or metadata gives it ("Jane Doe and John Roe"); absent in older graphs. */
  author?: string | null;
  words: number;
  /** Of the file's bytes: the extraction cache key. */
  sha256: string;
}

/** A document after reading and cleaning; every offset in the graph refers to `text`. */
export interface CleanDocument extends DocumentMeta {
  text: string;
}

/** A document as the graph keeps it, with where each entity is named so the explorer can highlight it. */
export interface DocumentRecord extends CleanDocument {
  /** Entity key -> spans of its mentions in `text`. */
  mentions: Record<string, MentionSpan[]>;
}

/** A merge the resolver was not sure of, kept for a human to confirm or undo in the curation file. */
export interface MergeReview {
  entity: string;
  alias: string;
  reason: string;
  /** 0..1; merges below the automatic threshold are not applied but listed as candidates. */
  confidence: number;
  applied: boolean;
  candidate?: string;
  /** A person kept this merge (curation "confirm"): shown, but no longer counted as to review. */
  confirmed?: boolean;
}

export interface GraphAttributes {
  name: string;
  documents: DocumentRecord[];
  reviews: MergeReview[];
  /**
   * Who said what, with entity keys. In memory a list beside the entity graph; graph.json writes each as a node
   * of type Claim with SAID and ABOUT edges (see graphFile.ts). Absent in older graphs.
   */
  claims?: Claim[];
}

export type KnowledgeGraph = MultiGraph<EntityAttributes, RelationAttributes, GraphAttributes>;
export type SerializedKnowledgeGraph = SerializedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;
