// The sigma renderer over the canvas graph: programs, label settings, and redraws driven by the explorer state.
import Sigma from 'sigma';
import type { EntityAttributes, GraphAttributes, KnowledgeGraph, RelationAttributes } from '../../model/graph.ts';
import { detectCommunities, type Communities } from '../core/communities.ts';
import { parallelCurvatures } from '../core/parallelEdges.ts';
import { ENTITY_COLOURS } from '../core/palette.ts';
import { sizeMetric, sizeScale } from '../core/metrics.ts';
import { onChange, type ExplorerState, type Store } from '../core/store.ts';
import { drawHover, drawLabel } from './labels.ts';
import { programClasses, useFastPrograms } from './programs.ts';
import { focusOf, makeEdgeReducer, makeNodeReducer, type Appearance, type Focus } from './reducers.ts';

export type KnowledgeSigma = Sigma<EntityAttributes, RelationAttributes, GraphAttributes>;

export interface CanvasView {
  sigma: KnowledgeSigma;
  /** The canvas graph changed (nodes or edges added or removed): metrics, communities and curves are stale. */
  canvasChanged(): void;
  communities(): Communities;
  appearance(): Appearance;
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

  const getCommunities = () => (communities ??= detectCommunities(canvas));
  const getAppearance = (): Appearance => {
    if (appearance) return appearance;
    const state = store.get();
    const size = sizeScale(sizeMetric(state.size).compute(canvas), canvas.order);
    const colour =
      state.colour === 'community'
        ? (() => {
            const found = getCommunities();
            return (node: string) => found.list[found.ofNode.get(node) ?? -1]?.colour ?? '#9aa3b2';
          })()
        : (node: string) => ENTITY_COLOURS[canvas.getNodeAttribute(node, 'type')];
    // Fast programs draw straight lines only: no need to find parallel edges.
    const curvature = fast
      ? new Map<string, number>()
      : parallelCurvatures(canvas.mapEdges((key, _a, source, target) => ({ key, source, target })));
    return (appearance = { size, colour, curvature, fast });
  };

  const sigma: KnowledgeSigma = new Sigma<EntityAttributes, RelationAttributes, GraphAttributes>(canvas, container, {
    nodeReducer: makeNodeReducer(getAppearance, store.get.bind(store), () => focus),
    edgeReducer: makeEdgeReducer(getAppearance, store.get.bind(store), () => focus),
    ...programClasses(fast),
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2430' },
    labelDensity: store.get().labelDensity,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: large ? 7 : 5,
    // Edge picking redraws every edge into a hidden buffer: too slow past ~50k edges, where edges are not clickable.
    // Past 20,000 nodes the canvas is mounted before its edges arrive (main.ts), so count nodes too.
    enableEdgeEvents: canvas.order <= 20_000 && canvas.size <= 50_000,
    // Sorting by zIndex costs a pass per refresh; with points and lines, drawing order barely shows anyway.
    zIndex: !fast,
    // Software WebGL draws ~50k edges in about 150 ms: past the fast threshold, edges wait for the camera to stop.
    hideEdgesOnMove: fast,
    hideLabelsOnMove: fast,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
  });

  const refocus = () => {
    focus = focusOf(canvas, store.get());
    sigma.refresh({ skipIndexation: true });
  };
  const restyle = () => {
    appearance = null;
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
    canvasChanged() {
      appearance = null;
      communities = null;
      focus = focusOf(canvas, store.get());
      sigma.refresh();
    },
    communities: getCommunities,
    appearance: getAppearance,
    kill() {
      resizes.disconnect();
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      sigma.kill();
    },
  };
}
