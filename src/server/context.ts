// What every route handler gets: the store, the limits, and per-data-version caches.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoreReader } from '../store/store.ts';
import type { CurationService } from './curation/service.ts';
import type { ServerOptions } from './options.ts';

export interface RouteContext {
  reader: StoreReader;
  options: ServerOptions;
  /** Corrections from the page; null when the server runs without them. */
  curation: CurationService | null;
  /** Values computed from the data (the schema), kept until a load changes it. */
  cache: Map<string, { version: string | null; at: number; value: unknown }>;
}

export interface Route {
  method: 'GET' | 'POST';
  /** Matched against the path; groups are passed to the handler, decoded. */
  path: RegExp;
  handle(context: RouteContext, req: IncomingMessage, res: ServerResponse, params: string[]): Promise<void>;
}

/** Reads through `cache`: fresh while the store's data version is the same (on Neo4j, unknown: for 10 s). */
export async function cached<T>(context: RouteContext, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await context.reader.version();
  const hit = context.cache.get(key);
  if (hit && hit.version === version && (version !== null || Date.now() - hit.at < 10_000)) return hit.value as T;
  const value = await compute();
  context.cache.set(key, { version, at: Date.now(), value });
  return value;
}
