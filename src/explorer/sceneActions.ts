// Exploration steps on the canvas, each one undoable: expand, collapse, hide, isolate, reset, unpin.
import { edgePasses, nodePasses } from './core/filters.ts';
import { collapseNode, expandNode, type ExpandQuery } from './core/neighbours.ts';
import { FULL_SCENE, hideNodes, isolateNodes, unpinNode } from './core/scene.ts';
import type { Explorer } from './explorer.ts';
import { fitCanvas } from './view/camera.ts';
import { runLayoutOnce, type LayoutContext } from './view/layouts.ts';

/** Brings up to 100 more neighbours (of one relation type and direction, or all); returns how many are left. */
export function expand(
  explorer: Explorer,
  node: string,
  query: ExpandQuery = {},
): { added: number; remaining: number } {
  const { filters } = explorer.state;
  const { scene, added, remaining } = expandNode(explorer.data, explorer.state.scene, node, {
    edgeAllowed: (relation) => edgePasses(filters, relation),
    nodeAllowed: (entity) => nodePasses(filters, entity),
    ...query,
  });
  explorer.commitScene(scene, node);
  return { added: added.length, remaining };
}

/** Hides the neighbours only this node holds on the canvas; returns how many went. */
export function collapse(explorer: Explorer, node: string): number {
  // The canvas, not the loaded graph: only relations the user can see keep a neighbour anchored.
  const before = explorer.canvas.order;
  explorer.commitScene(collapseNode(explorer.canvas, explorer.state.scene, node));
  return before - explorer.canvas.order;
}

export function hide(explorer: Explorer, nodes: string[]): void {
  const { selection } = explorer.state;
  if (selection.kind === 'node' && nodes.includes(selection.key)) explorer.clearSelection();
  explorer.commitScene(hideNodes(explorer.state.scene, nodes));
}

/** Only these entities on the canvas: the start of a focused exploration. */
export function isolate(explorer: Explorer, nodes: string[]): void {
  explorer.commitScene(isolateNodes(explorer.state.scene, nodes));
  if (explorer.view) fitCanvas(explorer.view.sigma, 400);
}

export function unpin(explorer: Explorer, node: string): void {
  explorer.commitScene(unpinNode(explorer.state.scene, node));
}

/** Every entity back, at its precomputed position, and the camera reset; undo brings the previous view back. */
export function resetView(explorer: Explorer): void {
  explorer.placement.clear();
  explorer.commitScene(FULL_SCENE);
  runLayoutOnce('restore', runContext(explorer));
  explorer.store.set({ path: null, result: null });
  if (explorer.view) fitCanvas(explorer.view.sigma, 400);
}

/** What a layout needs from the explorer. */
export function runContext(explorer: Explorer): LayoutContext {
  return {
    canvas: explorer.canvas,
    data: explorer.data,
    pinned: () => explorer.pinned(),
    displaySize: (node: string) => explorer.view?.appearance().size(node) ?? 5,
    graphUnitsPerPixel: () => explorer.graphUnitsPerPixel(),
  };
}
