// Claim quality on every set with gold claims (tests/fixtures/<set>/claims/): floors a little under the first
// figures measured, so a change that loses claims or their speakers shows up.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimFigures, readGoldClaimsFolder, scoreClaims } from '../../src/quality/claims.ts';
import { readGoldFolder } from '../../src/quality/goldFolder.ts';
import { readGraphFile } from '../../src/store/load/readGraph.ts';
import { FIXTURES, runExtract, SEEDS, tempDir } from './helpers.ts';

const FLOORS = [
  { set: 'seeds', docs: SEEDS, detectionF1: 0.9, attributionF1: 0.84 },
  { set: 'heldout', docs: join(FIXTURES, 'heldout/documents'), detectionF1: 0.8, attributionF1: 0.7 },
  { set: 'blind', docs: join(FIXTURES, 'blind/documents'), detectionF1: 0.8, attributionF1: 0.68 },
  { set: 'news-dev', docs: join(FIXTURES, 'news-dev/documents'), detectionF1: 0.75, attributionF1: 0.58 },
];

describe.each(FLOORS)('claims on the $set articles', ({ set, docs, detectionF1, attributionF1 }) => {
  it(`finds claims (F1 ≥ ${detectionF1}) and their speakers (F1 ≥ ${attributionF1})`, async () => {
    const output = join(tempDir(), 'graph.json');
    const none = join(tempDir(), 'none.json');
    const run = runExtract(['--input', docs, '--output', output, '--no-cache', '--curation', none, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const goldClaims = (await readGoldClaimsFolder(join(FIXTURES, set, 'claims')))!;
    const gold = await readGoldFolder(join(FIXTURES, set, 'gold'));
    const score = scoreClaims(await readGraphFile(output), goldClaims, gold);
    expect(score.detection.gold).toBeGreaterThan(20);
    expect(claimFigures(score.detection).f1).toBeGreaterThanOrEqual(detectionF1);
    expect(claimFigures(score.attribution).f1).toBeGreaterThanOrEqual(attributionF1);
  }, 120_000);
});
