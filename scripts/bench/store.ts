// npm run bench:store: generates graphs of 10,000 to 100,000 entities (five relations each), loads each into the
// embedded store as npm run load does, serves it, and measures query latency through the HTTP API.
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '../../src/cli/runMain.ts';
import { progressBar } from '../../src/cli/progress.ts';
import { InputError } from '../../src/model/errors.ts';
import { createApiServer } from '../../src/server/server.ts';
import { beginLoad, openReader } from '../../src/store/backends.ts';
import { loadGraph } from '../../src/store/load/loadGraph.ts';
import { readGraphFile } from '../../src/store/load/readGraph.ts';
import { entityKey, entityName, generateGraph, prng } from './store/generateGraph.ts';
import { measure, type Latency } from './store/latency.ts';

const HELP = `Usage: npm run bench:store -- [--sizes 10000,30000,100000] [--requests 200] [--keep]

Per size: generate a graph (N entities, 5N relations), load it into a fresh embedded store, serve it,
and time 200 API requests of each kind. Targets at 100,000 entities: load ≤ 60 s; lookup by name and
2-hop neighbourhood p50 ≤ 20 ms, p95 ≤ 100 ms. --keep leaves the generated files in the temp folder.`;

const TARGETS = { loadSeconds: 60, p50: 20, p95: 100 };

const QUERIES = {
  name: 'MATCH (e:Entity {name: $name}) RETURN e',
  hop2: 'MATCH p = (e:Entity {name: $name})-[*1..2]-(n) RETURN p LIMIT 1000',
  path: 'MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p',
};

interface Figures {
  entities: number;
  relations: number;
  loadSeconds: number;
  dbMb: number;
  name: Latency;
  hop2: Latency;
  path: Latency;
}

async function benchSize(entities: number, requests: number, keep: boolean): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), `kg-bench-${entities}-`));
  try {
    const graph = generateGraph(entities);
    const file = join(dir, 'graph.json');
    await writeFile(file, JSON.stringify(graph));
    // Timed as npm run load runs it: read and check the file, load, make the generation current.
    const started = performance.now();
    const config = { kind: 'grafeo' as const, dir: join(dir, 'db'), workers: 2 };
    const target = await beginLoad(config, { reset: true });
    const bar = progressBar(`loading ${entities.toLocaleString('en')}`);
    const summary = await loadGraph(target.writer, await readGraphFile(file), {
      reset: true,
      onProgress: (done, total, label) => bar.update(done, total, label),
    });
    bar.stop();
    await target.commit(file, true);
    const loadSeconds = (performance.now() - started) / 1000;
    const { statSync, readdirSync } = await import('node:fs');
    const dbMb = readdirSync(config.dir)
      .filter((f) => f.endsWith('.grafeo'))
      .reduce((n, f) => n + statSync(join(config.dir, f)).size / 1e6, 0);

    const api = createApiServer(await openReader(config), { timeoutMs: 30_000 });
    const { port } = await api.listen(0);
    const url = `http://127.0.0.1:${port}`;
    try {
      const random = prng(7);
      const someone = () => Math.floor(random() * entities);
      const byName = () => ({ query: QUERIES.name, params: { name: entityName(someone()) } });
      await measure(url, 20, byName); // warm-up: plan caches, first reads of the file
      const name = await measure(url, requests, byName);
      const hop2 = await measure(url, requests, () => ({
        query: QUERIES.hop2,
        params: { name: entityName(someone()) },
      }));
      const path = await measure(url, requests, () => ({
        query: QUERIES.path,
        params: { from: entityKey(someone()), to: entityKey(someone()) },
      }));
      return { entities, relations: summary.relations.total, loadSeconds, dbMb, name, hop2, path };
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
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,30000,100000' },
      requests: { type: 'string', default: '200' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const sizes = values.sizes.split(',').map(Number);
  const requests = Number(values.requests);
  if (!sizes.every((n) => Number.isInteger(n) && n >= 10) || !(requests > 0))
    throw new InputError('BAD_OPTION', '--sizes takes whole numbers ≥ 10, comma-separated; --requests a number > 0');
  const figures: Figures[] = [];
  for (const size of sizes) {
    const f = await benchSize(size, requests, values.keep);
    figures.push(f);
    console.log(`${size.toLocaleString('en')} entities: loaded in ${f.loadSeconds.toFixed(1)} s`);
  }
  console.log(
    '\n| entities | relations | load (s) | db (MB) | name p50/p95 (ms) | 2-hop p50/p95 (ms) | shortest path p50/p95 (ms) |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of figures) {
    const cell = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)}${l.errors ? ` (${l.errors} errors)` : ''}`;
    console.log(
      `| ${f.entities.toLocaleString('en')} | ${f.relations.toLocaleString('en')} | ${f.loadSeconds.toFixed(1)} | ${f.dbMb.toFixed(0)} | ${cell(f.name)} | ${cell(f.hop2)} | ${cell(f.path)} |`,
    );
  }
  const largest = figures[figures.length - 1];
  console.log(`\nTargets at ${largest.entities.toLocaleString('en')} entities:`);
  const rows: [string, string, string, boolean][] = [
    [
      'load',
      `${largest.loadSeconds.toFixed(1)} s`,
      `≤ ${TARGETS.loadSeconds} s`,
      largest.loadSeconds <= TARGETS.loadSeconds,
    ],
    ['lookup by name p50', `${ms(largest.name.p50)} ms`, `≤ ${TARGETS.p50} ms`, largest.name.p50 <= TARGETS.p50],
    ['lookup by name p95', `${ms(largest.name.p95)} ms`, `≤ ${TARGETS.p95} ms`, largest.name.p95 <= TARGETS.p95],
    ['2-hop p50', `${ms(largest.hop2.p50)} ms`, `≤ ${TARGETS.p50} ms`, largest.hop2.p50 <= TARGETS.p50],
    ['2-hop p95', `${ms(largest.hop2.p95)} ms`, `≤ ${TARGETS.p95} ms`, largest.hop2.p95 <= TARGETS.p95],
  ];
  console.log('| measure | value | target | |\n| --- | ---: | ---: | --- |');
  for (const [what, value, target, ok] of rows) console.log(`| ${what} | ${value} | ${target} | ${verdict(ok)} |`);
  if (figures.length > 1) {
    const first = figures[0];
    const x = largest.entities / first.entities;
    const growth = (a: number, b: number) => `${(b / a).toFixed(1)}×`;
    console.log(
      `\nFrom ${first.entities.toLocaleString('en')} to ${largest.entities.toLocaleString('en')} entities (${x}×): ` +
        `load ${growth(first.loadSeconds, largest.loadSeconds)}, name p50 ${growth(first.name.p50, largest.name.p50)}, ` +
        `2-hop p50 ${growth(first.hop2.p50, largest.hop2.p50)}, shortest path p50 ${growth(first.path.p50, largest.path.p50)}`,
    );
  }
  return rows.every((r) => r[3]) ? 0 : 1;
});
