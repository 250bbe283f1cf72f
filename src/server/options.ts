// The server's limits and locations, with the defaults the README documents.
import type { CurationOptions } from './curation/service.ts';

export interface ServerOptions {
  /** Per query; the embedded store kills a query that runs longer. */
  timeoutMs: number;
  /** Rows returned at most; `truncated: true` past it. */
  maxRows: number;
  /** Request bodies larger than this are refused with 413. */
  maxBodyBytes: number;
  /** The built explorer (Vite's output), served at /. */
  staticDir: string;
  /** Served at /graph.json for the explorer to load. */
  graphFile: string;
  /** The example queries listed at /api/queries. */
  queriesDir: string;
  /** Curation from the page (POST /api/curation), with the rebuild it starts; null: none. */
  curation: CurationOptions | null;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  timeoutMs: 10_000,
  maxRows: 1000,
  maxBodyBytes: 1024 * 1024,
  staticDir: 'dist',
  graphFile: 'graph-data/graph.json',
  queriesDir: 'graph-data/queries',
  curation: null,
};
