// npm run bench:lanes: does heavy Cypher lock ordinary users out? A real server (npm run serve, its own process)
// over a generated graph; 2 heavy clients loop a 4-way cartesian product while 50 ordinary clients loop searches,
// entity pages, the schema and short Cypher lookups. Targets: ordinary p50 < 50 ms, none waits more than 1 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFlags } from '../../src/cli/flags.ts';
import { runMain } from '../../src/cli/runMain.ts';
import { InputError } from '../../src/model/errors.ts';
import { beginLoad } from '../../src/store/backends.ts';
import { loadGraph } from '../../src/store/load/loadGraph.ts';
import { entityKey, entityName, generateGraph, prng } from './store/generateGraph.ts';

const HELP = `Usage: npm run bench:lanes -- [--seconds 30] [--heavy 2] [--ordinary 50] [--entities 2000] [-- serve options]

Serves a generated graph with npm run serve's defaults and, for --seconds, runs --heavy clients that loop a 4-way
cartesian product (sending again as soon as they are answered, 429 included) beside --ordinary clients that loop
cheap requests. Prints the ordinary latencies, what the heavy clients got, and PASS/MISS against the targets.`;

const TARGETS = { p50Ms: 50, maxMs: 1000 };
const HEAVY_QUERY = 'MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity) RETURN count(*) AS n';

/** Starts npm run serve's script on a free port; resolves with its URL and a function that stops it. */
async function startServe(
  db: string,
  graph: string,
  serveArgs: string[],
): Promise<{ url: string; stop(): Promise<void> }> {
  const script = join(import.meta.dirname, '..', 'serve.ts');
  const args = ['--import', 'tsx', script, '--port', '0', '--db', db, '--graph', graph, ...serveArgs];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /serving (http:\/\/\S+?)\/ /.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new InputError('SERVE_FAILED', `the server exited (${code}): ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

interface Tally {
  times: number[];
  statuses: Map<number, number>;
}

const count = (tally: Tally, status: number) => tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);

async function timed(tally: Tally, request: () => Promise<Response>): Promise<void> {
  const started = performance.now();
  try {
    const res = await request();
    await res.arrayBuffer();
    count(tally, res.status);
  } catch {
    count(tally, 0);
  }
  tally.times.push(performance.now() - started);
}

runMain(async () => {
  const flags = parseFlags(
    HELP,
    {
      seconds: { type: 'string', default: '30' },
      heavy: { type: 'string', default: '2' },
      ordinary: { type: 'string', default: '50' },
      entities: { type: 'string', default: '2000' },
    },
    { positionals: true },
  );
  if (!flags) return 0;
  const { positionals } = flags;
  const seconds = flags.integer('seconds', { min: 0 });
  const heavyClients = flags.integer('heavy', { min: 0 });
  const ordinaryClients = flags.integer('ordinary', { min: 0 });
  const entities = flags.integer('entities', { min: 10 });

  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-lanes-'));
  try {
    const graph = generateGraph(entities);
    const file = join(dir, 'graph.json');
    await writeFile(file, JSON.stringify(graph));
    const target = await beginLoad({ kind: 'grafeo', dir: join(dir, 'db') }, { reset: true });
    await loadGraph(target.writer, graph, { reset: true });
    await target.commit(file, true);
    const server = await startServe(join(dir, 'db'), file, positionals);
    const post = (query: string, params: Record<string, unknown> = {}) =>
      fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, params }),
      });
    const random = prng(11);
    const someone = () => Math.floor(random() * entities);
    const ordinaryRequests = [
      () => fetch(`${server.url}/api/search?q=${encodeURIComponent(entityName(someone()).slice(0, 5))}`),
      () => fetch(`${server.url}/api/entity/${encodeURIComponent(entityKey(someone()))}`),
      () => fetch(`${server.url}/api/schema`),
      () => post('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.type AS type', { id: entityKey(someone()) }),
    ];
    try {
      for (const request of ordinaryRequests) await (await request()).arrayBuffer(); // warm: the schema's cache
      const ordinary: Tally = { times: [], statuses: new Map() };
      const heavy: Tally = { times: [], statuses: new Map() };
      const end = Date.now() + seconds * 1000;
      const loop = async (tally: Tally, next: () => () => Promise<Response>) => {
        while (Date.now() < end) await timed(tally, next());
      };
      console.log(`${heavyClients} heavy and ${ordinaryClients} ordinary clients for ${seconds} s on ${server.url}…`);
      await Promise.all([
        ...Array.from({ length: heavyClients }, () => loop(heavy, () => () => post(HEAVY_QUERY))),
        ...Array.from({ length: ordinaryClients }, () =>
          loop(ordinary, () => ordinaryRequests[Math.floor(random() * ordinaryRequests.length)]),
        ),
      ]);
      report(ordinary, heavy, seconds);
      const times = [...ordinary.times].sort((a, b) => a - b);
      const failed = [...ordinary.statuses].filter(([status]) => status !== 200).reduce((n, [, c]) => n + c, 0);
      return times[Math.floor(times.length / 2)] < TARGETS.p50Ms && times[times.length - 1] < TARGETS.maxMs && !failed
        ? 0
        : 1;
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function report(ordinary: Tally, heavy: Tally, seconds: number): void {
  const times = [...ordinary.times].sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  const statuses = (t: Tally) =>
    [...t.statuses].map(([s, n]) => `${n.toLocaleString('en')} × ${s || 'failed'}`).join(', ');
  console.log(
    `ordinary: ${times.length.toLocaleString('en')} requests (${(times.length / seconds).toFixed(0)}/s): ${statuses(ordinary)}`,
  );
  console.log(
    `  p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`,
  );
  console.log(`heavy: ${heavy.times.length.toLocaleString('en')} requests: ${statuses(heavy)}`);
  const failed = [...ordinary.statuses].filter(([s]) => s !== 200).reduce((n, [, c]) => n + c, 0);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  console.log('\n| target | measured | |\n| --- | ---: | --- |');
  console.log(
    `| ordinary p50 < ${TARGETS.p50Ms} ms | ${at(0.5).toFixed(1)} ms | ${verdict(at(0.5) < TARGETS.p50Ms)} |`,
  );
  console.log(
    `| no ordinary request over ${TARGETS.maxMs} ms | max ${at(1).toFixed(1)} ms | ${verdict(at(1) < TARGETS.maxMs)} |`,
  );
  console.log(`| every ordinary request answered 200 | ${failed} others | ${verdict(failed === 0)} |`);
}
