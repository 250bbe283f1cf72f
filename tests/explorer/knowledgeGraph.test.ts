// The explorer's graphs keep their node adjacency in dictionary-mode objects (core/knowledgeGraph.ts): the same
// graph as graphology's own, through every call the explorer makes that reads or changes adjacency.
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { adaptsNodeRecords, knowledgeGraph } from '../../src/explorer/core/knowledgeGraph.ts';
import type { KnowledgeGraph } from '../../src/model/graph.ts';
import { generateGraph } from '../../scripts/bench/ui/generateGraph.ts';

/** The same nodes and edges, in the same order, into a graph of each kind. */
function both(): [KnowledgeGraph, KnowledgeGraph] {
  const source = generateGraph(500);
  const graphs: [KnowledgeGraph, KnowledgeGraph] = [
    knowledgeGraph(),
    new MultiGraph({ type: 'directed', allowSelfLoops: true }),
  ];
  for (const graph of graphs) {
    graph.import(source.export());
    graph.addEdgeWithKey('LEADS:n1->n1', 'n1', 'n1', { type: 'LEADS', evidence: [], weight: 1 });
  }
  return graphs;
}

/** What the explorer asks of adjacency, for a few nodes. */
const adjacencyOf = (graph: KnowledgeGraph, nodes = ['n0', 'n1', 'n7', 'n42']) =>
  nodes.map((node) => ({
    neighbours: graph.neighbors(node),
    out: graph.outEdges(node),
    in: graph.inEdges(node),
    degree: graph.degree(node),
    between: graph.edges(node, graph.outNeighbors(node)[0] ?? node),
    linked: graph.hasEdge(node, graph.outNeighbors(node)[0] ?? node),
    toItself: graph.hasEdge(node, node),
  }));

describe('knowledgeGraph()', () => {
  it('is a directed multigraph with self-loops whose node records it could adapt', () => {
    const graph = knowledgeGraph();
    expect([graph.type, graph.multi, graph.allowSelfLoops]).toEqual(['directed', true, true]);
    // A graphology upgrade that renames the private class would leave the explorer slow at 100,000 entities.
    expect(adaptsNodeRecords(graph)).toBe(true);
  });

  it('answers neighbours, edges between two nodes and degrees as graphology does, in the same order', () => {
    const [ours, theirs] = both();
    expect(adjacencyOf(ours)).toEqual(adjacencyOf(theirs));
    expect(ours.export()).toEqual(theirs.export());
  });

  it('stays the same graph through dropped edges and nodes and cleared edges', () => {
    const [ours, theirs] = both();
    for (const graph of [ours, theirs]) {
      graph.dropEdge(graph.outEdges('n7')[0]!);
      graph.dropNode('n42');
    }
    const left = ['n0', 'n1', 'n7'];
    expect(adjacencyOf(ours, left)).toEqual(adjacencyOf(theirs, left));
    for (const graph of [ours, theirs]) graph.clearEdges();
    expect([ours.size, ours.neighbors('n1')]).toEqual([0, []]);
    ours.addEdgeWithKey('LEADS:n0->n1', 'n0', 'n1', { type: 'LEADS', evidence: [], weight: 1 });
    expect(ours.hasEdge('n0', 'n1')).toBe(true);
  });
});
