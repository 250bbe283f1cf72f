// The columns the loading worker sends the relations in: what the page builds from them is the graph graphology's
// own import builds from graph.json, and a malformed message is refused whole with a message naming what is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { checkGraph, GraphLoadError, type GraphEdges } from '../../src/explorer/core/checkGraph.ts';
import { addEdgeColumns, columnBuffers, packEdges, type EdgeColumns } from '../../src/explorer/core/edgeColumns.ts';
import { graphOfNodes, parseGraph } from '../../src/explorer/core/loadGraph.ts';
import type { KnowledgeGraph } from '../../src/model/graph.ts';
import { generateGraph } from '../../scripts/bench/ui/generateGraph.ts';

const SEED = join(fileURLToPath(new URL('../..', import.meta.url)), 'graph-data/graph.json');

/** The graph graphology builds from the checked file itself: what the columns must reproduce. */
function imported(json: unknown): KnowledgeGraph {
  const { nodes, edges } = checkGraph(json, 'g.json');
  const graph = graphOfNodes(nodes);
  graph.import({ nodes: [], edges });
  return graph;
}

function packed(json: unknown): { columns: EdgeColumns; nodeKeys: string[]; edges: GraphEdges } {
  const { nodes, edges } = checkGraph(json, 'g.json');
  const nodeKeys = nodes.nodes.map((node) => node.key);
  const columns = packEdges(edges, new Map(nodeKeys.map((key, i) => [key, i])), { seen: new Set(), source: 'g.json' });
  return { columns, nodeKeys, edges };
}

const tiny = () => ({
  attributes: { name: 'g', documents: [], reviews: [] },
  nodes: ['a', 'b'].map((key, i) => ({
    key,
    attributes: { label: key, type: 'Person', aliases: [], documents: [], mentions: 1, x: i, y: i, size: 1 },
  })),
  edges: [
    {
      key: 'LEADS:a->b',
      source: 'a',
      target: 'b',
      attributes: {
        type: 'LEADS',
        evidence: [{ document: 'd', text: 'A leads B.', start: 0, end: 10, rule: 'role' }],
        weight: 1,
      },
    },
  ],
});

describe('relations as columns', () => {
  it.each([
    ['the seed graph', () => JSON.parse(readFileSync(SEED, 'utf8')) as unknown],
    ['a generated graph of 2,000 entities', () => generateGraph(2000).export() as unknown],
  ])('rebuild %s exactly as graphology imports it', (_name, file) => {
    const expected = imported(file()).export();
    expect(expected.edges.length).toBeGreaterThan(100);
    expect(parseGraph(file(), 'g.json').export()).toEqual(expected);
  });

  it('keep what the columns cannot hold (another key, a field of its own, no stories) whole and in place', () => {
    const file = tiny();
    const other = { ...file.edges[0]!, key: 'custom-key', attributes: { ...file.edges[0]!.attributes, note: 'x' } };
    const withStories = { ...file.edges[0]!, key: 'LEADS:b->a', source: 'b', target: 'a' };
    Object.assign(withStories, { attributes: { ...withStories.attributes, stories: 2 } });
    file.edges.push(other, withStories);
    const { columns } = packed(file);
    expect(columns.others.map(({ at }) => at)).toEqual([1]);
    const graph = parseGraph(file, 'g.json');
    expect(graph.edges()).toEqual(['LEADS:a->b', 'custom-key', 'LEADS:b->a']);
    expect(graph.getEdgeAttributes('custom-key')).toMatchObject({ note: 'x' });
    expect(graph.getEdgeAttribute('LEADS:b->a', 'stories')).toBe(2);
    expect('stories' in graph.getEdgeAttributes('LEADS:a->b')).toBe(false);
    expect(graph.export()).toEqual(imported(file).export());
  });

  it('store each distinct string once and hand over every column as a transferable buffer', () => {
    const { columns } = packed(generateGraph(500).export());
    expect(columns.strings.length).toBeLessThan(50);
    expect(columnBuffers(columns).every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
    expect(new Set(columnBuffers(columns)).size).toBe(11);
  });

  it('refuse a file stating one relation twice, naming it', () => {
    const file = tiny();
    file.edges.push(file.edges[0]!);
    expect(() => packed(file)).toThrow(/g\.json is not a knowledge graph: edge LEADS:a->b appears twice/);
  });

  it.each([
    ['an endpoint past the node list', (c: EdgeColumns) => (c.targets[0] = 7), /targets\[0\] points past the end/],
    ['a string index past the table', (c: EdgeColumns) => (c.rules[0] = 99), /rules\[0\] points past the end/],
    ['a short column', (c: EdgeColumns) => (c.weights = new Float64Array(0)), /weights holds 0, not 1/],
    [
      'evidence rows out of order',
      (c: EdgeColumns) => (c.evidenceFrom[1] = 5),
      /documents holds 1, not 5 evidence rows/,
    ],
  ])('refuse a message with %s, before adding any edge', (_name, spoil, message) => {
    const { columns, nodeKeys } = packed(tiny());
    spoil(columns);
    const graph: KnowledgeGraph = new MultiGraph({ type: 'directed' });
    nodeKeys.forEach((key) => graph.addNode(key));
    expect(() => addEdgeColumns(graph, columns, nodeKeys)).toThrow(GraphLoadError);
    expect(() => addEdgeColumns(graph, columns, nodeKeys)).toThrow(message);
    expect(graph.size).toBe(0);
  });
});
