// The HTTP API between the server (src/server/) and the explorer (src/explorer/): one definition for both sides.
import type { Curation, CurationAction } from './curation.ts';
import type { Evidence } from './graph.ts';
import type { EntityType } from './vocabulary.ts';

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** A node found anywhere in a result (a column, a list, a map or a path). */
export interface ResultNode {
  /** The entity's `id` property when it has one (graph key, e.g. "person:mark-galeotti"), else the store's element id. */
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ResultEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface CypherResponse {
  columns: string[];
  /** Values as JSON: nodes, relationships and paths as plain objects, integers as numbers where safe. */
  rows: unknown[][];
  graph: { nodes: ResultNode[]; edges: ResultEdge[] };
  /** True when the row cap cut the result. */
  truncated: boolean;
  elapsedMs: number;
}

/** Every error response: a plain message, a stable code, and the query position for syntax errors. */
export interface ApiError {
  error: string;
  code:
    | 'SYNTAX_ERROR'
    | 'READ_ONLY'
    | 'TIMEOUT'
    | 'BAD_REQUEST'
    | 'TOO_LARGE'
    | 'NOT_FOUND'
    | 'STORE_UNAVAILABLE'
    | 'TOO_MANY_REQUESTS'
    | 'FORBIDDEN'
    | 'INTERNAL';
  position?: { offset: number; line: number; column: number };
}

/** GET /api/status. */
export interface StatusResponse {
  store: 'grafeo' | 'neo4j';
  description: string;
  /** The store's own generation (the embedded store's file), null on Neo4j. */
  version: string | null;
  /** Changes whenever a load or an extraction changed what is served: a page that sees it change reloads. */
  generation: string;
  limits: { timeoutMs: number; maxRows: number; maxBodyBytes: number };
}

export interface SchemaResponse {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
  /** Which labels each relationship type joins, the supertype Entity left out. Neo4j's come from its count store
   * (db.schema.visualization): every start label of a type with every end label, so a pair may never occur. */
  patterns: { from: string; type: string; to: string }[];
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface EntityRelation {
  type: string;
  direction: 'out' | 'in';
  other: EntitySummary;
  evidence: Evidence[];
}

export interface EntityResponse {
  entity: EntitySummary & { mentions: number; documents: string[] };
  relations: EntityRelation[];
  documents: { id: string; title: string; source: string | null; published: string | null }[];
}

export interface SearchResponse {
  results: (EntitySummary & { matched: string })[];
}

/** The rebuild a curation action starts: extract, then load, in the background. */
export interface CurationJob {
  state: 'idle' | 'running' | 'done' | 'failed';
  /** The step running or the last one: "extracting", "loading". */
  step: string | null;
  /** Steps done of all, for a progress bar. */
  done: number;
  total: number;
  /** What went wrong (the step's last lines of output), when failed. */
  message: string | null;
  /** Counts finished rebuilds: the page reloads when it passes the one its action started. */
  finished: number;
}

/** GET /api/curation: only the local server answers it (loopback clients, pages of its own origin). */
export interface CurationStatus {
  /** Sent back with every POST /api/curation: a new one each start of the server. */
  token: string;
  curation: Curation;
  job: CurationJob;
  /** Actions that undo can take back (this server's run only). */
  undoable: number;
}

/** POST /api/curation: one action, or taking the last one back. */
export type CurationRequest = { token: string } & ({ action: CurationAction } | { undo: true });
