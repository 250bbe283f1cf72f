// npm run extract -- --input <dir> --output <file>: documents -> graph-data/graph.json.
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parseFlags } from '../src/cli/flags.ts';
import { progressBar } from '../src/cli/progress.ts';
import { runMain } from '../src/cli/runMain.ts';
import { summaryLines } from '../src/cli/summary.ts';
import { readCuration } from '../src/graph/curation.ts';
import { InputError } from '../src/model/errors.ts';
import { removeStaleTempFiles, writeFileAtomic } from '../src/pipeline/atomicWrite.ts';
import { runPipeline } from '../src/pipeline/runPipeline.ts';
import { DEFAULT_TIME_LIMIT_MS } from '../src/pipeline/workerPool.ts';
import { toGraphFile } from '../src/model/graphFile.ts';

const HELP = `Usage: npm run extract -- [options]

Reads the documents in a folder (.txt, .md, .html), extracts people, organizations,
places and the relations between them, and writes the graph as graphology JSON.

Options:
  --input <dir>        folder of documents              (default: graph-data/documents)
  --output <file>      graph file to write              (default: graph-data/graph.json)
  --curation <file>    corrections applied on each run  (default: graph-data/curation.json)
  --cache <dir>        per-document extraction cache    (default: graph-data/.cache/extract)
  --no-cache           extract every document again
  --workers <n>        worker threads                   (default: number of cores, at most 4)
  --max-file-mb <n>    refuse larger files               (default: 50)
  --time-limit <s>     stop and report a document that takes longer  (default: 30)
  --no-layout          skip the ForceAtlas2 layout
  -q, --quiet          print only problems
  -h, --help           show this help

Exit codes: 0 all documents read, 1 graph written but some files had problems, 2 nothing written.`;

runMain(async () => {
  const flags = parseFlags(HELP, {
    input: { type: 'string', default: 'graph-data/documents' },
    output: { type: 'string', default: 'graph-data/graph.json' },
    curation: { type: 'string', default: 'graph-data/curation.json' },
    cache: { type: 'string', default: 'graph-data/.cache/extract' },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string', default: String(Math.min(4, availableParallelism())) },
    'max-file-mb': { type: 'string', default: '50' },
    'time-limit': { type: 'string', default: String(DEFAULT_TIME_LIMIT_MS / 1000) },
    'no-layout': { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
  });
  if (!flags) return 0;
  const { values } = flags;
  const workers = flags.integer('workers', { min: 1 });
  const maxMb = flags.number('max-file-mb', { above: 0 });
  const timeLimit = flags.number('time-limit', { above: 0 });

  const curation = await readCuration(values.curation);
  // A run killed while writing leaves its temp file (as large as the graph) for no later write to replace.
  await removeStaleTempFiles(dirname(values.output));
  if (!values['no-cache']) await removeStaleTempFiles(values.cache);
  const bar = values.quiet ? null : progressBar('extracting');
  const { graph, problems, stats } = await runPipeline({
    input: values.input,
    workers,
    cacheDir: values['no-cache'] ? null : values.cache,
    curation,
    layout: !values['no-layout'],
    maxBytes: maxMb * 1024 * 1024,
    timeLimitMs: timeLimit * 1000,
    onProgress: (done, total, file) => bar?.update(done, total, file),
  });
  bar?.stop();
  for (const p of problems) console.error(`problem: ${p.message}`);
  if (!stats.documents) {
    throw new InputError(
      'NO_DOCUMENTS',
      `no document in ${values.input} could be read; ${values.output} was left as it was`,
    );
  }
  await writeFileAtomic(values.output, `${JSON.stringify(toGraphFile(graph))}\n`);
  if (!values.quiet) for (const line of summaryLines(graph, stats, problems, values.output)) console.log(line);
  return problems.length ? 1 : 0;
});
