// The graph on the canvas: the loaded graph narrowed to the scene and the filters, kept in step by small diffs so
// positions survive, sigma only re-indexes what changed, and layouts and exports work on exactly what is seen.
import type { KnowledgeGraph } from '../../model/graph.ts';
import { isClaimEdge, isClaimNode } from '../../model/graphFile.ts';
import { edgePasses, nodePasses, type Filters } from './filters.ts';
import { inScene, type Position, type Scene } from './scene.ts';

export interface SyncResult {
  addedNodes: string[];
  removedNodes: number;
  changed: boolean;
}

/**
 * Brings `canvas` in line with `data` ∩ scene ∩ filters. Positions come from, in order: the user's pin, where the
 * node was last on the canvas (`placement`, kept up to date here), the precomputed layout.
 */
export function syncCanvasGraph(
  data: KnowledgeGraph,
  canvas: KnowledgeGraph,
  scene: Scene,
  filters: Filters,
  placement: Map<string, Position>,
): SyncResult {
  const wanted = (node: string) => inScene(scene, node) && nodePasses(filters, data.getNodeAttributes(node));
  let removedNodes = 0;
  let changed = false;

  canvas.forEachNode((node, attrs) => {
    placement.set(node, { x: attrs.x, y: attrs.y });
  });
  for (const node of canvas.nodes()) {
    // Claims are the claim layer's to keep or drop (claimLayer.ts).
    if ((data.hasNode(node) && wanted(node)) || isClaimNode(canvas.getNodeAttributes(node))) continue;
    canvas.dropNode(node);
    removedNodes++;
  }

  const addedNodes: string[] = [];
  data.forEachNode((node, attrs) => {
    const pin = scene.pinned.get(node);
    if (canvas.hasNode(node)) {
      if (pin) canvas.mergeNodeAttributes(node, pin);
      return;
    }
    if (!wanted(node)) return;
    const at = pin ?? placement.get(node) ?? { x: attrs.x, y: attrs.y };
    canvas.addNode(node, { ...attrs, x: at.x, y: at.y });
    addedNodes.push(node);
  });

  for (const edge of canvas.edges()) {
    if (isClaimEdge(canvas.getEdgeAttributes(edge))) continue;
    if (!data.hasEdge(edge) || !edgePasses(filters, data.getEdgeAttributes(edge))) {
      canvas.dropEdge(edge);
      changed = true;
    }
  }
  data.forEachEdge((edge, attrs, source, target) => {
    if (canvas.hasEdge(edge) || !canvas.hasNode(source) || !canvas.hasNode(target)) return;
    if (!edgePasses(filters, attrs)) return;
    canvas.addEdgeWithKey(edge, source, target, attrs);
    changed = true;
  });
  return { addedNodes, removedNodes, changed: changed || removedNodes > 0 || addedNodes.length > 0 };
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
