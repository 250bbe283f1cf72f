// The quality bars of the extraction issue, measured by the gold scorer on the seed articles and on fixture sets.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model/graph.ts';
import { ROOT, SHARED, SEEDS, runExtract, tempDir } from './helpers.ts';

interface ScoreSummary {
  entity: { f1: number };
  relation: { f1: number };
  splitsWithinDocuments: number;
  splitsAcrossCorpus: number;
  conflations: number;
  evidenceVerbatim: number;
}

/** Extracts `docs` with no curation (the bars hold for what the machine finds alone) and scores it against `gold`. */
function extractAndScore(docs: string, gold: string, output: string): ScoreSummary {
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
  const score = join(SHARED, 'gold/score.mjs');
  const scored = execFileSync(process.execPath, [score, '--graph', output, '--gold', gold, '--docs', docs, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(scored).summary;
}

describe('extraction quality on the seed articles', () => {
  const output = join(tempDir(), 'graph.json');
  let summary: ScoreSummary;

  // The scorer reads the seeds from ../shared: the same text as graph-data/documents.
  beforeAll(() => {
    summary = extractAndScore(SEEDS, join(SHARED, 'gold/seeds'), output);
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

// Articles written for testing (tests/fixtures/heldout and tests/fixtures/blind) on subjects the rules were not
// built from: a guard against rules that only fit the seeds. Floors sit a little under the measured figures.
describe.each([
  ['heldout', 0.94, 0.68],
  ['blind', 0.92, 0.58],
])('extraction quality on the %s articles', (set, entityFloor, relationFloor) => {
  it(`keeps entity F1 ≥ ${entityFloor} and relation F1 ≥ ${relationFloor}, with no conflations`, () => {
    const docs = join(ROOT, `tests/fixtures/${set}/documents`);
    const summary = extractAndScore(docs, join(ROOT, `tests/fixtures/${set}/gold`), join(tempDir(), `${set}.json`));
    expect(summary.entity.f1).toBeGreaterThanOrEqual(entityFloor);
    expect(summary.relation.f1).toBeGreaterThanOrEqual(relationFloor);
    expect(summary.conflations).toBe(0);
    expect(summary.evidenceVerbatim).toBe(1);
  });
});
