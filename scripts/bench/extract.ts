// The extraction benchmark: generates (or reuses) corpora in bench-data/, runs the pipeline on each in a fresh child
// process, so that no run inherits another's heap, and prints throughput, memory, growth with corpus size, the CLI
// end to end and a peer library's speed on the same corpus against their targets.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFlags } from '../../src/cli/flags.ts';
import { runMain } from '../../src/cli/runMain.ts';
import { KgError } from '../../src/model/errors.ts';
import type { PipelineStats } from '../../src/pipeline/runPipeline.ts';
import { corpusDir, generateCorpus, isCurrentCorpus, readManifest, type CorpusManifest } from './generate-corpus.ts';
import { runPeer, type PeerReport } from './peer.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/** Marks the child's report on stdout, where the pipeline or its libraries may also print. */
const REPORT_MARK = '@@bench-report ';
const SCALES = [1, 2, 4, 8] as const;
/** The pipeline's stages shown under wall time, to see where it goes (layout is off in the throughput runs). */
const STAGES = ['read', 'extract', 'resolve', 'build', 'layout'] as const;
/** Issue 11's targets; peak RSS is for a 5M-word corpus, the CLI's for 1M words. */
const TARGETS = {
  wordsPerSecond: 150_000,
  speedup: 1.8,
  peakRssMb: 700,
  resolveGrowthAt4x: 4.5,
  cliWordsPerSecond: 150_000,
};
/** A stage whose time at k× the corpus is more than this times k× its 1× time is reported as growing faster. */
const LINEAR_SLACK = 1.25;

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
  /** CPU time of the child process, all threads, over the runPipeline call: a loaded machine disturbs it less. */
  cpuMs: number;
  peakRssMb: number;
}

/** What the CLI run reports: its wall time from process start to exit, and the stage times of its summary. */
interface CliReport {
  words: number;
  wallMs: number;
  /** The summary's `time:` line (the pipeline's stages; start-up and writing are the rest of the wall time). */
  timeLine: string;
  totalMs: number;
}

const HELP = `Usage: npm run bench:extract [-- options]

Runs the extraction pipeline on generated corpora and prints words/s, documents/s, peak memory and wall time
with 1 and 2 worker threads; each stage's time on corpora of 1x, 2x, 4x and 8x a base size and where it stops
growing linearly; the extraction CLI end to end (start-up, workers, resolution, graph, layout, writing); and
compromise's people, organizations and places on the 1x corpus, in one thread, against ours on it. Each run is
a fresh child process. Corpora are written to bench-data/ and reused while the options stay the same.

Targets (issue 11): >= 150,000 words/s on 1 worker, >= 1.8x that on 2, peak RSS <= 700 MB (at 5M words),
resolution on a 4x corpus taking <= 4.5x the time, the CLI on 1M words >= 150,000 words/s end to end.
A missed target is reported as MISS; the exit code is 1 only when a run fails.

Options:
  --words <n>         words in the main corpus [5000000]
  --scale-words <n>   words in the 1x corpus of the growth runs, which also use 2x, 4x and 8x [500000]
  --cli-words <n>     words in the corpus of the CLI run [1000000]
  --seed <n>          seed of the generated corpora [1]
  --code <dir>        run the pipeline and CLI of another checkout (to compare two versions in one sitting) [.]
  --skip-generate     use the corpora already in bench-data/ and never generate
  --help              show this help`;

async function main(): Promise<number> {
  const flags = parseFlags(HELP, {
    words: { type: 'string', default: '5000000' },
    'scale-words': { type: 'string', default: '500000' },
    'cli-words': { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    code: { type: 'string', default: ROOT },
    'skip-generate': { type: 'boolean', default: false },
    'run-one': { type: 'string' },
    'run-peer': { type: 'string' },
    workers: { type: 'string', default: '1' },
    layout: { type: 'boolean', default: false },
  });
  if (!flags) return 0;
  const { values } = flags;
  const code = resolve(values.code);
  // Internal: the parent starts itself with --run-one or --run-peer for each measured run.
  if (values['run-one']) {
    await runOne(code, values['run-one'], flags.integer('workers', { min: 1 }), values.layout);
    return 0;
  }
  if (values['run-peer']) {
    process.stdout.write(`${REPORT_MARK}${JSON.stringify(await runPeer(values['run-peer']))}\n`);
    return 0;
  }

  const words = flags.integer('words', { min: 1 });
  const scaleWords = flags.integer('scale-words', { min: 1 });
  const cliWords = flags.integer('cli-words', { min: 1 });
  const seed = flags.integer('seed', { min: 1 });
  const skip = values['skip-generate'];
  const corpus = await ensureCorpus(words, seed, skip);
  const scaled = [];
  for (const scale of SCALES) scaled.push(await ensureCorpus(scaleWords * scale, seed, skip));
  const cliCorpus = await ensureCorpus(cliWords, seed, skip);
  if (code !== resolve(ROOT)) console.log(`Measuring the code in ${code}.`);

  const single = await runChild<RunReport>(code, ['--run-one', corpus.dir, '--workers', '1']);
  const double = await runChild<RunReport>(code, ['--run-one', corpus.dir, '--workers', '2']);
  const growth = [];
  for (const [index, scale] of SCALES.entries()) {
    const args = ['--run-one', scaled[index]!.dir, '--workers', '1', '--layout'];
    growth.push({ scale, report: await runChild<RunReport>(code, args) });
  }
  const cli = await runCli(code, cliCorpus.dir);
  const peer = await runChild<PeerReport>(code, ['--run-peer', scaled[0]!.dir]);
  printThroughput(corpus.manifest, single, double);
  printGrowth(growth, scaleWords);
  printCli(cli);
  printPeer(peer, growth[0]!.report);
  if ([single, double, cli, peer, ...growth.map(({ report }) => report)].includes(null)) {
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

/** Child side: one pipeline run of the checkout in `code`, reported as one marked JSON line on stdout. */
async function runOne(code: string, dir: string, workers: number, layout: boolean): Promise<void> {
  // Loaded only here, so that the parent never holds the pipeline and its models in memory.
  const pipeline = pathToFileURL(join(code, 'src/pipeline/runPipeline.ts')).href;
  const { runPipeline } = (await import(pipeline)) as typeof import('../../src/pipeline/runPipeline.ts');
  const showProgress = process.stderr.isTTY;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await runPipeline({
    input: dir,
    workers,
    cacheDir: null,
    layout,
    onProgress: (done: number, total: number) => {
      if (showProgress) process.stderr.write(`\r  ${workers} worker(s): ${done}/${total} documents`);
    },
  });
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (showProgress) process.stderr.write('\r\x1b[K');
  const { documents, words, entities, relations, timings } = result.stats;
  // maxRSS is in kilobytes and covers every thread of this process, workers included.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const problems = result.problems.length;
  const report: RunReport = { documents, words, entities, relations, problems, timings, wallMs, cpuMs, peakRssMb };
  process.stdout.write(`${REPORT_MARK}${JSON.stringify(report)}\n`);
}

/**
 * Parent side: runs this script with `args` in a fresh Node process and returns what it reports, or null when the run
 * failed (its error is on stderr), so that one failed configuration does not hide the others' figures.
 */
async function runChild<Report>(code: string, args: string[]): Promise<Report | null> {
  console.log(`Running ${args.join(' ').replace(ROOT, '')} ...`);
  const { code: exit, stdout } = await run(process.execPath, ['--import', 'tsx', SELF, '--code', code, ...args]);
  const lines = stdout.split('\n');
  // Anything else the run printed is passed on rather than lost.
  const other = lines.filter((line) => line.trim() && !line.startsWith(REPORT_MARK));
  if (other.length > 0) console.error(other.join('\n'));
  const report = lines.find((line) => line.startsWith(REPORT_MARK));
  if (exit === 0 && report) return JSON.parse(report.slice(REPORT_MARK.length)) as Report;
  console.error(`  failed (${exit !== 0 ? `exit code ${exit}` : 'no figures reported'}).`);
  return null;
}

/** The extraction CLI as a user runs it (no cache, default workers and layout), timed from start to exit. */
async function runCli(code: string, dir: string): Promise<CliReport | null> {
  console.log(`Running npm run extract on ${dir.replace(ROOT, '')} ...`);
  const out = await mkdtemp(join(tmpdir(), 'bench-extract-'));
  try {
    const args = ['--import', 'tsx', join(code, 'scripts/extract.ts'), '--input', dir, '--no-cache'];
    const started = performance.now();
    const { code: exit, stdout } = await run(process.execPath, [...args, '--output', join(out, 'graph.json')]);
    const wallMs = performance.now() - started;
    const timeLine = stdout.split('\n').find((line) => line.startsWith('time: ')) ?? '';
    const words = Number(/([\d,]+) words/.exec(stdout)?.[1]?.replaceAll(',', '') ?? NaN);
    const totalMs = Number(/^time: ([\d.]+)s/.exec(timeLine)?.[1] ?? NaN) * 1000;
    if (exit === 0 && timeLine) return { words, wallMs, timeLine, totalMs };
    console.error(`  failed (exit code ${exit}).\n${stdout}`);
    return null;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout }));
  });
}

// A failed run's figures are NaN: the table shows "failed" for them and no target accepts them.
const figure = <R>(report: R | null, read: (report: R) => number): number => (report ? read(report) : NaN);
const wordsPerSecond = (report: { words: number; wallMs: number }): number => report.words / (report.wallMs / 1000);
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
    [...row('peak RSS', (run) => run.peakRssMb, megabytes), `≤ ${TARGETS.peakRssMb} MB at 5M words`, rssMet],
    row('wall time', (run) => run.wallMs, duration),
    row('CPU time, all threads', (run) => run.cpuMs, duration),
    row('words per CPU-second', (run) => run.words / (run.cpuMs / 1000), integer),
    ...STAGES.filter((stage) => stage !== 'layout').map((stage) =>
      row(`  ${stage}`, (run) => run.timings[stage], duration),
    ),
    row('entities', (run) => run.entities, integer),
    row('relations', (run) => run.relations, integer),
  ];
  console.log(
    `\nMain corpus: ${integer(corpus.wordsWritten)} words, ${integer(corpus.documents)} documents, ` +
      `${integer(corpus.distinctNames)} distinct names (seed ${corpus.seed}); ` +
      `${availableParallelism()} CPUs, Node ${process.version}.`,
  );
  console.log(
    'Wall time is the runPipeline call alone (no layout); peak RSS is the whole child process, workers included.',
  );
  console.log('`read` is summed over files and overlaps `extract`, which covers reading and extracting.\n');
  console.log(table(rows));
  if (corpus.wordsWritten < 5_000_000) console.log(`\nThe peak RSS target is for 5M words; this corpus is smaller.`);
  if (single && double && (single.entities !== double.entities || single.relations !== double.relations)) {
    console.log('\nWarning: 1 and 2 workers found different numbers of entities or relations; they should not differ.');
  }
  for (const report of [single, double]) {
    if (report?.problems) console.log(`\nNote: ${report.problems} document(s) had problems and were skipped.`);
  }
}

/** Each stage's time at every size, its ratio to 1×, and the first size where it grows faster than the corpus. */
function printGrowth(growth: { scale: number; report: RunReport | null }[], scaleWords: number): void {
  const base = growth[0]!.report;
  const measures: [string, (report: RunReport) => number][] = [
    ...STAGES.map((stage): [string, (report: RunReport) => number] => [stage, (run) => run.timings[stage]]),
    ['wall time', (run) => run.wallMs],
  ];
  const rows = measures.map(([label, read]) => {
    const ratios = growth.map(({ report }) => figure(report, read) / figure(base, read));
    const faster = growth.find(({ scale }, i) => ratios[i]! > scale * LINEAR_SLACK);
    const cells = growth.map(({ report }, i) => `${duration(figure(report, read))} (${times(ratios[i]!)})`);
    return [label, ...cells, faster ? `faster than linear from ${faster.scale}×` : 'linear or better'];
  });
  const sizes = SCALES.map((scale) => integer(scale * scaleWords)).join(', ');
  console.log(`\nGrowth: each stage on corpora of ${sizes} words, 1 worker, with layout; time (ratio to 1×).`);
  console.log(`A stage "grows faster than linear" where its ratio passes ${LINEAR_SLACK}× the size ratio.\n`);
  console.log(table([['stage', ...SCALES.map((scale) => `${scale}×`), 'growth'], ...rows]));
  const at4 = growth.findIndex(({ scale }) => scale === 4);
  const resolveRatio =
    figure(growth[at4]!.report, (run) => run.timings.resolve) / figure(base, (run) => run.timings.resolve);
  console.log(
    `\nResolution on 4× the corpus: ${times(resolveRatio)} the time; target ≤ ${TARGETS.resolveGrowthAt4x}×  ` +
      verdict(resolveRatio <= TARGETS.resolveGrowthAt4x),
  );
}

function printCli(cli: CliReport | null): void {
  const rate = figure(cli, wordsPerSecond);
  console.log(
    `\nCLI end to end (npm run extract, no cache, default workers, layout and writing): ` +
      `${integer(figure(cli, (run) => run.words))} words in ${duration(figure(cli, (run) => run.wallMs))}, ` +
      `${integer(rate)} words/s; target ≥ ${integer(TARGETS.cliWordsPerSecond)}  ${verdict(rate >= TARGETS.cliWordsPerSecond)}`,
  );
  if (!cli) return;
  console.log(`  its summary: ${cli.timeLine}`);
  console.log(`  start-up and writing (the rest): ${duration(cli.wallMs - cli.totalMs)}`);
}

function printPeer(peer: PeerReport | null, ours: RunReport | null): void {
  const theirs = figure(peer, wordsPerSecond);
  const mine = figure(ours, wordsPerSecond);
  console.log(
    '\nPeer on the 1× corpus: compromise (people, organizations, places), one thread; ours is the 1× growth run.\n',
  );
  console.log(
    table([
      ['', 'words/s', 'wall time', 'finds'],
      [
        'kg-explorer, 1 worker',
        integer(mine),
        duration(figure(ours, (run) => run.wallMs)),
        'entities, relations, co-occurrence',
      ],
      [
        'compromise',
        integer(theirs),
        duration(figure(peer, (run) => run.wallMs)),
        `${integer(figure(peer, (run) => run.names))} names`,
      ],
      ['ours / theirs', times(mine / theirs), '', ''],
    ]),
  );
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
