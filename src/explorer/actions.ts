// Every step a user can take, in one place: panels, keys and the canvas call these functions, which change the
// state through the explorer's model (explorer.ts); the renderer and the panels redraw from the store.
import { edgePasses, nodePasses, type Filters } from './core/filters.ts';
import { collapseNode, expandNode, type ExpandQuery } from './core/neighbours.ts';
import { FULL_SCENE, hideNodes, isolateNodes, showNodes, unpinNode } from './core/scene.ts';
import { shortestPath } from './core/shortestPath.ts';
import type { ColourMode } from './core/nodeStyle.ts';
import type { Explorer } from './explorer.ts';
import { addNodes, selectedNodes, selectionOf, toggleNode } from './core/selection.ts';
import { fitCanvas, fitNodes, keepInView } from './view/camera.ts';
import { focusNode } from './view/interactions.ts';
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

/** Expands several entities in one undoable step (a multiple selection); returns how many entities came in. */
export function expandAll(explorer: Explorer, nodes: readonly string[]): number {
  if (nodes.length === 1) return expand(explorer, nodes[0]!).added;
  const { filters } = explorer.state;
  let scene = explorer.state.scene;
  let added = 0;
  for (const node of nodes) {
    const step = expandNode(explorer.data, scene, node, {
      edgeAllowed: (relation) => edgePasses(filters, relation),
      nodeAllowed: (entity) => nodePasses(filters, entity),
    });
    scene = step.scene;
    added += step.added.length;
  }
  explorer.commitScene(scene);
  if (added && explorer.view) keepInView(explorer.view.sigma, [...nodes, ...explorer.canvas.nodes()]);
  return added;
}

export function hide(explorer: Explorer, nodes: string[]): void {
  const selected = selectedNodes(explorer.state.selection);
  if (selected.some((node) => nodes.includes(node)))
    explorer.store.set({ selection: selectionOf(selected.filter((node) => !nodes.includes(node))) });
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

/** Selects an entity, bringing it onto the canvas if needed; `focus` moves the camera to it. */
export function selectNode(explorer: Explorer, node: string, { focus = true } = {}): void {
  if (!explorer.data.hasNode(node)) return;
  const { filters } = explorer.state;
  // What is chosen is shown: its type is switched on, and a document filter that leaves it out is lifted.
  if (!nodePasses(filters, explorer.data.getNodeAttributes(node))) {
    const entityTypes = new Set(filters.entityTypes).add(explorer.data.getNodeAttribute(node, 'type'));
    setFilters(explorer, { ...filters, entityTypes, documents: null, period: null, outlet: null });
  }
  explorer.commitScene(showNodes(explorer.state.scene, [node]));
  explorer.store.set({ selection: { kind: 'node', key: node }, hovered: null });
  if (focus && explorer.view) focusNode(explorer.view.sigma, node);
}

/** Several entities at once (box select, the data table); one is a plain entity selection. */
export function selectNodes(explorer: Explorer, nodes: Iterable<string>): void {
  explorer.store.set({
    selection: selectionOf([...nodes].filter((node) => explorer.canvas.hasNode(node))),
    hovered: null,
  });
}

/** Shift-click: the entity joins the selection, or leaves it. */
export function toggleSelected(explorer: Explorer, node: string): void {
  if (explorer.canvas.hasNode(node)) explorer.store.set({ selection: toggleNode(explorer.state.selection, node) });
}

/** Box select: the entities in the box join what is selected. */
export function addToSelection(explorer: Explorer, nodes: Iterable<string>): void {
  explorer.store.set({ selection: addNodes(explorer.state.selection, nodes) });
}

export function selectEdge(explorer: Explorer, edge: string): void {
  if (explorer.data.hasEdge(edge)) explorer.store.set({ selection: { kind: 'edge', key: edge } });
}

export function clearSelection(explorer: Explorer): void {
  // A new empty selection would still redraw every node and edge (the highlight is derived from it).
  if (explorer.state.selection.kind !== 'none') explorer.store.set({ selection: { kind: 'none' } });
}

/** Esc: back to the plain graph (selection, path, query highlight, open document). */
export function clearAll(explorer: Explorer): void {
  explorer.store.set({ selection: { kind: 'none' }, path: null, result: null, reader: null, hovered: null });
}

export function undo(explorer: Explorer): void {
  explorer.restoreScene(explorer.history.undo());
}

export function redo(explorer: Explorer): void {
  explorer.restoreScene(explorer.history.redo());
}

/** New filters: the canvas follows, and a path on screen is found again over what they let through. */
export function setFilters(explorer: Explorer, filters: Filters): void {
  explorer.store.set({ filters });
  explorer.syncCanvas();
  const { path } = explorer.state;
  if (path) findPath(explorer, path.from, path.to, { fit: false });
}

/** Shortest path over what the filters let through; its nodes join the canvas and the camera frames them. */
export function findPath(explorer: Explorer, from: string, to: string, { fit = true } = {}): void {
  const { data } = explorer;
  const { filters } = explorer.state;
  const result = shortestPath(data, from, to, {
    nodeAllowed: (node) => nodePasses(filters, data.getNodeAttributes(node)),
    edgeAllowed: (edge) => edgePasses(filters, data.getEdgeAttributes(edge)),
  });
  if (result) explorer.commitScene(showNodes(explorer.state.scene, result.nodes));
  explorer.store.set({ path: { from, to, result }, selection: { kind: 'none' } });
  if (result && fit && explorer.view) fitNodes(explorer.view.sigma, result.nodes);
}

export function clearPath(explorer: Explorer): void {
  explorer.store.set({ path: null });
}

/** Opens the reader on a document, scrolled to and marking `focus` (evidence offsets) when given. */
export function openDocument(
  explorer: Explorer,
  document: string,
  focus: { start: number; end: number } | null = null,
): void {
  if (explorer.documents.has(document)) explorer.store.set({ reader: { document, focus } });
}

export function closeDocument(explorer: Explorer): void {
  explorer.store.set({ reader: null });
}

export function setSize(explorer: Explorer, size: string): void {
  explorer.store.set({ size });
}

export function setColour(explorer: Explorer, colour: ColourMode): void {
  explorer.store.set({ colour });
}

export function setLabelDensity(explorer: Explorer, labelDensity: number): void {
  explorer.store.set({ labelDensity });
}

export function setConsoleOpen(explorer: Explorer, open: boolean): void {
  explorer.store.set({ console: open });
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
