// Louvain communities must not depend on the order in which the canvas received its nodes and edges: a shared link
// rebuilds the canvas in another order and must show the same colours and names.
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../src/explorer/core/communities.ts';
import type { KnowledgeGraph } from '../../src/model/graph.ts';
import { seedGraph } from './graphs.ts';

function reordered(graph: KnowledgeGraph, seed: number): KnowledgeGraph {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const shuffle = <T>(items: T[]) =>
    items
      .map((item) => [random(), item] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, item]) => item);
  const copy: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
  copy.replaceAttributes(graph.getAttributes());
  for (const node of shuffle(graph.nodes())) copy.addNode(node, graph.getNodeAttributes(node));
  for (const edge of shuffle(graph.edges()))
    copy.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  return copy;
}

describe('detectCommunities', () => {
  it('gives the same communities, names and colours whatever the order of nodes and edges', () => {
    const graph = seedGraph();
    const reference = detectCommunities(graph);
    expect(reference.list.length).toBeGreaterThan(1);
    for (const seed of [1, 7, 42, 1234]) {
      const other = detectCommunities(reordered(graph, seed));
      expect(other.list).toEqual(reference.list);
      expect(Object.fromEntries(other.ofNode)).toEqual(Object.fromEntries(reference.ofNode));
    }
  });
});
