// The sigma renderer over the canvas graph: programs, label settings, and redraws driven by the explorer state.
import Sigma from 'sigma';
import type { EntityAttributes, GraphAttributes, KnowledgeGraph, RelationAttributes } from '../../model/graph.ts';
import { knowledgeGraph } from '../core/knowledgeGraph.ts';
import { detectCommunities, type Communities } from '../core/communities.ts';
import { parallelCurvatures } from '../core/parallelEdges.ts';
import { nodeMetric, sizeScale } from '../core/metrics.ts';
import { nodeColouring } from '../core/nodeStyle.ts';
import { onChange, type ExplorerState, type Store } from '../core/store.ts';
import type { PlacedLabel } from './labelPlacement.ts';
import { carded, focusLayer } from './focusLayer.ts';
import { veiled } from './levelOfDetail.ts';
import { drawHover, drawNodeLabels } from './labels.ts';
import { cameraMoving, programClasses, useFastPrograms } from './programs.ts';
import {
  focusOf,
  forcedLabels,
  makeEdgeReducer,
  makeNodeReducer,
  type Appearance,
  type Focus,
  type ReducerContext,
} from './reducers.ts';

/**
 * Sigma re-reads every node and edge added while it listens to the graph, and the full refresh after a change reads
 * them all again: past this many additions and removals, sigma is detached while they happen.
 */
const DETACH_FROM = 1_000;
const DETACHED: KnowledgeGraph = knowledgeGraph();

export type KnowledgeSigma = Sigma<EntityAttributes, RelationAttributes, GraphAttributes>;

export interface CanvasView {
  sigma: KnowledgeSigma;
  /**
   * Runs `apply`, which changes the canvas graph by `changes` nodes and edges and says whether anything changed;
   * then metrics, communities and curves are recomputed and sigma redraws (also when `apply` throws half-way).
   */
  changeCanvas(apply: () => boolean, changes: number): boolean;
  communities(): Communities;
  appearance(): Appearance;
  /** Canvas nodes most important first (drawn largest, then most connected): who gets a label when space is short. */
  labelOrder(): readonly string[];
  /** The nodes labelled first now, whatever their size (the reducers' forced labels, or the veiled focus's). */
  forcedLabels(): ReadonlySet<string>;
  /** The labels of the last frame that drew them (for tests and the UI benchmark). */
  labels(): readonly PlacedLabel[];
  kill(): void;
}

export function createCanvasView(
  container: HTMLElement,
  canvas: KnowledgeGraph,
  store: Store<ExplorerState>,
): CanvasView {
  const large = canvas.order > 20_000 || canvas.size > 100_000;
  const fast = useFastPrograms(canvas.order);
  let appearance: Appearance | null = null;
  let communities: Communities | null = null;
  let focus: Focus | null = focusOf(canvas, store.get());
  let labelOrder: string[] | null = null;
  let labels: PlacedLabel[] = [];

  const getCommunities = () => (communities ??= detectCommunities(canvas));
  const getAppearance = (): Appearance => {
    if (appearance) return appearance;
    const state = store.get();
    const size = sizeScale(nodeMetric(state.size).compute(canvas), canvas.order);
    const { colour, legend } = nodeColouring(state.colour, canvas, getCommunities);
    // Fast programs draw straight lines only: no need to find parallel edges.
    const curvature = fast
      ? new Map<string, number>()
      : parallelCurvatures(canvas.mapEdges((key, _a, source, target) => ({ key, source, target })));
    return (appearance = { size, colour, legend, curvature, fast });
  };
  const getLabelOrder = () => {
    if (labelOrder) return labelOrder;
    const { size } = getAppearance();
    const nodes = canvas.nodes();
    // Ranks in a typed array and a stable sort of positions: a comparator looking keys up in a Map took about a
    // second at 100,000 nodes.
    const rank = Float64Array.from(nodes, (node) => size(node) * 1e6 + canvas.degree(node));
    const byRank = nodes.map((_node, i) => i).sort((a, b) => rank[b]! - rank[a]!);
    return (labelOrder = byRank.map((i) => nodes[i]!));
  };

  const reducing: ReducerContext = {
    appearance: getAppearance,
    state: store.get.bind(store),
    focus: () => focus,
    drawsFocus: () => !veiled(canvas),
  };
  const sigma: KnowledgeSigma = new Sigma<EntityAttributes, RelationAttributes, GraphAttributes>(canvas, container, {
    nodeReducer: makeNodeReducer(reducing),
    edgeReducer: makeEdgeReducer(reducing),
    ...programClasses(fast),
    // Labels are placed by labels.ts after each frame (importance first, no overlaps): sigma's grid draws none.
    renderLabels: false,
    defaultDrawNodeHover: drawHover,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2430' },
    labelDensity: store.get().labelDensity,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: large ? 2 : 1,
    // Edge picking redraws every edge into a hidden buffer: too slow past ~50k edges, where edges are not clickable.
    // Past 20,000 nodes the canvas is mounted before its edges arrive (main.ts), so count nodes too.
    enableEdgeEvents: canvas.order <= 20_000 && canvas.size <= 50_000,
    // Sorting by zIndex costs a pass per refresh; with points and lines, drawing order barely shows anyway.
    zIndex: !fast,
    // Software WebGL draws ~50k edges in about 150 ms: past the fast threshold, edges wait for the camera to stop
    // (the fast line program leaves them out while it moves).
    hideLabelsOnMove: fast,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
  });

  const veil = focusLayer(sigma, canvas);
  const forcedNow = (): Set<string> => {
    const state = store.get();
    const mayForce = [...forcedLabels(state, focus)];
    if (!veiled(canvas)) return new Set(mayForce.filter((node) => sigma.getNodeDisplayData(node)?.forceLabel));
    // The selected entity and the path's ends have their card on the veil.
    const cards = carded(state);
    return new Set(mayForce.filter((node) => canvas.hasNode(node) && !cards.has(node)));
  };
  const drawLabels = () => {
    const inFocus = veiled(canvas) ? focus : null;
    const cards = carded(store.get());
    // Under the veil only the focus is labelled.
    const order = inFocus
      ? getLabelOrder().filter((node) => inFocus.nodes.has(node) && !cards.has(node))
      : getLabelOrder();
    labels = drawNodeLabels(sigma, order, forcedNow());
  };
  const labelsAfterFrame = () => {
    // Detached for a large change (changeCanvas): nothing is drawn, and the label order would be the old canvas's.
    if (sigma.getGraph() !== canvas) return;
    veil.draw(veiled(canvas) ? focus : null, store.get());
    if (!sigma.getSetting('hideLabelsOnMove') || !cameraMoving(sigma)) drawLabels();
  };
  sigma.on('afterRender', labelsAfterFrame);
  // A drag of the stage ends without a camera animation when the pointer stood still before the release: draw once
  // more after sigma has counted the drag as over, so the lines left out while it moved come back.
  const afterDrag = () => setTimeout(() => sigma.scheduleRender(), 0);
  if (fast) sigma.getMouseCaptor().on('mouseup', afterDrag);

  const refocus = () => {
    focus = focusOf(canvas, store.get());
    if (!veiled(canvas)) return void sigma.refresh({ skipIndexation: true });
    // The graph stays as drawn: only the veil and the labels change, with no pass of sigma's over every node.
    veil.draw(focus, store.get());
    const { width, height } = sigma.getDimensions();
    sigma.getCanvases().labels?.getContext('2d')?.clearRect(0, 0, width, height);
    drawLabels();
  };
  const restyle = () => {
    appearance = null;
    labelOrder = null;
    sigma.refresh();
  };
  // Sigma follows window resizes only; the stage also changes size when the console opens or closes. The observer
  // also reports the size it starts with: drawing again for that would cost a whole extra frame on a big graph.
  let size = `${container.clientWidth}x${container.clientHeight}`;
  const resizes = new ResizeObserver(() => {
    const next = `${container.clientWidth}x${container.clientHeight}`;
    if (next === size) return;
    size = next;
    sigma.scheduleRender();
  });
  resizes.observe(container);
  const unsubscribers = [
    onChange(store, ['hovered', 'selection', 'path', 'result'], refocus),
    onChange(store, ['size', 'colour'], restyle),
    onChange(store, ['labelDensity'], ({ labelDensity }) => sigma.setSetting('labelDensity', labelDensity)),
  ];

  return {
    sigma,
    changeCanvas(apply, changes) {
      const detach = changes >= DETACH_FROM;
      // setGraph() refreshes: the empty graph costs nothing, the canvas is the refresh every change needs.
      if (detach) sigma.setGraph(DETACHED);
      let changed = detach;
      try {
        changed = apply();
      } finally {
        if (changed) {
          appearance = null;
          labelOrder = null;
          communities = null;
          focus = focusOf(canvas, store.get());
        }
        if (detach) sigma.setGraph(canvas);
        else if (changed) sigma.refresh();
      }
      return changed;
    },
    communities: getCommunities,
    appearance: getAppearance,
    labelOrder: getLabelOrder,
    forcedLabels: forcedNow,
    labels: () => labels,
    kill() {
      resizes.disconnect();
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      veil.kill();
      sigma.kill();
    },
  };
}
