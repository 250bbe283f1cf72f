// Numeric node metrics, a registry of plain descriptors: each computes a value per node of the graph on the canvas.
// Nodes can be sized or coloured by any of them.
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { DirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../model/graph.ts';

export interface NodeMetric {
  id: NodeMetricId;
  label: string;
  description: string;
  compute: (graph: KnowledgeGraph) => Map<string, number>;
}

/** PageRank over the canvas graph with parallel relations merged into one weighted link per direction. */
function pageRankOf(graph: KnowledgeGraph): Map<string, number> {
  const simple = new DirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  const weights = new Map<string, number>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const id = `${source}\u0000${target}`;
    weights.set(id, (weights.get(id) ?? 0) + (attrs.weight || 1));
  });
  for (const [id, weight] of weights) {
    const [source, target] = id.split('\u0000') as [string, string];
    simple.addEdge(source, target, { weight });
  }
  const scores = simple.order > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  return new Map(Object.entries(scores));
}

export const NODE_METRIC_IDS = ['mentions', 'documents', 'degree', 'pagerank'] as const;
export type NodeMetricId = (typeof NODE_METRIC_IDS)[number];

export const NODE_METRICS: readonly NodeMetric[] = [
  {
    id: 'mentions',
    label: 'Mentions',
    description: 'how often the documents name the entity',
    compute: (graph) => new Map(graph.mapNodes((node, attrs) => [node, attrs.mentions] as const)),
  },
  {
    id: 'documents',
    label: 'Documents',
    description: 'how many documents name the entity',
    compute: (graph) => new Map(graph.mapNodes((node, attrs) => [node, attrs.documents.length] as const)),
  },
  {
    id: 'degree',
    label: 'Degree',
    description: 'distinct neighbours on the canvas',
    compute: (graph) => new Map(graph.mapNodes((node) => [node, graph.neighbors(node).length] as const)),
  },
  {
    id: 'pagerank',
    label: 'PageRank',
    description: 'importance through the relations on the canvas',
    compute: pageRankOf,
  },
];

export const isNodeMetric = (id: string): id is NodeMetricId => (NODE_METRIC_IDS as readonly string[]).includes(id);

export function nodeMetric(id: string): NodeMetric {
  return NODE_METRICS.find((metric) => metric.id === id) ?? NODE_METRICS[0]!;
}

/**
 * Maps metric values to node sizes in pixels, by square root so that area follows the value. Big graphs get
 * smaller nodes, or 50,000 discs would cover each other.
 */
export function sizeScale(values: Map<string, number>, nodeCount: number): (node: string) => number {
  const max = nodeCount > 20_000 ? 5 : nodeCount > 2_000 ? 7 : nodeCount > 300 ? 14 : 22;
  const min = nodeCount > 2_000 ? 1 : nodeCount > 300 ? 2.5 : 4;
  let low = Infinity;
  let high = -Infinity;
  for (const value of values.values()) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const span = Math.sqrt(Math.max(0, high - low));
  return (node) => {
    const value = values.get(node);
    if (value === undefined || span === 0) return (min + max) / 3;
    return min + ((max - min) * Math.sqrt(value - low)) / span;
  };
}
