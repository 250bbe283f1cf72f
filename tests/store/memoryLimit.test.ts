// The query processes' memory limit against what they really hold: a limit the database leaves no room under is
// refused when the process opens it, and the default limit grows with the database faster than the engine's memory,
// so a big database still leaves room for V8 and the queries (at 100,000 entities the old limit did not).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/store/generateGraph.ts';
import { beginLoad } from '../../src/store/backends.ts';
import { currentGeneration } from '../../src/store/grafeo/generations.ts';
import {
  dataSegmentMb,
  defaultWorkers,
  DEFAULT_WORKERS,
  queryMemoryMb,
  QUERY_ROOM_MB,
} from '../../src/store/grafeo/memoryLimit.ts';
import { GrafeoWorkerPool } from '../../src/store/grafeo/workerPool.ts';
import { loadGraph } from '../../src/store/load/loadGraph.ts';

/** A generated graph of `entities` in a fresh store; the generation file's path. */
async function generatedDatabase(entities: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-db-'));
  const target = await beginLoad({ kind: 'grafeo', dir }, { reset: true });
  await loadGraph(target.writer, generateGraph(entities), { reset: true });
  await target.commit('generated graph', true);
  return join(dir, (await currentGeneration(dir))!.file);
}

const megabytes = (file: string) => statSync(file).size / 2 ** 20;

describe.runIf(process.platform === 'linux')('the query processes’ memory limit', () => {
  let pool: GrafeoWorkerPool | undefined;
  afterEach(() => pool?.close());

  /** The most any process of a pool holds once it has opened `file` (the warm-up included). */
  async function heldOnceOpen(file: string): Promise<{ usedMb: number; limitMb: number }> {
    pool = new GrafeoWorkerPool(file, { size: 1 });
    await pool.warmUp();
    const usedMb = Math.max(...pool.pids().map((pid) => dataSegmentMb(pid) ?? 0));
    const limitMb = pool.memoryMb();
    await pool.close();
    return { usedMb, limitMb };
  }

  it('refuses a limit the opened database leaves too little room under, naming the flag to raise', async () => {
    const file = await generatedDatabase(1000);
    pool = new GrafeoWorkerPool(file, { size: 1, memoryMb: 320 });
    await expect(pool.warmUp()).rejects.toThrow(
      new RegExp(
        `holds \\d+ MB of its 320 MB memory limit .* less than the ${QUERY_ROOM_MB} MB .* --query-memory-mb \\d+`,
      ),
    );
  });

  it('raises the default limit with the generation served: a process restarts with the new one', async () => {
    const [small, large] = [await generatedDatabase(500), await generatedDatabase(2000)];
    pool = new GrafeoWorkerPool(small, { size: 1 });
    await pool.warmUp();
    const before = pool.memoryMb();
    pool.switchTo(large);
    expect(pool.memoryMb()).toBeGreaterThan(before);
    const reply = await pool.run({
      query: 'MATCH (n) RETURN count(n)',
      params: {},
      maxRows: 1,
      timeoutMs: 30_000,
      lane: 'query',
      client: 'test',
    });
    expect(reply.ok).toBe(true);
    // /proc/<pid>/limits gives the data segment's cap in bytes: the process that ran the query has the new one.
    const caps = pool
      .pids()
      .map((pid) => Number(/Max data size\s+(\d+)/.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1]));
    expect(caps).toContain(pool.memoryMb() * 2 ** 20);
  });

  it('grows the default limit faster than the memory a process needs for the database', async () => {
    const [small, large] = [await generatedDatabase(2000), await generatedDatabase(10_000)];
    const [atSmall, atLarge] = [await heldOnceOpen(small), await heldOnceOpen(large)];
    for (const { usedMb, limitMb } of [atSmall, atLarge])
      expect(limitMb - usedMb).toBeGreaterThanOrEqual(QUERY_ROOM_MB);
    // MB held per MB of file, between the two sizes (about 4.3 here, 4.7 between 50,000 and 100,000 entities).
    const fileMb = megabytes(large) - megabytes(small);
    const perFileMb = (atLarge.usedMb - atSmall.usedMb) / fileMb;
    const limitPerFileMb = (atLarge.limitMb - atSmall.limitMb) / fileMb;
    console.log(`memory held: ${perFileMb.toFixed(2)} MB per MB of file; the limit grows ${limitPerFileMb.toFixed(2)}`);
    // Room for the queries' own working memory, which grows with the graph too.
    expect(limitPerFileMb).toBeGreaterThanOrEqual(perFileMb + 1);
    // Projected to a database ten times the larger (about 100,000 entities), the room is still there.
    const projectedMb = 10 * megabytes(large);
    const projectedUse = atLarge.usedMb + perFileMb * (projectedMb - megabytes(large));
    expect(queryMemoryMb(projectedMb * 2 ** 20) - projectedUse).toBeGreaterThanOrEqual(QUERY_ROOM_MB);
  });
});

describe('how many Cypher processes run by default', () => {
  const GB = 2 ** 30;
  const MB = 2 ** 20;
  it.each([
    { file: '20 MB (10,000 entities)', bytes: 20 * MB, machineGb: 8, workers: DEFAULT_WORKERS },
    { file: '204 MB (100,000 entities)', bytes: 204 * MB, machineGb: 24, workers: DEFAULT_WORKERS },
    // 4 GB is room for three processes of about 1 GB: one Cypher process beside the lookup one and the spare.
    { file: '204 MB (100,000 entities)', bytes: 204 * MB, machineGb: 8, workers: 1 },
    { file: '204 MB (100,000 entities)', bytes: 204 * MB, machineGb: 10, workers: 2 },
    { file: '1 GB', bytes: GB, machineGb: 8, workers: 1 },
  ])('$file on a machine of $machineGb GB: $workers', ({ bytes, machineGb, workers }) => {
    expect(defaultWorkers(bytes, machineGb * GB)).toBe(workers);
  });
});
