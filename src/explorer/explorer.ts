// The explorer's model: the loaded graph, the canvas graph derived from it, the state store and the undo history.
// What a user does goes through actions.ts; the renderer redraws from the store.
import type { DocumentRecord, KnowledgeGraph } from '../model/graph.ts';
import type { EdgeType } from '../model/vocabulary.ts';
import { applyCanvasDiff, canvasDiff, diffSize, ringAround } from './core/canvasGraph.ts';
import { claimLayer, EMPTY_LAYER, syncClaimLayer } from './core/claimLayer.ts';
import { claimsOf } from './core/claims.ts';
import { UndoHistory } from './core/history.ts';
import { knowledgeGraph } from './core/knowledgeGraph.ts';
import { FULL_SCENE, pinNode, type Position, type Scene } from './core/scene.ts';
import type { CurationClient } from './core/curationClient.ts';
import { SearchIndex } from './core/search.ts';
import { TextSearch } from './core/textSearch.ts';
import { Store, type ExplorerState } from './core/store.ts';
import { defaultViewState } from './core/urlState.ts';
import { createCanvasView, type CanvasView } from './view/renderer.ts';
import { keepInView } from './view/camera.ts';
import { bindInteractions } from './view/interactions.ts';
import { addToSelection, clearSelection, expand, selectEdge, selectNode, toggleSelected } from './actions.ts';

export class Explorer {
  readonly canvas: KnowledgeGraph = knowledgeGraph();
  readonly store: Store<ExplorerState>;
  readonly search: SearchIndex;
  /** Sentences of the documents, searched in a worker started on first use. */
  readonly textSearch: TextSearch;
  readonly documents: Map<string, DocumentRecord>;
  readonly history = new UndoHistory<Scene>(FULL_SCENE);
  /** Where nodes were when they left the canvas, so they come back to the same place. */
  readonly placement = new Map<string, { x: number; y: number }>();
  readonly dragging = new Map<string, Position>();
  view: CanvasView | null = null;
  /** Corrections through the local server; null on static hosting. */
  curation: CurationClient | null = null;
  private unbind: (() => void) | null = null;
  private relationsPerType: Map<EdgeType, number> | null = null;

  constructor(readonly data: KnowledgeGraph) {
    const initial = defaultViewState();
    this.store = new Store<ExplorerState>({
      selection: { kind: 'none' },
      hovered: null,
      filters: initial.filters,
      size: initial.size,
      colour: initial.colour,
      labelDensity: initial.labelDensity,
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
    this.textSearch = new TextSearch(data);
    this.documents = new Map(data.getAttribute('documents').map((doc) => [doc.id, doc]));
    this.syncCanvas();
  }

  /** The loaded graph got its relations (a large one is drawn with its nodes first): the canvas follows. */
  relationsArrived(): void {
    this.relationsPerType = null;
    this.syncCanvas();
  }

  /**
   * The loaded graph's relations per type, counted once: the overview and the filters panel both show them, and a
   * pass over 500,000 relations costs a third of a second.
   */
  relationCounts(): ReadonlyMap<EdgeType, number> {
    if (this.relationsPerType) return this.relationsPerType;
    const counts = new Map<EdgeType, number>();
    this.data.forEachEdge((_edge, { type }) => counts.set(type, (counts.get(type) ?? 0) + 1));
    return (this.relationsPerType = counts);
  }

  /** Draws the canvas into a container; the renderer and its listeners go away with kill(). */
  mount(container: HTMLElement): CanvasView {
    this.view = createCanvasView(container, this.canvas, this.store);
    this.unbind = bindInteractions(this.view.sigma, this.canvas, this.store, {
      selectNode: (node) => selectNode(this, node, { focus: false }),
      toggleSelected: (node) => toggleSelected(this, node),
      addToSelection: (nodes) => addToSelection(this, nodes),
      expand: (node) => void expand(this, node),
      selectEdge: (edge) => selectEdge(this, edge),
      clearSelection: () => clearSelection(this),
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
  syncCanvas(): string[] {
    const { scene, filters } = this.store.get();
    const diff = canvasDiff(this.data, this.canvas, scene, filters, this.placement);
    let addedNodes: string[] = [];
    const apply = () => {
      const result = applyCanvasDiff(this.canvas, diff);
      addedNodes = result.addedNodes;
      const claims = filters.claims
        ? claimLayer(this.data, claimsOf(this.data), (node) => this.canvas.hasNode(node), this.placement)
        : EMPTY_LAYER;
      return syncClaimLayer(this.canvas, claims) || result.changed;
    };
    const changed = this.view ? this.view.changeCanvas(apply, diffSize(diff)) : apply();
    if (changed) this.store.set({ canvasVersion: this.store.get().canvasVersion + 1 });
    return addedNodes;
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

  /**
   * Puts back a scene from the undo history. The canvas's extent changes with its nodes and the camera frames that
   * extent, so nodes can drift off screen: a focused exploration is kept in view whole, the full graph only where
   * nodes came back.
   */
  restoreScene(scene: Scene): void {
    this.store.set({ scene });
    const added = this.syncCanvas();
    if (!this.view) return;
    const watch = scene.mode === 'some' ? this.canvas.nodes() : added;
    if (watch.length) keepInView(this.view.sigma, watch);
  }

  kill(): void {
    this.textSearch.kill();
    this.unbind?.();
    this.view?.kill();
    this.view = null;
  }
}
