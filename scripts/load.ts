// npm run load -- --input graph-data/graph.json [--neo4j] [--reset]: graph.json -> the graph store.
import { parseFlags } from '../src/cli/flags.ts';
import { progressBar } from '../src/cli/progress.ts';
import { onStop } from '../src/cli/onStop.ts';
import { runMain } from '../src/cli/runMain.ts';
import { beginLoad } from '../src/store/backends.ts';
import { loadGraph, type KindSummary } from '../src/store/load/loadGraph.ts';
import { readGraphFile } from '../src/store/load/readGraph.ts';
import { STORE_HELP, STORE_OPTIONS, storeConfig } from '../src/store/storeFlags.ts';

const HELP = `Usage: npm run load -- [options]

Loads the graph written by npm run extract into a graph store: the embedded Grafeo database
(graph-data/db/, nothing to install) or Neo4j. Only what changed since the last load is written;
entities, relations and documents no longer in the graph are removed.

Options:
  --input <file>       graph to load                     (default: graph-data/graph.json)
  --reset              erase the stored graph first
  --batch-size <n>     rows per statement                (default: 10000 into an empty store, else 2000)
  -q, --quiet          print only problems
  -h, --help           show this help

${STORE_HELP}

A server (npm run serve) may keep running: on the embedded store the load writes a new database
file and the server switches to it when the load is done; on Neo4j each batch is its own transaction.
Into an empty store (the first load, --reset, an empty Neo4j) every element is created in large
batches; otherwise only the differences are merged.

Exit codes: 0 loaded, 2 nothing loaded (bad input, store unreachable or refusing the credentials).`;

runMain(async () => {
  const flags = parseFlags(HELP, {
    input: { type: 'string', default: 'graph-data/graph.json' },
    reset: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    ...STORE_OPTIONS,
  });
  if (!flags) return 0;
  const { values } = flags;
  const batchSize = values['batch-size'] === undefined ? undefined : flags.integer('batch-size', { min: 1 });

  const graph = await readGraphFile(values.input);
  const target = await beginLoad(storeConfig(values), { reset: values.reset });
  const bar = values.quiet ? null : progressBar('loading');
  // Stopped midway: the new generation is dropped (the served one stays) and the lock released, then exit (once
  // the engine has finished the statement it is running: it cannot be interrupted).
  const cancelStop = onStop((why) => {
    bar?.stop();
    console.error(`stopped (${why}): nothing was loaded, the store is as it was`);
    void target.abandon().finally(() => process.exit(130));
  });
  try {
    const summary = await loadGraph(target.writer, graph, {
      batchSize,
      reset: values.reset,
      onProgress: (done, total, label) => bar?.update(done, total, label),
    });
    bar?.stop();
    const where = target.writer.describe();
    cancelStop();
    await target.commit(values.input, summary.writes > 0);
    if (!values.quiet) {
      console.log(`store: ${where}`);
      for (const kind of ['entities', 'relations', 'documents', 'mentions', 'claims', 'claimLinks'] as const)
        console.log(`${kind}: ${line(summary[kind])}`);
      const how = summary.mode === 'create' ? 'created into an empty store' : 'written or removed';
      console.log(
        summary.writes
          ? `time: ${(summary.ms / 1000).toFixed(2)}s, ${summary.writes.toLocaleString('en')} rows ${how}`
          : `time: ${(summary.ms / 1000).toFixed(2)}s, nothing to write: the store already holds this graph`,
      );
    }
    return 0;
  } catch (error) {
    cancelStop();
    bar?.stop();
    await target.discard();
    throw error;
  }
});

const line = (s: KindSummary) =>
  `${s.total.toLocaleString('en')} (${s.added} added, ${s.changed} changed, ${s.removed} removed, ${s.unchanged} unchanged)`;
