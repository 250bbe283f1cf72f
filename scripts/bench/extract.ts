// The extraction benchmark: generates (or reuses) corpora in bench-data/, runs the pipeline on each in a fresh child
// process, so that no run inherits another's heap, and prints throughput, memory and scaling against their targets.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFlags } from '../../src/cli/flags.ts';
import { runMain } from '../../src/cli/runMain.ts';
import { KgError } from '../../src/model/errors.ts';
import type { PipelineStats } from '../../src/pipeline/runPipeline.ts';
import { corpusDir, generateCorpus, isCurrentCorpus, readManifest, type CorpusManifest } from './generate-corpus.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/** Marks the child's report on stdout, where the pipeline or its libraries may also print. */
const REPORT_MARK = '@@bench-report ';
const SCALES = [1, 2, 4] as const;
/** The pipeline's stages shown under wall time, to see where it goes (layout is off in benchmarks). */
const STAGES = ['read', 'extract', 'resolve', 'build'] as const;
const TARGETS = { wordsPerSecond: 100_000, speedup: 1.7, peakRssMb: 1024, resolveGrowthAt4x: 5 };

/** What one child process reports about its pipeline run. */
interface RunReport {
  documents: number;
  words: number;
  entities: number;
  relations: number;
  problems: number;
  timings: PipelineStats['timings'];
  /** Around the runPipeline call alone: process start-up and module loading are left out. */
  wallMs: number;
  peakRssMb: number;
}

const HELP = `Usage: npm run bench:extract [-- options]

Runs the extraction pipeline on generated corpora and prints words/s, documents/s, peak memory and wall time
with 1 and 2 worker threads, and how cross-document resolution time grows with corpus size. Each run is a
fresh child process. Corpora are written to bench-data/ and reused while the options stay the same.

Targets: >= 100,000 words/s on 1 worker, >= 1.7x that on 2, peak RSS <= 1024 MB, and resolution on a 4x
corpus taking <= 5x the time. A missed target is reported as MISS; the exit code is 1 only when a run fails.

Options:
  --words <n>         words in the main corpus [5000000]
  --scale-words <n>   words in the 1x corpus of the scaling runs, which also use 2x and 4x [1000000]
  --seed <n>          seed of the generated corpora [1]
  --skip-generate     use the corpora already in bench-data/ and never generate
  --help              show this help`;

async function main(): Promise<number> {
  const flags = parseFlags(HELP, {
    words: { type: 'string', default: '5000000' },
    'scale-words': { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    'skip-generate': { type: 'boolean', default: false },
    'run-one': { type: 'string' },
    workers: { type: 'string', default: '1' },
  });
  if (!flags) return 0;
  const { values } = flags;
  // Internal: the parent starts itself with --run-one for each measured run.
  if (values['run-one']) {
    await runOne(values['run-one'], flags.integer('workers', { min: 1 }));
    return 0;
  }

  const words = flags.integer('words', { min: 1 });
  const scaleWords = flags.integer('scale-words', { min: 1 });
  const seed = flags.integer('seed', { min: 1 });
  const skip = values['skip-generate'];
  const corpus = await ensureCorpus(words, seed, skip);
  const scaled = [];
  for (const scale of SCALES) scaled.push(await ensureCorpus(scaleWords * scale, seed, skip));

  const single = await runChild(corpus.dir, 1);
  const double = await runChild(corpus.dir, 2);
  const scaling = [];
  for (const [index, scale] of SCALES.entries()) {
    scaling.push({ scale, report: await runChild(scaled[index]!.dir, 1) });
  }
  printThroughput(corpus.manifest, single, double);
  printScaling(scaling, scaleWords);
  if ([single, double, ...scaling.map(({ report }) => report)].includes(null)) {
    console.log('\nSome runs failed; their errors are printed above.');
    return 1;
  }
  return 0;
}

interface Corpus {
  dir: string;
  manifest: CorpusManifest;
}

/** The corpus of `words` words in bench-data/, generated unless a current one is there. */
async function ensureCorpus(words: number, seed: number, skipGenerate: boolean): Promise<Corpus> {
  const dir = corpusDir(words, seed);
  const existing = await readManifest(dir);
  if (skipGenerate) {
    if (!existing?.complete) {
      throw new KgError('NO_CORPUS', `no complete corpus in ${dir}; run without --skip-generate to generate it`);
    }
    return { dir, manifest: existing };
  }
  if (existing && (await isCurrentCorpus(dir, words, seed))) {
    console.log(`Reusing ${dir} (${integer(existing.documents)} documents).`);
    return { dir, manifest: existing };
  }
  console.log(`Generating ${integer(words)} words into ${dir} ...`);
  const started = performance.now();
  const manifest = await generateCorpus({ outDir: dir, words, seed });
  console.log(`  done in ${duration(performance.now() - started)}.`);
  return { dir, manifest };
}

/** Child side: one pipeline run, reported as one marked JSON line on stdout. */
async function runOne(dir: string, workers: number): Promise<void> {
  // Loaded only here, so that the parent never holds the pipeline and its models in memory.
  const { runPipeline } = await import('../../src/pipeline/runPipeline.ts');
  const showProgress = process.stderr.isTTY;
  const started = performance.now();
  const result = await runPipeline({
    input: dir,
    workers,
    cacheDir: null,
    layout: false,
    onProgress: (done: number, total: number) => {
      if (showProgress) process.stderr.write(`\r  ${workers} worker(s): ${done}/${total} documents`);
    },
  });
  const wallMs = performance.now() - started;
  if (showProgress) process.stderr.write('\r\x1b[K');
  const { documents, words, entities, relations, timings } = result.stats;
  // maxRSS is in kilobytes and covers every thread of this process, workers included.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const problems = result.problems.length;
  const report: RunReport = { documents, words, entities, relations, problems, timings, wallMs, peakRssMb };
  process.stdout.write(`${REPORT_MARK}${JSON.stringify(report)}\n`);
}

/**
 * Parent side: runs the pipeline on `dir` in a fresh Node process and returns what it reports, or null when the run
 * failed (its error is on stderr), so that one failed configuration does not hide the others' figures.
 */
function runChild(dir: string, workers: number): Promise<RunReport | null> {
  console.log(`Running the pipeline on ${dir} with ${workers} worker(s) ...`);
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--run-one', dir, '--workers', String(workers)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      const lines = stdout.split('\n');
      // Anything else the run printed is passed on rather than lost.
      const other = lines.filter((line) => line.trim() && !line.startsWith(REPORT_MARK));
      if (other.length > 0) console.error(other.join('\n'));
      const report = lines.find((line) => line.startsWith(REPORT_MARK));
      if (code === 0 && report) return done(JSON.parse(report.slice(REPORT_MARK.length)) as RunReport);
      console.error(`  failed (${code !== 0 ? `exit code ${code}` : 'no figures reported'}).`);
      done(null);
    });
  });
}

// A failed run's figures are NaN: the table shows "failed" for them and no target accepts them.
const figure = (report: RunReport | null, read: (report: RunReport) => number): number => (report ? read(report) : NaN);
const wordsPerSecond = (report: RunReport): number => report.words / (report.wallMs / 1000);
const documentsPerSecond = (report: RunReport): number => report.documents / (report.wallMs / 1000);

function printThroughput(corpus: CorpusManifest, single: RunReport | null, double: RunReport | null): void {
  const singleRate = figure(single, wordsPerSecond);
  const speedup = figure(double, wordsPerSecond) / singleRate;
  const peakRss = Math.max(
    figure(single, (run) => run.peakRssMb),
    figure(double, (run) => run.peakRssMb),
  );
  const row = (label: string, read: (report: RunReport) => number, show: (value: number) => string): string[] => [
    label,
    show(figure(single, read)),
    show(figure(double, read)),
  ];
  const rateMet = verdict(singleRate >= TARGETS.wordsPerSecond);
  const rssMet = verdict(peakRss <= TARGETS.peakRssMb);
  const rows = [
    ['', '1 worker', '2 workers', 'target', ''],
    [...row('words/s', wordsPerSecond, integer), `≥ ${integer(TARGETS.wordsPerSecond)} on 1`, rateMet],
    row('documents/s', documentsPerSecond, integer),
    ['speedup', '', times(speedup), `≥ ${TARGETS.speedup}×`, verdict(speedup >= TARGETS.speedup)],
    [...row('peak RSS', (run) => run.peakRssMb, megabytes), `≤ ${TARGETS.peakRssMb} MB`, rssMet],
    row('wall time', (run) => run.wallMs, duration),
    ...STAGES.map((stage) => row(`  ${stage}`, (run) => run.timings[stage], duration)),
    row('entities', (run) => run.entities, integer),
    row('relations', (run) => run.relations, integer),
  ];
  console.log(
    `\nMain corpus: ${integer(corpus.wordsWritten)} words, ${integer(corpus.documents)} documents, ` +
      `${integer(corpus.distinctNames)} distinct names (seed ${corpus.seed}); ` +
      `${availableParallelism()} CPUs, Node ${process.version}.`,
  );
  console.log('Wall time is the runPipeline call alone; peak RSS is the whole child process, workers included.\n');
  console.log(table(rows));
  if (single && double && (single.entities !== double.entities || single.relations !== double.relations)) {
    console.log('\nWarning: 1 and 2 workers found different numbers of entities or relations; they should not differ.');
  }
  for (const report of [single, double]) {
    if (report?.problems) console.log(`\nNote: ${report.problems} document(s) had problems and were skipped.`);
  }
}

function printScaling(scaling: { scale: number; report: RunReport | null }[], scaleWords: number): void {
  const resolveMs = (report: RunReport): number => report.timings.resolve;
  const base = figure(scaling[0]!.report, resolveMs);
  const rows = scaling.map(({ scale, report }) => {
    const ratio = figure(report, resolveMs) / base;
    const words = integer(figure(report, (run) => run.words));
    const row = [`${scale}×`, words, duration(figure(report, resolveMs)), times(ratio)];
    if (scale !== 4) return row;
    return [...row, `≤ ${TARGETS.resolveGrowthAt4x}×`, verdict(ratio <= TARGETS.resolveGrowthAt4x)];
  });
  const sizes = SCALES.map((scale) => integer(scale * scaleWords)).join(', ');
  console.log(`\nCross-document resolution (the pipeline's resolve stage), 1 worker, on corpora of ${sizes} words:`);
  console.log('multiples of a smaller base than the main corpus, to keep the run short.\n');
  console.log(table([['size', 'words', 'resolve', 'ratio to 1×', 'target', ''], ...rows]));
}

/** Left-aligned first column, the rest right-aligned, two spaces apart. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const cell = (text: string, column: number): string =>
    column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!);
  const line = (row: string[]): string => row.map(cell).join('  ');
  return rows.map((row) => line(row).trimEnd()).join('\n');
}

const verdict = (met: boolean): string => (met ? 'PASS' : 'MISS');
const shown =
  (format: (value: number) => string) =>
  (value: number): string =>
    Number.isNaN(value) ? 'failed' : format(value);
const integer = shown((value) => Math.round(value).toLocaleString('en'));
const megabytes = shown((value) => `${Math.round(value)} MB`);
const times = shown((value) => `${value.toFixed(2)}×`);
const duration = shown((ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`));

// Run as a script, not imported (the real path, since the script may be reached through a symbolic link).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  void runMain(main);
}
