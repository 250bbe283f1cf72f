// npm run score:compare -- [set ...]: our scorer against the reference ../shared/gold/score.mjs on the same graphs.
// A development check: it runs only where ../shared (beside the repository) exists, and never from npm test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags } from '../src/cli/flags.ts';
import { runMain } from '../src/cli/runMain.ts';
import { EMPTY_CURATION } from '../src/model/curation.ts';
import { InputError } from '../src/model/errors.ts';
import { writeFileAtomic } from '../src/pipeline/atomicWrite.ts';
import { runPipeline } from '../src/pipeline/runPipeline.ts';
import { annotationDifferences, reportDifferences } from '../src/quality/compare.ts';
import { readGoldDocuments, readGoldFolder } from '../src/quality/goldFolder.ts';
import { summaryLine } from '../src/quality/report.ts';
import { scoreGraph, type ScoreReport } from '../src/quality/score.ts';
import { readGraphFile } from '../src/store/load/readGraph.ts';
import { toGraphFile } from '../src/model/graphFile.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const REFERENCE = join(ROOT, '../shared/gold/score.mjs');
/** The reference's own annotations, for the sets it has (the seeds). */
const REFERENCE_GOLD = join(ROOT, '../shared/gold');

const HELP = `Usage: npm run score:compare -- [set ...]
       npm run score:compare -- --graph <file> --gold <dir> --docs <dir>

Scores the same graph with our scorer (npm run score) and the reference ../shared/gold/score.mjs and
lists every difference: summary figures more than 0.1 point apart, and per-document detail. Where
../shared/gold has annotations of the set (the seeds), also scores against those and lists where ours differ.
With set names (default: every tests/fixtures/<set> with documents/ and gold/), extracts each set
first, with no curation, as npm test does. Needs ../shared beside the repository; says so otherwise.

Exit codes: 0 the scorers agree (or there is no reference to compare with), 1 they differ, 2 could not run.`;

interface ScoredSet {
  name: string;
  graph: string;
  gold: string;
  docs: string;
}

async function extractSet(name: string, outDir: string): Promise<ScoredSet> {
  const docs = join(FIXTURES, name, 'documents');
  const gold = join(FIXTURES, name, 'gold');
  if (!existsSync(docs) || !existsSync(gold))
    throw new InputError('NO_SET', `no fixture set ${name}: expected ${docs} and ${gold}`);
  const { graph } = await runPipeline({
    input: docs,
    workers: 1,
    cacheDir: null,
    curation: EMPTY_CURATION,
    layout: false,
  });
  const file = join(outDir, `${name}.json`);
  await writeFileAtomic(file, JSON.stringify(toGraphFile(graph)));
  return { name, graph: file, gold, docs };
}

async function ourReport({ graph, gold, docs }: ScoredSet): Promise<ScoreReport> {
  const annotations = await readGoldFolder(gold);
  return scoreGraph(await readGraphFile(graph), annotations, await readGoldDocuments(docs, annotations));
}

function referenceReport({ graph, gold, docs }: ScoredSet): ScoreReport {
  const args = [REFERENCE, '--graph', graph, '--gold', gold, '--docs', docs, '--json'];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as ScoreReport;
}

/** Our annotations of a set against the reference's: what each has that the other has not, and both scores. */
async function compareAnnotations(set: ScoredSet, referenceGold: string): Promise<void> {
  const differences = annotationDifferences(await readGoldFolder(set.gold), await readGoldFolder(referenceGold));
  const onTheirs = referenceReport({ ...set, gold: referenceGold });
  console.log(`reference on ${referenceGold}: ${summaryLine(onTheirs.summary)}`);
  console.log(`annotations: ${differences.length ? `${differences.length} differences` : 'the same'}`);
  for (const d of differences) console.log(`  ${d}`);
}

runMain(async () => {
  const flags = parseFlags(
    HELP,
    { graph: { type: 'string' }, gold: { type: 'string' }, docs: { type: 'string' } },
    { positionals: true },
  );
  if (!flags) return 0;
  const { values, positionals } = flags;
  if (!existsSync(REFERENCE)) {
    console.log(`No reference scorer at ${REFERENCE} (../shared is not beside this repository): nothing compared.`);
    return 0;
  }
  let sets: ScoredSet[];
  const { graph, gold, docs } = values;
  if (graph || gold || docs) {
    if (!graph || !gold || !docs) return flags.fail('--graph, --gold and --docs go together');
    sets = [{ name: graph, graph, gold, docs }];
  } else {
    const names = positionals.length
      ? positionals
      : readdirSync(FIXTURES)
          .filter((n) => existsSync(join(FIXTURES, n, 'gold')))
          .sort();
    const outDir = mkdtempSync(join(tmpdir(), 'kg-compare-'));
    sets = [];
    for (const name of names) sets.push(await extractSet(name, outDir));
  }
  let differing = 0;
  for (const set of sets) {
    const ours = await ourReport(set);
    const reference = referenceReport(set);
    const differences = reportDifferences(ours, reference);
    if (differences.length) differing++;
    console.log(`\n## ${set.name}: ${differences.length ? `${differences.length} differences` : 'the scorers agree'}`);
    console.log(`ours      ${summaryLine(ours.summary)}`);
    console.log(`reference ${summaryLine(reference.summary)}`);
    for (const d of differences) console.log(`  ${d}`);
    const referenceGold = join(REFERENCE_GOLD, set.name);
    if (existsSync(referenceGold)) await compareAnnotations(set, referenceGold);
  }
  return differing ? 1 : 0;
});
