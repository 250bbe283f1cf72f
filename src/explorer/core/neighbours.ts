// A node's neighbours counted by relation type and direction, and capped expansion, so a hub cannot flood the view.
import type { EntityAttributes, KnowledgeGraph, RelationAttributes } from '../../model/graph.ts';
import type { EdgeType } from '../../model/vocabulary.ts';
import { inScene, showNodes, hideNodes, type Scene } from './scene.ts';

export const EXPAND_LIMIT = 100;

export type Direction = 'out' | 'in';

export interface NeighbourGroup {
  type: EdgeType;
  direction: Direction;
  /** Distinct neighbours reached through this relation type and direction. */
  total: number;
  /** Of those, the ones not on the canvas yet. */
  offCanvas: number;
}

/** Which neighbours an expansion should consider; omitted fields mean any. */
export interface ExpandQuery {
  type?: EdgeType;
  direction?: Direction;
  /** The filters: only relations the user can see bring neighbours. */
  edgeAllowed?: (relation: RelationAttributes) => boolean;
  nodeAllowed?: (entity: EntityAttributes) => boolean;
}

/** Counts per (relation type, direction), most connected first. Self-loops are left out. */
export function neighbourGroups(graph: KnowledgeGraph, node: string, scene: Scene): NeighbourGroup[] {
  const groups = new Map<string, { type: EdgeType; direction: Direction; all: Set<string>; off: Set<string> }>();
  const visit =
    (direction: Direction) => (_edge: string, attrs: { type: EdgeType }, source: string, target: string) => {
      const other = direction === 'out' ? target : source;
      if (other === node) return;
      const id = `${attrs.type}|${direction}`;
      const group = groups.get(id) ?? { type: attrs.type, direction, all: new Set(), off: new Set() };
      group.all.add(other);
      if (!inScene(scene, other)) group.off.add(other);
      groups.set(id, group);
    };
  graph.forEachOutEdge(node, visit('out'));
  graph.forEachInEdge(node, visit('in'));
  return [...groups.values()]
    .map(({ type, direction, all, off }) => ({ type, direction, total: all.size, offCanvas: off.size }))
    .sort((a, b) => b.total - a.total || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction));
}

/**
 * Off-canvas neighbours matching the query, strongest tie first: summed edge weight, then the neighbour's
 * mentions, then key, so the same click always brings the same nodes.
 */
export function rankedNeighbours(graph: KnowledgeGraph, node: string, scene: Scene, query: ExpandQuery = {}): string[] {
  const strength = new Map<string, number>();
  const consider = (direction: Direction) => (edge: string) => {
    const attrs = graph.getEdgeAttributes(edge);
    if (query.type && attrs.type !== query.type) return;
    if (query.direction && query.direction !== direction) return;
    if (query.edgeAllowed && !query.edgeAllowed(attrs)) return;
    const other = graph.opposite(node, edge);
    if (other === node || inScene(scene, other)) return;
    if (query.nodeAllowed && !query.nodeAllowed(graph.getNodeAttributes(other))) return;
    strength.set(other, (strength.get(other) ?? 0) + (attrs.weight || 1));
  };
  if (query.direction !== 'in') graph.forEachOutEdge(node, consider('out'));
  if (query.direction !== 'out') graph.forEachInEdge(node, consider('in'));
  return [...strength.keys()].sort(
    (a, b) =>
      strength.get(b)! - strength.get(a)! ||
      graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions') ||
      (a < b ? -1 : 1),
  );
}

export interface Expansion {
  scene: Scene;
  added: string[];
  /** Matching neighbours still off the canvas: what "show more" would bring next. */
  remaining: number;
}

/** Brings at most `limit` off-canvas neighbours onto the canvas. */
export function expandNode(
  graph: KnowledgeGraph,
  scene: Scene,
  node: string,
  query: ExpandQuery = {},
  limit = EXPAND_LIMIT,
): Expansion {
  const candidates = rankedNeighbours(graph, node, scene, query);
  const added = candidates.slice(0, limit);
  const withNode = showNodes(scene, [node]);
  return { scene: showNodes(withNode, added), added, remaining: candidates.length - added.length };
}

/**
 * Takes away the neighbours that hang on this node: those with no link to the canvas outside the node and its
 * other neighbours, and not pinned. Pass the canvas graph, so only links the user can see count as anchors.
 */
export function collapseNode(graph: KnowledgeGraph, scene: Scene, node: string): Scene {
  const around = new Set(graph.neighbors(node).filter((other) => other !== node && inScene(scene, other)));
  const leaves = [...around].filter(
    (other) =>
      !scene.pinned.has(other) &&
      !graph.someNeighbor(other, (third) => third !== node && !around.has(third) && inScene(scene, third)),
  );
  return hideNodes(scene, leaves);
}
