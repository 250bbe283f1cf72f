// Loading while a reader serves: the reader answers throughout and moves to the new graph once the load is done.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReader } from '../../src/store/backends.ts';
import { beginGeneration, currentGeneration } from '../../src/store/grafeo/generations.ts';
import { counts, fixtureGraph, LIMITS, loadInto } from './stores.ts';

describe('embedded store generations', () => {
  it('a reader keeps answering during a load and then sees the new graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-gen-'));
    const config = { kind: 'grafeo' as const, dir, workers: 1 };
    const graph = await fixtureGraph();
    await loadInto(config, { ...graph, nodes: graph.nodes.slice(0, 5), edges: [] }, true);
    const reader = await openReader(config);
    try {
      const first = await reader.version();
      expect((await counts(reader)).Entity).toBe(5);
      const loading = loadInto(config, graph);
      // Queries while the load runs: answered from the old generation, never an error or a half graph.
      const during = await counts(reader);
      expect([5, graph.nodes.length]).toContain(during.Entity);
      await loading;
      await new Promise((r) => setTimeout(r, 600));
      expect(await reader.version()).not.toBe(first);
      expect((await counts(reader)).Entity).toBe(graph.nodes.length);
      // The generation before stays (a reader may still use it); older ones go.
      await loadInto(config, { ...graph, nodes: graph.nodes.slice(0, 7), edges: [] });
      expect(readdirSync(dir).filter((f) => f.endsWith('.grafeo')).length).toBe(2);
      await new Promise((r) => setTimeout(r, 600));
      const result = await reader.read('MATCH (e:Entity) RETURN count(e)', {}, LIMITS);
      expect(result.rows[0][0]).toBe(7);
    } finally {
      await reader.close();
    }
  });

  it('refuses a second load into the same folder while one runs, and discards a failed one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-lock-'));
    const first = await beginGeneration(dir);
    await expect(beginGeneration(dir)).rejects.toThrow(/another load \(process \d+\) is writing/);
    await first.discard();
    expect(await currentGeneration(dir)).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });
});
