// The stores the shared suites run against: always the embedded one; Neo4j when NEO4J_URI is set (the tests' global
// setup starts a local one when it is not). Loading into Neo4j erases the graph's labels there: point NEO4J_URI at a
// scratch database.
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SerializedKnowledgeGraph } from '../../src/model/graph.ts';
import { beginLoad, openReader, type StoreConfig } from '../../src/store/backends.ts';
import { loadGraph, type LoadSummary } from '../../src/store/load/loadGraph.ts';
import { neo4jSettings } from '../../src/store/neo4j/settings.ts';
import type { StoreKind, StoreReader } from '../../src/store/store.ts';
import { holdNeo4j } from './neo4j/lock.ts';
import { NEO4J_REQUIRED } from './neo4j/required.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_GRAPH = join(ROOT, 'tests/store/fixtures/graph.json');
export const QUERIES_DIR = join(ROOT, 'graph-data/queries');

export interface TestStore {
  name: string;
  kind: StoreKind;
  /** A fresh, empty store of this kind. */
  config(): StoreConfig;
}

const grafeo: TestStore = {
  name: 'grafeo (embedded)',
  kind: 'grafeo',
  config: () => ({ kind: 'grafeo', dir: mkdtempSync(join(tmpdir(), 'kg-db-')), workers: 2 }),
};

const neo4j: TestStore = {
  name: 'neo4j',
  kind: 'neo4j',
  config: () => ({ kind: 'neo4j', settings: neo4jSettings() }),
};

export const NEO4J_SKIPPED = !process.env.NEO4J_URI;
if (NEO4J_SKIPPED && NEO4J_REQUIRED)
  throw new Error('NEO4J_URI is not set and CI is: on CI the Neo4j suites must run (.ci/run starts a local Neo4j)');
if (NEO4J_SKIPPED) console.log('Neo4j tests skipped: NEO4J_URI not set');

/** Every configured store: describe.each over it runs one suite per store. */
export const STORES: TestStore[] = NEO4J_SKIPPED ? [grafeo] : [grafeo, neo4j];

/** Call first in a suite over `store`: on Neo4j the suite holds the one database until it ends. */
export function useStore(store: TestStore): void {
  if (store.kind !== 'neo4j') return;
  let release: (() => void) | undefined;
  beforeAll(async () => {
    release = await holdNeo4j();
  }, 20 * 60_000);
  afterAll(() => release?.());
}

export async function fixtureGraph(): Promise<SerializedKnowledgeGraph> {
  return JSON.parse(await readFile(FIXTURE_GRAPH, 'utf8'));
}

/** Loads `graph` through the same path as npm run load. */
export async function loadInto(
  config: StoreConfig,
  graph: SerializedKnowledgeGraph,
  reset = false,
): Promise<LoadSummary> {
  const target = await beginLoad(config, { reset });
  try {
    const summary = await loadGraph(target.writer, graph, { reset, batchSize: 50 });
    await target.commit('test graph', summary.writes > 0);
    return summary;
  } catch (error) {
    await target.discard();
    throw error;
  }
}

/** A store holding the fixture graph, open for reading. */
export async function loadedReader(store: TestStore): Promise<{ config: StoreConfig; reader: StoreReader }> {
  const config = store.config();
  await loadInto(config, await fixtureGraph(), true);
  return { config, reader: await openReader(config) };
}

export const LIMITS = { timeoutMs: 10_000, maxRows: 1000 };

/** Node and relationship counts, by label and type, straight from the store. */
export async function counts(reader: StoreReader): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const labels = await reader.read('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n', {}, LIMITS);
  for (const [label, n] of labels.rows) out[String(label)] = Number(n);
  const types = await reader.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n', {}, LIMITS);
  for (const [type, n] of types.rows) out[String(type)] = Number(n);
  return out;
}
