// The shape of graph.json as the explorer accepts it, checked once where it enters (in the loading worker), and
// what that worker posts to the page. No graphology here: the worker only parses and checks.
import type { SerializedEdge, SerializedNode } from 'graphology-types';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../model/graph.ts';
import { fromGraphFile, type GraphFile } from '../../model/graphFile.ts';
import { isEntityType } from '../../model/vocabulary.ts';

export type GraphLoadErrorCode = 'NOT_FOUND' | 'NETWORK' | 'NOT_JSON' | 'BAD_FORMAT' | 'BAD_SOURCE';

export class GraphLoadError extends Error {
  override name = 'GraphLoadError';
  constructor(
    readonly code: GraphLoadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The checked parts of graph.json, as the worker hands them over: nodes and attributes first, then edges. */
export interface GraphNodes {
  attributes: GraphAttributes;
  nodes: SerializedNode<EntityAttributes>[];
}
export type GraphEdges = SerializedEdge<RelationAttributes>[];

/** Checks the serialized graph's shape and fills the optional fields. */
export function checkGraph(json: unknown, source: string): { nodes: GraphNodes; edges: GraphEdges } {
  const bad = (what: string) =>
    new GraphLoadError(
      'BAD_FORMAT',
      `${source} is not a knowledge graph: ${what}. Regenerate it with npm run extract.`,
    );
  if (typeof json !== 'object' || json === null) throw bad('expected a JSON object');
  const file = json as Partial<GraphFile>;
  if (!Array.isArray(file.nodes) || !Array.isArray(file.edges)) throw bad('no "nodes" and "edges" arrays');
  // Claims are kept beside the entity graph (the graph attribute `claims`), not drawn as nodes.
  const data = fromGraphFile(file as GraphFile);
  for (const node of data.nodes) {
    const attrs = node?.attributes;
    if (typeof node?.key !== 'string' || !attrs || typeof attrs.label !== 'string' || !isEntityType(String(attrs.type)))
      throw bad(`node ${JSON.stringify(node?.key)} lacks a label or a known type`);
    if (!Number.isFinite(attrs.x) || !Number.isFinite(attrs.y)) throw bad(`node ${node.key} has no x/y position`);
    attrs.aliases ??= [];
    attrs.documents ??= [];
    attrs.mentions ??= 0;
  }
  for (const edge of data.edges) {
    if (!edge?.attributes || !Array.isArray(edge.attributes.evidence))
      throw bad(`edge ${JSON.stringify(edge?.key)} has no evidence list`);
  }
  const attributes = data.attributes ?? { name: 'graph', documents: [], reviews: [] };
  attributes.documents ??= [];
  attributes.reviews ??= [];
  return {
    nodes: { attributes, nodes: data.nodes as SerializedNode<EntityAttributes>[] },
    edges: data.edges as GraphEdges,
  };
}

/** What the worker posts: the nodes, then the edges in slices, or an error instead. */
export type GraphWorkerMessage =
  | { kind: 'nodes'; nodes: GraphNodes }
  /** `json`: checked GraphEdges as JSON text. */
  | { kind: 'edges'; json: string; last: boolean }
  | { kind: 'error'; code: GraphLoadErrorCode; message: string };
