// Louvain communities as an alternative colouring: groups of entities more tied to each other than to the rest.
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../model/graph.ts';
import { COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR } from './palette.ts';

export interface Community {
  /** 0 is the largest. */
  rank: number;
  size: number;
  /** The most mentioned member names the community in the legend. */
  label: string;
  colour: string;
}

export interface Communities {
  ofNode: Map<string, number>;
  list: Community[];
}

// A fixed-seed generator: the same graph gets the same communities and colours on every load.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Louvain over the graph seen as undirected, parallel relations merged with their weights summed. Nodes and edges
 * go in in key order and the random source is seeded, so a canvas built in another order (a shared link, undo)
 * gets the same communities, names and colours.
 */
export function detectCommunities(graph: KnowledgeGraph): Communities {
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const nodes = graph.nodes().sort(byKey);
  const weights = new Map<string, { source: string; target: string; weight: number }>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const pair = `${a}\u0000${b}`;
    const entry = weights.get(pair);
    if (entry) entry.weight += attrs.weight || 1;
    else weights.set(pair, { source: a, target: b, weight: attrs.weight || 1 });
  });
  const simple = new UndirectedGraph();
  for (const node of nodes) simple.addNode(node);
  for (const pair of [...weights.keys()].sort(byKey)) {
    const { source, target, weight } = weights.get(pair)!;
    simple.addEdge(source, target, { weight });
  }
  const raw = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : {};

  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const id = raw[node] ?? -1 - members.size;
    const list = members.get(id);
    if (list) list.push(node);
    else members.set(id, [node]);
  }
  // Members are in key order, so the first member breaks ties between communities of one size.
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || byKey(a[0]!, b[0]!));
  const ofNode = new Map<string, number>();
  const list = ordered.map((group, rank) => {
    for (const node of group) ofNode.set(node, rank);
    const top = group.reduce((best, node) =>
      graph.getNodeAttribute(node, 'mentions') > graph.getNodeAttribute(best, 'mentions') ? node : best,
    );
    const colour = rank < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[rank]! : OTHER_COMMUNITY_COLOUR;
    return { rank, size: group.length, label: graph.getNodeAttribute(top, 'label'), colour };
  });
  return { ofNode, list };
}
