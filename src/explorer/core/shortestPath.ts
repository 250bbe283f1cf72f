// Shortest path between two entities over the edges the user can see, ignoring direction: "how are A and B linked?"
import type { KnowledgeGraph } from '../../model/graph.ts';

export interface PathHop {
  from: string;
  to: string;
  /** Every visible edge between the two, so each hop lists all its evidence. */
  edges: string[];
}

export interface EntityPath {
  nodes: string[];
  hops: PathHop[];
}

export interface PathOptions {
  nodeAllowed?: (node: string) => boolean;
  edgeAllowed?: (edge: string) => boolean;
}

/** Breadth-first search from `from` to `to`; null when they are not connected through allowed edges. */
export function shortestPath(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): EntityPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const nodeAllowed = options.nodeAllowed ?? (() => true);
  const edgeAllowed = options.edgeAllowed ?? (() => true);
  if (!nodeAllowed(from) || !nodeAllowed(to)) return null;

  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !parent.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        const other = source === node ? target : source;
        if (parent.has(other) || !edgeAllowed(edge) || !nodeAllowed(other)) return;
        parent.set(other, node);
        next.push(other);
      });
    }
    frontier = next;
  }
  if (!parent.has(to)) return null;

  const nodes: string[] = [];
  for (let node: string | null = to; node !== null; node = parent.get(node) ?? null) nodes.unshift(node);
  const hops = nodes.slice(1).map((node, i) => {
    const previous = nodes[i]!;
    // A set: graphology's edges(a, b) on a directed multigraph already lists both directions.
    const edges = [...new Set([...graph.edges(previous, node), ...graph.edges(node, previous)])].filter(edgeAllowed);
    return { from: previous, to: node, edges };
  });
  return { nodes, hops };
}
