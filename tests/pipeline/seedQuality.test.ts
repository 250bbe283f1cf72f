// The quality bars of the extraction issue, measured by the project's scorer on the seed articles and on the
// fixture sets, against the annotations in tests/fixtures (tests/fixtures/FORMAT.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model/graph.ts';
import { readGoldDocuments, readGoldFolder } from '../../src/quality/goldFolder.ts';
import { readSourcesFolder, scoreMetadata } from '../../src/quality/metadata.ts';
import { scoreGraph, type ScoreSummary } from '../../src/quality/score.ts';
import { readGraphFile } from '../../src/store/load/readGraph.ts';
import { FIXTURES, SEEDS, runExtract, tempDir } from './helpers.ts';

/** Extracts `docs` with no curation (the bars hold for what the machine finds alone) and scores it against `gold`. */
async function extractAndScore(docs: string, gold: string, output: string): Promise<ScoreSummary> {
  const run = runExtract([
    '--input',
    docs,
    '--output',
    output,
    '--no-cache',
    '--curation',
    join(tempDir(), 'none.json'),
    '--quiet',
  ]);
  expect(run.status, run.stderr).toBe(0);
  const annotations = await readGoldFolder(gold);
  return scoreGraph(await readGraphFile(output), annotations, await readGoldDocuments(docs, annotations)).summary;
}

describe('extraction quality on the seed articles', () => {
  const output = join(tempDir(), 'graph.json');
  let summary: ScoreSummary;

  // The product's own corpus, graph-data/documents, scored against the seeds' annotations (same texts).
  beforeAll(async () => {
    summary = await extractAndScore(SEEDS, join(FIXTURES, 'seeds/gold'), output);
  });

  it('finds the entities (F1 ≥ 95%)', () => expect(summary.entity.f1).toBeGreaterThanOrEqual(0.95));
  it('finds the relations (F1 ≥ 80%)', () => expect(summary.relation.f1).toBeGreaterThanOrEqual(0.8));
  it('splits and conflates nothing', () => {
    expect(summary.splitsWithinDocuments + summary.splitsAcrossCorpus).toBe(0);
    expect(summary.conflations).toBe(0);
  });
  it('quotes every evidence verbatim', () => expect(summary.evidenceVerbatim).toBe(1));

  it('gives every evidence offsets into the cleaned text the graph keeps', () => {
    const graph = JSON.parse(readFileSync(output, 'utf8')) as SerializedKnowledgeGraph;
    const texts = new Map(graph.attributes!.documents.map((d) => [d.id, d.text]));
    const evidence = graph.edges.flatMap((e) => e.attributes!.evidence);
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence) expect(texts.get(e.document)!.slice(e.start, e.end)).toBe(e.text);
  });

  it('shows the groups behind the raid and how they relate', () => {
    const graph = JSON.parse(readFileSync(output, 'utf8')) as SerializedKnowledgeGraph;
    const label = new Map(graph.nodes.map((n) => [n.key, n.attributes!.label]));
    const stated = graph.edges
      .filter((e) => e.attributes!.type !== 'MENTIONED_WITH')
      .map((e) => `${label.get(e.source)} ${e.attributes!.type} ${label.get(e.target)}`);
    expect(stated).toEqual(
      expect.arrayContaining([
        'Kapustin LEADS Russian Volunteer Corps',
        // ALLIED_WITH is symmetric: stored once, its ends in key order.
        'Freedom of Russia Legion ALLIED_WITH Russian Volunteer Corps',
        'Main Intelligence Directorate of Ukraine (GUR) CONTROLS Russian Volunteer Corps',
        'Supreme Court of Russia BANNED Freedom of Russia Legion',
      ]),
    );
  });
});

// Articles written for testing, on subjects the rules were not built from: a guard against rules that only fit the
// seeds. One row per set under tests/fixtures (documents/ + gold/); floors sit a little under the measured figures.
const FIXTURE_FLOORS = [
  { set: 'heldout', entityF1: 0.97, relationF1: 0.81 },
  { set: 'blind', entityF1: 0.96, relationF1: 0.79 },
  // Real news pages as published. The blind part is a floor against regressions only: rules are never tuned on it.
  // The 20 i pages (armed conflict and sanctions, added in session 5) scored E 85.4 / R 30.1 before any rule saw them,
  // taking the set (then 69 pages) from 92.8 / 69.3 to 90.2 / 54.0; session 5's rules took it to 94.1 / 67.3. The 24
  // j pages (all six kinds, session 6) scored E 92.5 / R P55.4 R23.5 F1 33.0 at first sight: 93 pages, 93.7 / 59.3,
  // with one conflation (a state senate and the U.S. Senate, both "the Senate"); session 6's rules took it to 95.7 / 62.5.
  // The 24 n pages (all six kinds, session 7) scored E 89.2 / R P65.9 R23.0 F1 34.1 at first sight, with one
  // conflation: 117 pages, E 94.4 / R 57.6, two conflations; session 7's rules took it to 95.0 / 65.1.
  // The 48 r pages (all six kinds, 47 outlets, session 8) scored E P85.3 R92.6 F1 88.8 / R P55.3 R19.1 F1 28.4 at
  // first sight: 165 pages, E 93.2 / R P79.6 R43.4 F1 56.2; session 8's changes took it to 93.9 / 57.1, one conflation;
  // session 10's to 94.4 / 59.4, session 11's to 94.6 / 63.7.
  // Metadata: of the 64 pages whose text names the outlet, 55 get it; of the 38 stating their day, all 38.
  { set: 'news-dev', entityF1: 0.94, relationF1: 0.63, maxConflations: 1, outletsRight: 55, datesRight: 38 },
  { set: 'news-blind', entityF1: 0.91, relationF1: 0.4 },
  // news-fresh, news-fresh2 and news-fresh3 were kept blind (scored, never read) until session 11, when they became
  // development sets (tests/fixtures/FORMAT.md). Their first runs: news-fresh E 83.3 / R 29.7; news-fresh2 (15 pages,
  // 15 outlets, session 4) E 78.8 / R 21.6, 1 conflation; news-fresh3 (15 pages, session 5) E 92.7 / R P63.6 R14.0
  // F1 22.9. At the start of session 11, still blind: 87.9 / 31.7 (2 conflations), 83.8 / 46.9, 92.9 / 28.5; its
  // rules took them to 87.7 / 37.4, 85.5 / 50.6, 93.2 / 36.6. The known conflations are the extractor's, so the
  // floor holds them at today's count instead of hiding the set.
  { set: 'news-fresh', entityF1: 0.87, relationF1: 0.37, maxConflations: 2, outletsRight: 4, datesRight: 2 },
  { set: 'news-fresh2', entityF1: 0.85, relationF1: 0.5, maxConflations: 1, outletsRight: 2, datesRight: 1 },
  { set: 'news-fresh3', entityF1: 0.93, relationF1: 0.36, outletsRight: 6, datesRight: 4 },
  // Blind: a fourth (15 pages, 14 new outlets, session 6); first run E P81.0 R90.1 F1 85.3 / R P58.6 R25.8 F1 35.8.
  { set: 'news-fresh4', entityF1: 0.87, relationF1: 0.39 },
  // A fifth (15 pages, 15 new outlets, session 7); first run E P91.4 R91.4 F1 91.4 / R P67.4 R27.2 F1 38.8.
  { set: 'news-fresh5', entityF1: 0.92, relationF1: 0.48 },
  // A sixth (18 pages, 18 new outlets, session 8); first run E P86.0 R90.6 F1 88.2 / R P47.9 R21.9 F1 30.1, 1 conflation;
  // 89.1 / 35.1 at the end of the session.
  { set: 'news-fresh6', entityF1: 0.89, relationF1: 0.35, maxConflations: 1 },
  // A seventh (17 pages, 16 outlets, session 10); first run E P92.0 R83.3 F1 87.4 / R P68.0 R18.3 F1 28.8, splits
  // 12+12, 0 conflations.
  { set: 'news-fresh7', entityF1: 0.87, relationF1: 0.28 },
  // An eighth (15 pages, 15 outlets, session 11); first run at 4e73708 E P89.9 R91.0 F1 90.5 / R P82.6 R21.3 F1 33.9,
  // splits 4+7, 0 conflations; outlets 2 of 4 stated, dates 4 of 4.
  { set: 'news-fresh8', entityF1: 0.9, relationF1: 0.33 },
];

describe.each(FIXTURE_FLOORS)(
  'extraction quality on the $set articles',
  ({ set, entityF1, relationF1, maxConflations = 0, outletsRight = 0, datesRight = 0 }) => {
    it(`keeps entity F1 ≥ ${entityF1} and relation F1 ≥ ${relationF1}, with at most ${maxConflations} conflations, and no wrong outlet or date`, async () => {
      const docs = join(FIXTURES, set, 'documents');
      const output = join(tempDir(), `${set}.json`);
      const summary = await extractAndScore(docs, join(FIXTURES, set, 'gold'), output);
      expect(summary.entity.f1).toBeGreaterThanOrEqual(entityF1);
      expect(summary.relation.f1).toBeGreaterThanOrEqual(relationF1);
      expect(summary.conflations).toBeLessThanOrEqual(maxConflations);
      expect(summary.evidenceVerbatim).toBe(1);
      // Where the set says where its pages came from, an outlet or date given is never another than the source's.
      const sources = await readSourcesFolder(join(FIXTURES, set, 'sources'));
      if (!sources) return;
      const gold = await readGoldFolder(join(FIXTURES, set, 'gold'));
      const graph = await readGraphFile(output);
      const metadata = scoreMetadata(graph.attributes!.documents, sources, await readGoldDocuments(docs, gold));
      expect(metadata.outlet.wrong + metadata.date.wrong, metadata.problems.join('\n')).toBe(0);
      expect(metadata.outlet.right).toBeGreaterThanOrEqual(outletsRight);
      expect(metadata.date.right).toBeGreaterThanOrEqual(datesRight);
    });
  },
);
