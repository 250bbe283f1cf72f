// The explorer's model and actions: the loaded graph, the canvas graph derived from it, the state store, and every
// step a user can take. Panels call these; the renderer redraws from the store.
import { MultiGraph } from 'graphology';
import type { DocumentRecord, KnowledgeGraph } from '../model/graph.ts';
import { syncCanvasGraph, ringAround } from './core/canvasGraph.ts';
import { claimLayer, EMPTY_LAYER, syncClaimLayer } from './core/claimLayer.ts';
import { claimsOf } from './core/claims.ts';
import { edgePasses, nodePasses, type Filters } from './core/filters.ts';
import { UndoHistory } from './core/history.ts';
import { FULL_SCENE, pinNode, showNodes, type Position, type Scene } from './core/scene.ts';
import type { CurationClient } from './core/curationClient.ts';
import { SearchIndex } from './core/search.ts';
import { shortestPath } from './core/shortestPath.ts';
import { Store, type ExplorerState } from './core/store.ts';
import { defaultViewState } from './core/urlState.ts';
import { createCanvasView, type CanvasView } from './view/renderer.ts';
import { fitNodes, keepInView } from './view/camera.ts';
import { bindInteractions, focusNode } from './view/interactions.ts';

export class Explorer {
  readonly canvas: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
  readonly store: Store<ExplorerState>;
  readonly search: SearchIndex;
  readonly documents: Map<string, DocumentRecord>;
  readonly history = new UndoHistory<Scene>(FULL_SCENE);
  /** Where nodes were when they left the canvas, so they come back to the same place. */
  readonly placement = new Map<string, { x: number; y: number }>();
  readonly dragging = new Map<string, Position>();
  view: CanvasView | null = null;
  /** Corrections through the local server; null on static hosting. */
  curation: CurationClient | null = null;
  private unbind: (() => void) | null = null;

  constructor(readonly data: KnowledgeGraph) {
    const initial = defaultViewState();
    this.store = new Store<ExplorerState>({
      selection: { kind: 'none' },
      hovered: null,
      filters: initial.filters,
      size: initial.size,
      colour: initial.colour,
      scene: FULL_SCENE,
      path: null,
      result: null,
      reader: null,
      query: '',
      params: '',
      console: false,
      canvasVersion: 0,
      curation: null,
    });
    this.search = new SearchIndex(data);
    this.documents = new Map(data.getAttribute('documents').map((doc) => [doc.id, doc]));
    this.syncCanvas();
  }

  /** The loaded graph got its relations (a large one is drawn with its nodes first): the canvas follows. */
  relationsArrived(): void {
    this.syncCanvas();
  }

  /** Draws the canvas into a container; the renderer and its listeners go away with kill(). */
  mount(container: HTMLElement): CanvasView {
    this.view = createCanvasView(container, this.canvas, this.store);
    this.unbind = bindInteractions(this.view.sigma, this.canvas, this.store, {
      selectNode: (node) => this.selectNode(node, { focus: false }),
      selectEdge: (edge) => this.selectEdge(edge),
      clearSelection: () => this.clearSelection(),
      pinNode: (node, position) => this.commitScene(pinNode(this.store.get().scene, node, position)),
      dragging: this.dragging,
    });
    return this.view;
  }

  get state(): ExplorerState {
    return this.store.get();
  }

  /** Pins plus the node being dragged: what layouts must leave alone. */
  pinned(): ReadonlyMap<string, Position> {
    if (this.dragging.size === 0) return this.store.get().scene.pinned;
    return new Map([...this.store.get().scene.pinned, ...this.dragging]);
  }

  /** Brings the canvas in line with the scene and filters; returns the nodes it added. */
  private syncCanvas(): string[] {
    const { scene, filters } = this.store.get();
    const result = syncCanvasGraph(this.data, this.canvas, scene, filters, this.placement);
    const claims = filters.claims
      ? claimLayer(this.data, claimsOf(this.data), (node) => this.canvas.hasNode(node), this.placement)
      : EMPTY_LAYER;
    if (syncClaimLayer(this.canvas, claims) || result.changed) {
      this.view?.canvasChanged();
      this.store.set({ canvasVersion: this.store.get().canvasVersion + 1 });
    }
    return result.addedNodes;
  }

  /**
   * A new exploration step: recorded for undo, applied to the canvas. With an `anchor` (an expansion), the new
   * nodes appear around it and the camera keeps it and them in view.
   */
  commitScene(next: Scene, anchor?: string): void {
    const current = this.store.get().scene;
    if (next === current) return;
    if (anchor && next.mode === 'some') this.placeAround(anchor, current, next);
    this.history.push(next);
    this.store.set({ scene: next });
    const added = this.syncCanvas();
    if (!anchor || !this.view || !added.length) return;
    // A focused exploration is small (an expansion adds at most 100): keep all of it in view, not only the new ring.
    keepInView(this.view.sigma, next.mode === 'some' ? this.canvas.nodes() : [anchor, ...added]);
  }

  // In a focused exploration new neighbours appear around the node they came from, not at their global position.
  private placeAround(anchor: string, before: Scene, after: Scene): void {
    if (!this.canvas.hasNode(anchor)) return;
    const fresh = [...after.shown].filter((node) => !before.shown.has(node));
    const unit = this.graphUnitsPerPixel();
    for (const [node, at] of ringAround(this.canvas.getNodeAttributes(anchor), fresh, 110 * unit))
      this.placement.set(node, at);
  }

  graphUnitsPerPixel(): number {
    const sigma = this.view?.sigma;
    if (!sigma) return 1;
    const a = sigma.viewportToGraph({ x: 0, y: 0 });
    const b = sigma.viewportToGraph({ x: 100, y: 0 });
    return Math.hypot(b.x - a.x, b.y - a.y) / 100 || 1;
  }

  // The canvas's extent changes with its nodes and the camera frames that extent, so after undo or redo nodes can
  // drift off screen: a focused exploration is kept in view whole, the full graph only where nodes came back.
  undo(): void {
    this.stepTo(this.history.undo());
  }

  redo(): void {
    this.stepTo(this.history.redo());
  }

  private stepTo(scene: Scene): void {
    this.store.set({ scene });
    const added = this.syncCanvas();
    if (!this.view) return;
    const watch = scene.mode === 'some' ? this.canvas.nodes() : added;
    if (watch.length) keepInView(this.view.sigma, watch);
  }

  setFilters(filters: Filters): void {
    this.store.set({ filters });
    this.syncCanvas();
    const { path } = this.store.get();
    if (path) this.findPath(path.from, path.to, { fit: false });
  }

  /** Selects an entity, bringing it onto the canvas if needed; `focus` moves the camera to it. */
  selectNode(node: string, { focus = true } = {}): void {
    if (!this.data.hasNode(node)) return;
    const { scene, filters } = this.store.get();
    // What is chosen is shown: its type is switched on, and a document filter that leaves it out is lifted.
    if (!nodePasses(filters, this.data.getNodeAttributes(node))) {
      const entityTypes = new Set(filters.entityTypes).add(this.data.getNodeAttribute(node, 'type'));
      this.setFilters({ ...filters, entityTypes, documents: null });
    }
    this.commitScene(showNodes(scene, [node]));
    this.store.set({ selection: { kind: 'node', key: node }, hovered: null });
    if (focus && this.view) focusNode(this.view.sigma, node);
  }

  selectEdge(edge: string): void {
    if (this.data.hasEdge(edge)) this.store.set({ selection: { kind: 'edge', key: edge } });
  }

  clearSelection(): void {
    this.store.set({ selection: { kind: 'none' } });
  }

  /** Esc: back to the plain graph (selection, path, query highlight, open document). */
  clearAll(): void {
    this.store.set({ selection: { kind: 'none' }, path: null, result: null, reader: null, hovered: null });
  }

  /** Shortest path over what the filters let through; its nodes join the canvas and the camera frames them. */
  findPath(from: string, to: string, { fit = true } = {}): void {
    const { filters } = this.store.get();
    const result = shortestPath(this.data, from, to, {
      nodeAllowed: (node) => nodePasses(filters, this.data.getNodeAttributes(node)),
      edgeAllowed: (edge) => edgePasses(filters, this.data.getEdgeAttributes(edge)),
    });
    if (result) this.commitScene(showNodes(this.store.get().scene, result.nodes));
    this.store.set({ path: { from, to, result }, selection: { kind: 'none' } });
    if (result && fit && this.view) fitNodes(this.view.sigma, result.nodes);
  }

  openDocument(document: string, focus: { start: number; end: number } | null = null): void {
    if (this.documents.has(document)) this.store.set({ reader: { document, focus } });
  }

  kill(): void {
    this.unbind?.();
    this.view?.kill();
    this.view = null;
  }
}
