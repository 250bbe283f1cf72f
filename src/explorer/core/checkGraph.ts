// graph.json checked once where it enters the explorer (in the loading worker, by the validator the loader uses
// too), and what that worker posts to the page. No graphology here: the worker only parses and checks.
import type { SerializedEdge, SerializedNode } from 'graphology-types';
import { checkGraphFile, GraphFormatError } from '../../model/checkGraphFile.ts';
import type {
  EntityAttributes,
  GraphAttributes,
  RelationAttributes,
  SerializedKnowledgeGraph,
} from '../../model/graph.ts';
import type { EdgeColumns } from './edgeColumns.ts';

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

/** Checks graph.json with the graph format's one validator and splits it into what the worker posts. */
export function checkGraph(json: unknown, source: string): { nodes: GraphNodes; edges: GraphEdges } {
  let data: SerializedKnowledgeGraph;
  try {
    data = checkGraphFile(json, source);
  } catch (error) {
    if (error instanceof GraphFormatError) throw new GraphLoadError('BAD_FORMAT', error.message);
    throw error;
  }
  return {
    nodes: { attributes: data.attributes!, nodes: data.nodes as SerializedNode<EntityAttributes>[] },
    edges: data.edges as GraphEdges,
  };
}

/** What the worker posts: the nodes, then the edges in slices, or an error instead. */
export type GraphWorkerMessage =
  /** `marks`: when the worker had fetched, parsed and checked the file (ms since the epoch). */
  | { kind: 'nodes'; nodes: GraphNodes; marks: Record<string, number> }
  /** Checked edges as columns (edgeColumns.ts), their buffers transferred. */
  | { kind: 'edges'; columns: EdgeColumns; last: boolean }
  | { kind: 'error'; code: GraphLoadErrorCode; message: string };
