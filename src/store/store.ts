// The two sides of a graph store: a writer for the loader and a read-only reader for the API.
// Both only run Cypher with parameters, so one loader and one set of statements serve every backend.
import type { GraphNode, StoreResult } from './values.ts';

export type StoreKind = 'grafeo' | 'neo4j';

export interface ReadOptions {
  /** The query is abandoned (and, where the store allows, stopped) after this long. */
  timeoutMs: number;
  /** At most this many rows are returned; `truncated` says whether there were more. */
  maxRows: number;
  /**
   * `lookup`: the server's own bounded statements (search, entity, schema), which never wait behind `query`: the
   * API user's Cypher, whose heavy queries are limited per client. Default `lookup`.
   */
  lane?: 'lookup' | 'query';
  /** Who asked (the client's address), for the per-client limit on heavy queries. */
  client?: string;
}

export interface StoreReader {
  readonly kind: StoreKind;
  /** One line for logs: the store and where it is. */
  describe(): string;
  /** Runs a read-only query; writes are refused with a READ_ONLY QueryError. */
  read(query: string, params: Record<string, unknown>, options: ReadOptions): Promise<StoreResult>;
  /**
   * The fewest hops between the entities with these ids over any relationship, as `shortestPathStatement` finds
   * them: columns `p` and `hops`, one row, or none when no path has at most `maxHops` relationships or an id is
   * unknown.
   */
  shortestPath(from: string, to: string, maxHops: number, options: ReadOptions): Promise<StoreResult>;
  /** The nodes with these element ids: the endpoints of relationships a result holds without their nodes. */
  nodesByElementId(elementIds: string[], options: ReadOptions): Promise<GraphNode[]>;
  /** Changes when the data changes (a new load); caches keyed by it stay right. Null when unknown (Neo4j). */
  version(): Promise<string | null>;
  /** The query processes this reader runs (the embedded store), for measurements and shutdown checks. */
  processIds?(): number[];
  close(): Promise<void>;
}

/** Rows as plain objects keyed by column, for the loader's own statements. */
export type Row = Record<string, unknown>;

export interface StoreWriter {
  readonly kind: StoreKind;
  describe(): string;
  /** Runs one statement (its own transaction) and returns its rows. */
  run(statement: string, params?: Record<string, unknown>): Promise<Row[]>;
  close(): Promise<void>;
}
