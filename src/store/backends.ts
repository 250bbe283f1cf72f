// The store backends, one descriptor each: how to open one for the API and how to load a graph into it.
import { beginGeneration } from './grafeo/generations.ts';
import { openGrafeoReader } from './grafeo/reader.ts';
import { openGrafeoWriter } from './grafeo/writer.ts';
import { openNeo4jReader } from './neo4j/reader.ts';
import type { Neo4jSettings } from './neo4j/settings.ts';
import { openNeo4jWriter } from './neo4j/writer.ts';
import type { StoreKind, StoreReader, StoreWriter } from './store.ts';

export type StoreConfig =
  /** `dir`: the database folder (graph-data/db); `workers`: query processes for the API. */
  { kind: 'grafeo'; dir: string; workers?: number } | { kind: 'neo4j'; settings: Neo4jSettings };

/** A load in progress: write through `writer`, then commit (make it visible) or discard. */
export interface LoadTarget {
  writer: StoreWriter;
  /** Makes what was written the served graph; `changed` false keeps the previous one. */
  commit(input: string, changed: boolean): Promise<void>;
  discard(): Promise<void>;
  /** Drops what was written without waiting for the writer (mid-statement, as the process stops). */
  abandon(): Promise<void>;
}

export interface StoreBackend<C extends StoreConfig = StoreConfig> {
  id: StoreKind;
  description: string;
  openReader(config: C): Promise<StoreReader>;
  beginLoad(config: C, options: { reset?: boolean }): Promise<LoadTarget>;
}

const grafeo: StoreBackend<Extract<StoreConfig, { kind: 'grafeo' }>> = {
  id: 'grafeo',
  description: 'Grafeo, embedded: no server to run; a folder of database files (graph-data/db/)',
  openReader: (config) => openGrafeoReader(config.dir, { workers: config.workers }),
  async beginLoad(config, options) {
    const generation = await beginGeneration(config.dir, options);
    let writer: StoreWriter;
    try {
      writer = openGrafeoWriter(generation.file, config.dir, generation.fresh);
    } catch (error) {
      await generation.discard();
      throw error;
    }
    return {
      writer,
      async commit(input, changed) {
        await writer.close();
        // Nothing changed: the copy is dropped and the served generation stays, so a server keeps its warm processes.
        if (changed || options.reset) await generation.commit(input);
        else await generation.discard();
      },
      async discard() {
        await writer.close().catch(() => undefined);
        await generation.discard();
      },
      abandon: () => generation.discard(),
    };
  },
};

const neo4j: StoreBackend<Extract<StoreConfig, { kind: 'neo4j' }>> = {
  id: 'neo4j',
  description: 'Neo4j 5 through neo4j-driver (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)',
  openReader: (config) => openNeo4jReader(config.settings),
  async beginLoad(config) {
    const writer = await openNeo4jWriter(config.settings);
    // Neo4j commits each batch as it goes: there is nothing to swap at the end.
    return { writer, commit: () => writer.close(), discard: () => writer.close(), abandon: () => writer.close() };
  },
};

export const STORE_BACKENDS = { grafeo, neo4j } as const;

export const openReader = (config: StoreConfig): Promise<StoreReader> =>
  config.kind === 'grafeo' ? grafeo.openReader(config) : neo4j.openReader(config);

export const beginLoad = (config: StoreConfig, options: { reset?: boolean }): Promise<LoadTarget> =>
  config.kind === 'grafeo' ? grafeo.beginLoad(config, options) : neo4j.beginLoad(config, options);
