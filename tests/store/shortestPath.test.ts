// The path search of the Grafeo query processes finds paths as short as Cypher's shortestPath, on every store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortestPathStatement } from '../../src/store/cypher/read.ts';
import { shortestPath, type Neighbours } from '../../src/store/grafeo/shortestPath.ts';
import type { StoreReader } from '../../src/store/store.ts';
import { GraphNode, GraphPath } from '../../src/store/values.ts';
import { prng } from '../../scripts/bench/store/generateGraph.ts';
import { fixtureGraph, LIMITS, loadedReader, STORES, useStore } from './stores.ts';

/** An undirected graph from `a-b` edges; relationship i is the i-th edge. */
function neighboursOf(edges: [number, number][]): Neighbours {
  const adjacency = new Map<number, number[][]>();
  edges.forEach(([a, b], i) => {
    adjacency.set(a, [...(adjacency.get(a) ?? []), [b, i]]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), [a, i]]);
  });
  return (node) => adjacency.get(node) ?? [];
}

/** The plain one-sided breadth-first search, to compare with. */
function hopsByOneSidedSearch(neighbours: Neighbours, from: number, to: number, maxHops: number): number | null {
  const depth = new Map([[from, 0]]);
  for (let frontier = [from], d = 0; frontier.length && d < maxHops; d++) {
    const next: number[] = [];
    for (const node of frontier)
      for (const [n] of neighbours(node))
        if (!depth.has(n)) {
          depth.set(n, d + 1);
          next.push(n);
        }
    frontier = next;
  }
  return depth.get(to) ?? null;
}

describe('shortestPath (both ends at once)', () => {
  const chain = neighboursOf([
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
    [0, 5],
    [5, 4],
  ]);
  it.each([
    ['the shorter of two ways round a ring', 0, 4, 6, [0, 5, 4]],
    ['one hop', 2, 3, 6, [2, 3]],
    ['three hops one way', 1, 4, 6, [1, 0, 5, 4]],
    ['none within the bound', 1, 4, 2, null],
    ['none between two parts', 0, 9, 6, null],
  ] as const)('%s', (_what, from, to, maxHops, nodes) => {
    const found = shortestPath(chain, from, to, maxHops);
    expect(found?.nodes ?? null).toEqual(nodes);
    if (found) expect(found.relationships).toHaveLength(found.nodes.length - 1);
  });

  it('finds the hop count of a one-sided search, and a real path, on random graphs with hubs', () => {
    const random = prng(3);
    for (let g = 0; g < 20; g++) {
      const size = 50 + Math.floor(random() * 200);
      const edges: [number, number][] = Array.from({ length: size * 2 }, () => [
        Math.floor(random() * size),
        Math.floor(random() * random() * size),
      ]);
      const neighbours = neighboursOf(edges);
      for (let q = 0; q < 20; q++) {
        const [from, to] = [Math.floor(random() * size), Math.floor(random() * size)];
        const found = shortestPath(neighbours, from, to, 6);
        expect(found ? found.relationships.length : null).toBe(hopsByOneSidedSearch(neighbours, from, to, 6));
        found?.relationships.forEach((r, i) =>
          expect([...edges[r]].sort()).toEqual([found.nodes[i], found.nodes[i + 1]].sort()),
        );
      }
    }
  });
});

describe.each(STORES)('reader.shortestPath on $name', (store) => {
  useStore(store);
  let reader: StoreReader;
  beforeAll(async () => {
    ({ reader } = await loadedReader(store));
  });
  afterAll(() => reader?.close());

  it('gives paths as short as the Cypher shortestPath, from one entity to the other', async () => {
    const keys = (await fixtureGraph()).nodes.map((n) => n.key);
    const random = prng(5);
    let found = 0;
    for (let i = 0; i < 25; i++) {
      const [from, to] = [keys[Math.floor(random() * keys.length)], keys[Math.floor(random() * keys.length)]];
      if (from === to) continue;
      const maxHops = 1 + (i % 4);
      const ours = await reader.shortestPath(from, to, maxHops, LIMITS);
      const cypher = await reader.read(shortestPathStatement(maxHops), { from, to }, LIMITS);
      expect(ours.columns).toEqual(['p', 'hops']);
      expect(ours.rows.map((row) => row[1])).toEqual(cypher.rows.map((row) => row[1]));
      if (!ours.rows.length) continue;
      found++;
      const path = ours.rows[0][0] as GraphPath;
      const ids = path.nodes.map((n: GraphNode) => n.properties.id);
      expect([ids[0], ids.at(-1)]).toEqual([from, to]);
      path.relationships.forEach((r, k) =>
        expect([r.startElementId, r.endElementId].sort()).toEqual(
          [path.nodes[k].elementId, path.nodes[k + 1].elementId].sort(),
        ),
      );
      expect(path.relationships.every((r) => typeof r.properties.key === 'string')).toBe(true);
    }
    expect(found).toBeGreaterThan(5);
  });

  it('finds no path from an unknown entity', async () => {
    const ours = await reader.shortestPath('person:nobody', 'person:kapustin', 6, LIMITS);
    expect(ours.rows).toEqual([]);
  });
});
