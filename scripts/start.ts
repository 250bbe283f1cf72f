// npm start: the whole job on a fresh machine — documents -> graph.json -> embedded store -> built explorer -> server.
import { spawn } from 'node:child_process';
import { parseFlags, pickFlags } from '../src/cli/flags.ts';
import { onStop } from '../src/cli/onStop.ts';
import { runMain } from '../src/cli/runMain.ts';
import { SERVE_HELP, SERVE_OPTIONS } from '../src/server/serveFlags.ts';
import { STORE_HELP, STORE_OPTIONS } from '../src/store/storeFlags.ts';

const HELP = `Usage: npm start [-- [--input <dir>] [server and store options, e.g. --port 4000]]

Runs, in order:
  npm run extract   the documents -> graph-data/graph.json (files with problems are reported and skipped)
  npm run load      graph.json -> the embedded store in graph-data/db/ (or Neo4j when NEO4J_URI is set)
  npm run build     the explorer -> dist/
  npm run serve     http://127.0.0.1:4000/ — the explorer and the read-only Cypher API
Each step can also be run on its own; see the README.

Options:
  --input <dir>        your folder of documents (.txt, .md, .html) (default: graph-data/documents)
  -h, --help           show this help

${SERVE_HELP}

${STORE_HELP} (store options go to load and serve)`;

const START_OPTIONS = { input: { type: 'string', default: 'graph-data/documents' } } as const;

/** The step running now: its own process group (npm, its shell, the script and its children). */
let current: number | null = null;
let stopped = false;

/** Runs one npm script in this terminal; resolves with its exit code. */
function step(script: string, args: string[] = []): Promise<number> {
  if (stopped) return Promise.resolve(130);
  const child = spawn('npm', ['run', '-s', script, ...(args.length ? ['--', ...args] : [])], {
    stdio: 'inherit',
    detached: true,
  });
  current = child.pid ?? null;
  return new Promise((resolve) => {
    child.on('error', () => resolve(2));
    child.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 130 : 1));
    });
  });
}

runMain(async () => {
  const args = process.argv.slice(2);
  // Every flag is checked before the first step: a typo fails now, not after the extraction and the build.
  const flags = parseFlags(HELP, { ...START_OPTIONS, ...SERVE_OPTIONS, ...STORE_OPTIONS });
  if (!flags) return 0;
  const store = pickFlags(args, STORE_OPTIONS);
  // npm passes no signal on to its script: the whole group of the running step is told to stop.
  onStop(() => {
    stopped = true;
    if (current) process.kill(-current, 'SIGTERM');
  });
  // Exit code 1 from extract means the graph was written but some files had problems: go on.
  const extracted = await step('extract', ['--input', flags.values.input]);
  if (extracted > 1) return extracted;
  const neo4j = process.env.NEO4J_URI && !flags.values.neo4j ? ['--neo4j'] : [];
  for (const [script, stepArgs] of [
    ['load', [...neo4j, ...store]],
    ['build', []],
  ] as const) {
    const status = await step(script, [...stepArgs]);
    if (status !== 0) return status;
  }
  // The page's curation re-extracts the same folder.
  const documents = ['--documents', flags.values.input];
  return await step('serve', [...neo4j, ...store, ...documents, ...pickFlags(args, SERVE_OPTIONS)]);
});
