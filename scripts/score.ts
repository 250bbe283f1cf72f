// npm run score -- --graph <file> --gold <dir>: how an extracted graph compares with gold annotations.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFlags } from '../src/cli/flags.ts';
import { runMain } from '../src/cli/runMain.ts';
import { readGoldDocuments, readGoldFolder } from '../src/quality/goldFolder.ts';
import { claimLine, readGoldClaimsFolder, scoreClaims } from '../src/quality/claims.ts';
import { metadataLine, readSourcesFolder, scoreMetadata } from '../src/quality/metadata.ts';
import { missedBars } from '../src/quality/report.ts';
import { reportLines } from '../src/quality/report.ts';
import { scoreGraph } from '../src/quality/score.ts';
import { readGraphFile } from '../src/store/load/readGraph.ts';

const HELP = `Usage: npm run score -- [options]

Scores an extracted graph against gold annotations (tests/fixtures/FORMAT.md): per document what was
found, missed, split or conflated, then one summary line, a claims line (detection and attribution)
when the set keeps claims/ beside gold/, and a metadata line (outlet and date where the text states
them) when it keeps sources/ and the documents are given.

Options:
  --graph <file>            graph to score                 (default: graph-data/graph.json)
  --gold <dir>              folder of <document>.gold.json  (default: tests/fixtures/seeds/gold)
  --docs <dir>              the annotated documents, to check evidence is verbatim
                            (default: the documents/ folder beside the gold folder, when there is one)
  --json                    the summary, per-document detail and splits as JSON
  --min-entity-f1 <x>       exit 1 when entity F1 is under x (0..1)
  --min-relation-f1 <x>     exit 1 when relation F1 is under x (0..1)
  --max-splits <n>          exit 1 when there are more splits (within + across documents)
  -h, --help                show this help

Exit codes: 0 scored (and every bar met), 1 a bar missed, 2 could not score.`;

runMain(async () => {
  const flags = parseFlags(HELP, {
    graph: { type: 'string', default: 'graph-data/graph.json' },
    gold: { type: 'string', default: 'tests/fixtures/seeds/gold' },
    docs: { type: 'string' },
    json: { type: 'boolean', default: false },
    'min-entity-f1': { type: 'string' },
    'min-relation-f1': { type: 'string' },
    'max-splits': { type: 'string' },
  });
  if (!flags) return 0;
  const { values } = flags;
  const given = (name: keyof typeof values) => values[name] !== undefined;
  const fraction = (name: 'min-entity-f1' | 'min-relation-f1') =>
    given(name) ? flags.number(name, { min: 0, max: 1 }) : undefined;
  const bars = {
    minEntityF1: fraction('min-entity-f1'),
    minRelationF1: fraction('min-relation-f1'),
    maxSplits: given('max-splits') ? flags.integer('max-splits', { min: 0 }) : undefined,
  };
  const besideGold = join(dirname(values.gold), 'documents');
  const docs = values.docs ?? (existsSync(besideGold) ? besideGold : null);

  const graph = await readGraphFile(values.graph);
  const gold = await readGoldFolder(values.gold);
  const texts = docs === null ? null : await readGoldDocuments(docs, gold);
  const report = scoreGraph(graph, gold, texts);
  // Claims and metadata are scored where the set has them: claims/ and sources/ beside gold/.
  const goldClaims = await readGoldClaimsFolder(join(dirname(values.gold), 'claims'));
  const claims = goldClaims && scoreClaims(graph, goldClaims, gold);
  const sources = texts && (await readSourcesFolder(join(dirname(values.gold), 'sources')));
  const metadata = sources && texts && scoreMetadata(graph.attributes.documents, sources, texts);
  if (values.json)
    console.log(JSON.stringify({ ...report, ...(claims && { claims }), ...(metadata && { metadata }) }, null, 2));
  else
    console.log(
      [
        ...reportLines(report),
        ...(claims ? [claimLine(claims)] : []),
        ...(metadata ? [metadataLine(metadata)] : []),
      ].join('\n'),
    );
  const missed = missedBars(report.summary, bars);
  for (const bar of missed) console.error(`bar missed: ${bar}`);
  return missed.length ? 1 : 0;
});
