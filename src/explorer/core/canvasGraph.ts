// The graph on the canvas: the loaded graph narrowed to the scene and the filters, kept in step by small diffs so
// positions survive, sigma only re-indexes what changed, and layouts and exports work on exactly what is seen.
import type { EntityAttributes, KnowledgeGraph, RelationAttributes } from '../../model/graph.ts';
import { isClaimEdge, isClaimNode } from '../../model/graphFile.ts';
import { edgePasses, nodePasses, type Filters } from './filters.ts';
import { inScene, type Position, type Scene } from './scene.ts';

export interface SyncResult {
  addedNodes: string[];
  removedNodes: number;
  changed: boolean;
}

/** What it takes to bring the canvas in line: computed before anything changes, so its size is known first. */
export interface CanvasDiff {
  dropNodes: string[];
  addNodes: { key: string; attributes: EntityAttributes }[];
  /** Nodes on the canvas that move to their pin. */
  pins: { key: string; at: Position }[];
  dropEdges: string[];
  /** `data`'s edges to copy over (their attributes shared, not copied). */
  addEdges: { key: string; source: string; target: string; attributes: RelationAttributes }[];
}

const samePlace = (a: Position, b: Position) => a.x === b.x && a.y === b.y;

/** How many nodes and edges a diff adds or removes. */
export const diffSize = (diff: CanvasDiff): number =>
  diff.dropNodes.length + diff.addNodes.length + diff.dropEdges.length + diff.addEdges.length;

/**
 * What brings `canvas` in line with `data` ∩ scene ∩ filters. Positions come from, in order: the user's pin, where
 * the node was last on the canvas (`placement`, kept up to date here), the precomputed layout.
 */
export function canvasDiff(
  data: KnowledgeGraph,
  canvas: KnowledgeGraph,
  scene: Scene,
  filters: Filters,
  placement: Map<string, Position>,
): CanvasDiff {
  const wanted = (node: string, attrs: EntityAttributes) => inScene(scene, node) && nodePasses(filters, attrs);
  const diff: CanvasDiff = { dropNodes: [], addNodes: [], pins: [], dropEdges: [], addEdges: [] };

  canvas.forEachNode((node, attrs) => {
    placement.set(node, { x: attrs.x, y: attrs.y });
    // Claims are the claim layer's to keep or drop (claimLayer.ts).
    if ((data.hasNode(node) && wanted(node, data.getNodeAttributes(node))) || isClaimNode(attrs)) return;
    diff.dropNodes.push(node);
  });
  const dropped = new Set(diff.dropNodes);
  data.forEachNode((node, attrs) => {
    const pin = scene.pinned.get(node);
    if (canvas.hasNode(node)) {
      // A node dropped where it was dragged to is at its pin already: no change, so no redraw of the whole canvas.
      if (pin && !dropped.has(node) && !samePlace(canvas.getNodeAttributes(node), pin))
        diff.pins.push({ key: node, at: pin });
      return;
    }
    if (!wanted(node, attrs)) return;
    const at = pin ?? placement.get(node) ?? { x: attrs.x, y: attrs.y };
    diff.addNodes.push({ key: node, attributes: { ...attrs, x: at.x, y: at.y } });
  });

  canvas.forEachEdge((edge, attrs, source, target) => {
    // An edge of a dropped node goes with it.
    if (isClaimEdge(attrs) || dropped.has(source) || dropped.has(target)) return;
    if (!data.hasEdge(edge) || !edgePasses(filters, data.getEdgeAttributes(edge))) diff.dropEdges.push(edge);
  });
  // On a canvas without edges (a large graph's nodes drawn before its relations came) none needs looking up.
  const canvasHasEdges = canvas.size > 0;
  // After the diff the canvas holds exactly the wanted entities, so an edge's ends are asked that of their
  // attributes, which come with the edge: no lookup of every end on the canvas (a second at 500,000 relations).
  data.forEachEdge((edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (canvasHasEdges && canvas.hasEdge(edge)) return;
    if (!edgePasses(filters, attrs) || !wanted(source, sourceAttrs) || !wanted(target, targetAttrs)) return;
    diff.addEdges.push({ key: edge, source, target, attributes: attrs });
  });
  return diff;
}

/** Applies a diff from canvasDiff() to the canvas it was computed for. */
export function applyCanvasDiff(canvas: KnowledgeGraph, diff: CanvasDiff): SyncResult {
  for (const node of diff.dropNodes) canvas.dropNode(node);
  for (const { key, at } of diff.pins) canvas.mergeNodeAttributes(key, at);
  for (const { key, attributes } of diff.addNodes) canvas.addNode(key, attributes);
  for (const edge of diff.dropEdges) canvas.dropEdge(edge);
  for (const { key, source, target, attributes } of diff.addEdges)
    canvas.addEdgeWithKey(key, source, target, attributes);
  return {
    addedNodes: diff.addNodes.map(({ key }) => key),
    removedNodes: diff.dropNodes.length,
    changed: diffSize(diff) > 0,
  };
}

/** Brings `canvas` in line with `data` ∩ scene ∩ filters (canvasDiff, then applyCanvasDiff). */
export function syncCanvasGraph(
  data: KnowledgeGraph,
  canvas: KnowledgeGraph,
  scene: Scene,
  filters: Filters,
  placement: Map<string, Position>,
): SyncResult {
  return applyCanvasDiff(canvas, canvasDiff(data, canvas, scene, filters, placement));
}

/** Places nodes on a ring around a centre, so the neighbours an expansion brings appear next to their node. */
export function ringAround(center: Position, nodes: readonly string[], radius: number): Map<string, Position> {
  const positions = new Map<string, Position>();
  nodes.forEach((node, i) => {
    // Rings grow outwards every 24 nodes so a large expansion does not stack nodes on one circle.
    const ring = Math.floor(i / 24);
    const onRing = Math.min(24, nodes.length - ring * 24);
    const angle = (2 * Math.PI * (i % 24)) / onRing + ring * 0.3;
    const r = radius * (1 + ring * 0.6);
    positions.set(node, { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) });
  });
  return positions;
}
