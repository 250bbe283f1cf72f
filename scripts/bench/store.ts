// npm run bench:store: generates graphs of 10,000 to 100,000 entities (five relations each), loads each into the
// embedded store and into Neo4j as npm run load does, serves it, and measures query latency through the HTTP API.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFlags } from '../../src/cli/flags.ts';
import { runMain } from '../../src/cli/runMain.ts';
import { progressBar } from '../../src/cli/progress.ts';
import { createApiServer } from '../../src/server/server.ts';
import { beginLoad, openReader, type StoreConfig } from '../../src/store/backends.ts';
import { neo4jSettings } from '../../src/store/neo4j/settings.ts';
import type { StoreKind } from '../../src/store/store.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/localNeo4j.ts';
import { loadGraph } from '../../src/store/load/loadGraph.ts';
import { readGraphFile } from '../../src/store/load/readGraph.ts';
import { entityKey, entityName, generateGraph, prng } from './store/generateGraph.ts';
import { grafeoLayers, neo4jLayers, type Layers } from './store/layers.ts';
import { differences, graphKey, measure, type Latency } from './store/latency.ts';
import { BENCH_QUERIES, NEO4J_SETTLE } from './store/queries.ts';
import { openNeo4jWriter } from '../../src/store/neo4j/writer.ts';
import { folderMb, residentMb } from './store/memory.ts';

/** A store to bench: its configuration, and where a local Neo4j keeps its files and runs (for its size and memory). */
interface BenchStore {
  config: StoreConfig;
  neo4jHome?: string;
  neo4jPid?: number;
}

const HELP = `Usage: npm run bench:store -- [--sizes 10000,100000] [--requests 200] [--stores grafeo,neo4j] [--keep]

Per size and store: generate a graph (N entities, 5N relations), load it into a fresh embedded store and
into Neo4j (NEO4J_URI, erased first, or else a local one started as npm run neo4j does), serve it, and
time 200 API requests of each kind; a table gives Grafeo / Neo4j. Every target (set for 100,000 entities
and 500,000 relations) is printed with PASS or MISS for each store and size: load ≤ 30 s, lookup by name
p50 ≤ 2 ms, 2-hop neighbourhood p50 ≤ 15 ms and p95 ≤ 50 ms, shortest path p50 ≤ 50 ms. On the embedded
store it also times the 2-hop query's layers (plan, engine, rows, the hop to the query process, the
response, JSON). --keep leaves the generated files in the temp folder.`;

/** The targets of issue 11, for 100,000 entities / 500,000 relations. */
const TARGETS = { loadSeconds: 30, nameP50: 2, hop2P50: 15, hop2P95: 50, pathP50: 50 };

interface Figures {
  store: StoreKind;
  entities: number;
  relations: number;
  loadSeconds: number;
  dbMb: number;
  /** Resident memory of what serves the queries once measured: the query processes, or Neo4j's JVM (local). */
  storeRssMb: number;
  /** How many processes that is. */
  storeProcesses: number;
  name: Latency;
  hop2: Latency;
  hop2Paths: Latency;
  /** Of the neighbourhoods compared, how many came back with other nodes or edges as paths than as a list. */
  hop2Mismatches: number;
  /** GET /api/path. */
  path: Latency;
  /** The same through POST /api/cypher: the engine's shortestPath. */
  pathByCypher: Latency;
  /** Of the pairs compared, how many got another hop count (or none) from the route than from Cypher. */
  pathMismatches: number;
  /** Where the 2-hop query's time goes. */
  hop2Layers: Layers;
}

async function benchSize(
  store: StoreKind,
  neo4j: () => Promise<BenchStore>,
  entities: number,
  requests: number,
  keep: boolean,
): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), `kg-bench-${entities}-`));
  try {
    const graph = generateGraph(entities);
    const file = join(dir, 'graph.json');
    await writeFile(file, JSON.stringify(graph));
    const dbDir = join(dir, 'db');
    const bench: BenchStore =
      store === 'grafeo' ? { config: { kind: 'grafeo', dir: dbDir, workers: 2 } } : await neo4j();
    const { config } = bench;
    // Timed as npm run load runs it: read and check the file, load, make the generation current.
    const started = performance.now();
    const target = await beginLoad(config, { reset: true });
    const bar = progressBar(`loading ${entities.toLocaleString('en')} into ${store}`);
    const summary = await loadGraph(target.writer, await readGraphFile(file), {
      reset: true,
      onProgress: (done, total, label) => bar.update(done, total, label),
    });
    bar.stop();
    await target.commit(file, true);
    const loadSeconds = (performance.now() - started) / 1000;
    if (config.kind === 'neo4j') {
      const writer = await openNeo4jWriter(config.settings);
      for (const statement of NEO4J_SETTLE) await writer.run(statement);
      await writer.close();
    }
    let dbMb =
      store === 'grafeo'
        ? readdirSync(dbDir)
            .filter((f) => f.endsWith('.grafeo'))
            .reduce((n, f) => n + statSync(join(dbDir, f)).size / 1e6, 0)
        : NaN;

    const reader = await openReader(config);
    const api = createApiServer(reader, { timeoutMs: 30_000 });
    const { port } = await api.listen(0);
    const url = `http://127.0.0.1:${port}`;
    try {
      const random = prng(7);
      const someone = () => Math.floor(random() * entities);
      const byName = () => ({ query: BENCH_QUERIES.name, params: { name: entityName(someone()) } });
      // Warm-up, every kind of request: plan caches (Neo4j compiles a statement the first time it runs it), the
      // first reads of the file, so that neither store's figures hold its first requests.
      const pair = () => [entityKey(someone()), entityKey(someone())] as const;
      const pathRoute = ([from, to]: readonly string[]) => ({ get: `/api/path?from=${from}&to=${to}&maxHops=6` });
      const pathCypher = ([from, to]: readonly string[]) => ({ query: BENCH_QUERIES.path, params: { from, to } });
      await measure(url, 20, byName);
      for (const query of [BENCH_QUERIES.hop2, BENCH_QUERIES.hop2Paths])
        await measure(url, 5, () => ({ query, params: { name: entityName(someone()) } }));
      await measure(url, 5, () => pathRoute(pair()));
      await measure(url, 5, () => pathCypher(pair()));
      const name = await measure(url, requests, byName);
      const hop2 = await measure(url, requests, () => ({
        query: BENCH_QUERIES.hop2,
        params: { name: entityName(someone()) },
      }));
      const hop2Paths = await measure(url, requests, () => ({
        query: BENCH_QUERIES.hop2Paths,
        params: { name: entityName(someone()) },
      }));
      const hop2Mismatches = await differences(
        url,
        20,
        () => {
          const params = { name: entityName(someone()) };
          return [
            { query: BENCH_QUERIES.hop2, params },
            { query: BENCH_QUERIES.hop2Paths, params },
          ];
        },
        graphKey,
      );
      const path = await measure(url, requests, () => pathRoute(pair()));
      const pathByCypher = await measure(url, requests, () => pathCypher(pair()));
      // Hop counts, and whether a path was found: a pair can have several shortest paths.
      const pathMismatches = await differences(
        url,
        20,
        () => {
          const ends = pair();
          return [pathRoute(ends), pathCypher(ends)];
        },
        (answer) => JSON.stringify(answer.rows.map((row) => row[1])),
      );
      const pids = store === 'grafeo' ? (reader.processIds?.() ?? []) : bench.neo4jPid ? [bench.neo4jPid] : [];
      const storeRssMb = pids.reduce((n, pid) => n + residentMb(pid), 0);
      // Neo4j's files once the requests have run: the store, and the transaction log the load wrote first.
      if (bench.neo4jHome) dbMb = folderMb(join(bench.neo4jHome, 'data'));
      const hop2Request = () => ({ query: BENCH_QUERIES.hop2, params: { name: entityName(someone()) } });
      const layerCount = Math.min(requests, 100);
      const hop2Layers =
        config.kind === 'grafeo'
          ? await grafeoLayers(dbDir, layerCount, hop2Request)
          : await neo4jLayers(config.settings, layerCount, hop2Request);
      return {
        store,
        entities,
        relations: summary.relations.total,
        loadSeconds,
        dbMb,
        storeRssMb,
        storeProcesses: pids.length,
        name,
        hop2,
        hop2Paths,
        hop2Mismatches,
        path,
        pathByCypher,
        pathMismatches,
        hop2Layers,
      };
    } finally {
      await api.close();
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (v: number) => `${v.toFixed(1)}`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

runMain(async () => {
  const flags = parseFlags(HELP, {
    sizes: { type: 'string', default: '10000,100000' },
    requests: { type: 'string', default: '200' },
    stores: { type: 'string', default: 'grafeo,neo4j' },
    keep: { type: 'boolean', default: false },
  });
  if (!flags) return 0;
  const { values } = flags;
  const sizes = values.sizes.split(',').map(Number);
  const requests = flags.integer('requests', { min: 1 });
  const stores = values.stores.split(',') as StoreKind[];
  if (!sizes.every((n) => Number.isInteger(n) && n >= 10))
    flags.fail(`--sizes takes whole numbers ≥ 10, comma-separated, got "${values.sizes}"`);
  if (!stores.length || !stores.every((s) => s === 'grafeo' || s === 'neo4j'))
    flags.fail(`--stores takes grafeo, neo4j or both, got "${values.stores}"`);
  let local: LocalNeo4j | null = null;
  let neo4jHome: string | undefined;
  const neo4j = async (): Promise<BenchStore> => {
    if (!process.env.NEO4J_URI && !local) {
      neo4jHome = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
      local = await startLocalNeo4j({ port: 0, dataDir: neo4jHome });
    }
    const running = local as LocalNeo4j | null;
    const settings = running
      ? neo4jSettings({ uri: running.variables.NEO4J_URI, password: running.variables.NEO4J_PASSWORD })
      : neo4jSettings();
    return { config: { kind: 'neo4j', settings }, neo4jHome, neo4jPid: running?.pid };
  };
  const figures: Figures[] = [];
  try {
    for (const size of sizes)
      for (const store of stores) {
        const f = await benchSize(store, neo4j, size, requests, values.keep);
        figures.push(f);
        console.log(`${size.toLocaleString('en')} entities into ${store}: loaded in ${f.loadSeconds.toFixed(1)} s`);
      }
  } finally {
    await (local as LocalNeo4j | null)?.stop();
    // The local Neo4j's files are this run's alone (hundreds of MB at 100,000 entities).
    if (neo4jHome && !values.keep) rmSync(neo4jHome, { recursive: true, force: true });
  }
  const cell = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)}${l.errors ? ` (${l.errors} errors)` : ''}`;
  console.log(
    '\n| store | entities | relations | load (s) | db (MB) | store RSS (MB) | name p50/p95 (ms) | 2-hop p50/p95 (ms) | 2-hop as paths p50/p95 (ms) | shortest path p50/p95 (ms) | by Cypher p50/p95 (ms) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of figures)
    console.log(
      `| ${f.store} | ${f.entities.toLocaleString('en')} | ${f.relations.toLocaleString('en')} | ${f.loadSeconds.toFixed(1)} | ${Number.isNaN(f.dbMb) ? '–' : f.dbMb.toFixed(0)} | ${f.storeProcesses ? `${f.storeRssMb.toFixed(0)} (${f.storeProcesses} process${f.storeProcesses === 1 ? '' : 'es'})` : '–'} | ${cell(f.name)} | ${cell(f.hop2)} | ${cell(f.hop2Paths)} | ${cell(f.path)} | ${cell(f.pathByCypher)} |`,
    );
  if (stores.length === 2) {
    // Above 1: Grafeo is slower by that factor; below 1: faster.
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}`;
    console.log('\nGrafeo / Neo4j (time on Grafeo divided by time on Neo4j):\n');
    console.log('| entities | load | name p50 | name p95 | 2-hop p50 | 2-hop p95 | path p50 | path p95 |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const size of sizes) {
      const g = figures.find((f) => f.store === 'grafeo' && f.entities === size)!;
      const n = figures.find((f) => f.store === 'neo4j' && f.entities === size)!;
      console.log(
        `| ${size.toLocaleString('en')} | ${ratio(g.loadSeconds, n.loadSeconds)} | ${ratio(g.name.p50, n.name.p50)} | ${ratio(g.name.p95, n.name.p95)} | ${ratio(g.hop2.p50, n.hop2.p50)} | ${ratio(g.hop2.p95, n.hop2.p95)} | ${ratio(g.path.p50, n.path.p50)} | ${ratio(g.path.p95, n.path.p95)} |`,
      );
    }
  }
  for (const f of figures) printLayers(f);
  console.log('\nTargets (set for 100,000 entities and 500,000 relations), every store and size:\n');
  console.log('| store | entities | measure | value | target | |\n| --- | ---: | --- | ---: | ---: | --- |');
  const verdicts = figures.map(targets);
  for (const store of stores) growth(figures.filter((f) => f.store === store));
  return verdicts.every(Boolean) ? 0 : 1;
});

/** Prints one store and size against every target; true when all are met. */
function targets(f: Figures): boolean {
  const rows: [string, number, string, number][] = [
    ['load', f.loadSeconds, 's', TARGETS.loadSeconds],
    ['lookup by name p50', f.name.p50, 'ms', TARGETS.nameP50],
    ['2-hop p50', f.hop2.p50, 'ms', TARGETS.hop2P50],
    ['2-hop p95', f.hop2.p95, 'ms', TARGETS.hop2P95],
    ['shortest path p50', f.path.p50, 'ms', TARGETS.pathP50],
    ['2-hop graphs unlike as paths', f.hop2Mismatches, 'of 20', 0],
    ['path lengths unlike by Cypher', f.pathMismatches, 'of 20', 0],
  ];
  for (const [what, value, unit, target] of rows)
    console.log(
      `| ${f.store} | ${f.entities.toLocaleString('en')} | ${what} | ${ms(value)} ${unit} | ≤ ${target} ${unit} | ${verdict(value <= target)} |`,
    );
  const errors = f.name.errors + f.hop2.errors + f.hop2Paths.errors + f.path.errors + f.pathByCypher.errors;
  return rows.every(([, value, , target]) => value <= target) && !errors;
}

/** The 2-hop query's layers, and what the API adds to them (HTTP, the lanes, the wait for the query process). */
function printLayers(f: Figures): void {
  console.log(
    `\n2-hop layers on ${f.store} at ${f.entities.toLocaleString('en')} entities (median ms, in this process):`,
  );
  for (const [layer, value] of f.hop2Layers) console.log(`  ${ms(value).padStart(7)}  ${layer}`);
  // The server plans a statement once, so the plan check is not part of the API's time after the first request.
  const inLayers = f.hop2Layers.filter(([layer]) => !layer.startsWith('plan check')).reduce((n, [, v]) => n + v, 0);
  console.log(
    `  ${ms(f.hop2.p50).padStart(7)}  through the HTTP API (p50); the rest, ${ms(f.hop2.p50 - inLayers)} ms, is HTTP, lanes and process scheduling`,
  );
  console.log(
    `  ${ms(f.hop2Paths.p50).padStart(7)}  the same neighbourhood as paths (p50), ${(f.hop2Paths.p50 / f.hop2.p50).toFixed(2)}× the list's`,
  );
  console.log(
    `\nshortest path on ${f.store}: GET /api/path p50 ${ms(f.path.p50)} ms, the engine's shortestPath by Cypher ${ms(f.pathByCypher.p50)} ms (${(f.pathByCypher.p50 / f.path.p50).toFixed(2)}×)`,
  );
}

function growth(figures: Figures[]): void {
  if (figures.length < 2) return;
  const [first, largest] = [figures[0], figures[figures.length - 1]];
  const x = largest.entities / first.entities;
  const times = (a: number, b: number) => `${(b / a).toFixed(1)}×`;
  console.log(
    `\n${largest.store}, from ${first.entities.toLocaleString('en')} to ${largest.entities.toLocaleString('en')} entities (${x}×): ` +
      `load ${times(first.loadSeconds, largest.loadSeconds)}, name p50 ${times(first.name.p50, largest.name.p50)}, ` +
      `2-hop p50 ${times(first.hop2.p50, largest.hop2.p50)}, shortest path p50 ${times(first.path.p50, largest.path.p50)}`,
  );
}
