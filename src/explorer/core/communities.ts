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

/** Louvain over the graph seen as undirected, parallel relations merged with their weights summed. */
export function detectCommunities(graph: KnowledgeGraph): Communities {
  const simple = new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const weight = attrs.weight || 1;
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, 'weight', (w) => w + weight);
    else simple.addEdge(source, target, { weight });
  });
  const raw = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : {};

  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const id = raw[node] ?? -1 - members.size;
    const list = members.get(id);
    if (list) list.push(node);
    else members.set(id, [node]);
  });
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const ofNode = new Map<string, number>();
  const list = ordered.map((nodes, rank) => {
    for (const node of nodes) ofNode.set(node, rank);
    const top = nodes.reduce((best, node) =>
      graph.getNodeAttribute(node, 'mentions') > graph.getNodeAttribute(best, 'mentions') ? node : best,
    );
    const colour = rank < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[rank]! : OTHER_COMMUNITY_COLOUR;
    return { rank, size: nodes.length, label: graph.getNodeAttribute(top, 'label'), colour };
  });
  return { ofNode, list };
}
