// What sigma draws, derived from the domain attributes and the explorer state (Gephi Lite's way): the graph keeps
// label, type and evidence; colours, sizes, dimming, curvature and programs exist only here.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EntityAttributes, KnowledgeGraph, RelationAttributes } from '../../model/graph.ts';
import { isClaimEdge, isClaimNode } from '../../model/graphFile.ts';
import { MENTIONED_WITH } from '../../model/vocabulary.ts';
import { DIMMED_EDGE, DIMMED_NODE, HIGHLIGHT, edgeColour } from '../core/palette.ts';
import type { Legend } from '../core/nodeStyle.ts';
import type { ExplorerState } from '../core/store.ts';
import { claimEdgeDisplay, claimNodeDisplay } from './claimStyle.ts';

/** Per-node styling chosen in the appearance panel, recomputed when the metric, colouring or canvas change. */
export interface Appearance {
  size: (node: string) => number;
  colour: (node: string) => string;
  /** What the colours mean, for the page and the PNG export. */
  legend: Legend;
  curvature: Map<string, number>;
  /** Points and 1-pixel lines (see programs.ts): every edge is a 'line'. */
  fast: boolean;
}

/** What is in focus; everything else is dimmed. null: nothing is, and the whole graph shows normally. */
export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Hover beats selection beats path beats query result, so the pointer always shows its neighbourhood. */
export function focusOf(canvas: KnowledgeGraph, state: ExplorerState): Focus | null {
  const around = (node: string): Focus | null => {
    if (!canvas.hasNode(node)) return null;
    return { nodes: new Set([node, ...canvas.neighbors(node)]), edges: new Set(canvas.edges(node)) };
  };
  if (state.hovered) return around(state.hovered);
  if (state.selection.kind === 'node') return around(state.selection.key);
  if (state.selection.kind === 'nodes') {
    // Several entities: they and the relations among them, so what binds the group shows.
    const nodes = new Set([...state.selection.keys].filter((node) => canvas.hasNode(node)));
    const edges = new Set<string>();
    for (const node of nodes)
      canvas.forEachEdge(node, (edge, _attrs, source, target) => {
        if (nodes.has(source) && nodes.has(target)) edges.add(edge);
      });
    return { nodes, edges };
  }
  if (state.selection.kind === 'edge' && canvas.hasEdge(state.selection.key)) {
    const edge = state.selection.key;
    return { nodes: new Set(canvas.extremities(edge)), edges: new Set([edge]) };
  }
  if (state.path?.result) {
    const edges = new Set(state.path.result.hops.flatMap((hop) => hop.edges));
    return { nodes: new Set(state.path.result.nodes), edges };
  }
  if (state.result && state.result.nodes.size + state.result.edges.size > 0)
    return { nodes: state.result.nodes, edges: state.result.edges };
  return null;
}

/** Thicker for better supported relations; co-occurrence stays thin so stated relations stand out. */
export function edgeThickness(relation: RelationAttributes): number {
  const base = relation.type === MENTIONED_WITH ? 0.6 : 1.4;
  return base + Math.min(3, Math.log2(Math.max(1, relation.weight)));
}

/** Past this many nodes in focus, the focus gets no forced labels (it would cover the canvas). */
const FORCE_FOCUS_LABELS_UP_TO = 60;

/**
 * Every node makeNodeReducer may set `forceLabel` on in this state (it decides which): the label pass looks only at
 * these for forced labels instead of at every node of the canvas, 100,000 display-data copies a frame on a large one.
 */
export function forcedLabels(state: ExplorerState, focus: Focus | null): ReadonlySet<string> {
  const forced = new Set<string>(focus && focus.nodes.size <= FORCE_FOCUS_LABELS_UP_TO ? focus.nodes : []);
  if (state.selection.kind === 'node') forced.add(state.selection.key);
  if (state.path) forced.add(state.path.from).add(state.path.to);
  if (state.hovered) forced.add(state.hovered);
  return forced;
}

/**
 * The reducers' view of the explorer: `drawsFocus` false leaves the focus and the highlights to the veil drawn over
 * a large canvas (focusLayer.ts), so they do not change with every hover there.
 */
export interface ReducerContext {
  appearance: () => Appearance;
  state: () => ExplorerState;
  focus: () => Focus | null;
  drawsFocus: () => boolean;
}

export function makeNodeReducer(
  context: ReducerContext,
): (node: string, attrs: EntityAttributes) => Partial<NodeDisplayData> {
  return (node, attrs) => {
    const look = context.appearance();
    const display: Partial<NodeDisplayData> = {
      type: 'circle',
      x: attrs.x,
      y: attrs.y,
      label: attrs.label,
      size: look.size(node),
      color: look.colour(node),
      zIndex: 1,
    };
    if (isClaimNode(attrs)) Object.assign(display, claimNodeDisplay(attrs));
    if (!context.drawsFocus()) return display;
    const current = context.state();
    const inFocus = context.focus();
    if (inFocus) {
      if (inFocus.nodes.has(node)) {
        display.zIndex = 2;
        // Labels for every node in a small focus set: the point of hovering is to read the neighbourhood.
        display.forceLabel = inFocus.nodes.size <= FORCE_FOCUS_LABELS_UP_TO;
      } else {
        display.color = DIMMED_NODE;
        display.label = null;
        display.zIndex = 0;
      }
    }
    const selected = current.selection.kind === 'node' && current.selection.key === node;
    const pathEnd = current.path && (current.path.from === node || current.path.to === node);
    if (selected || pathEnd || current.hovered === node) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 3;
    }
    return display;
  };
}

export function makeEdgeReducer(
  context: ReducerContext,
): (edge: string, attrs: RelationAttributes) => Partial<EdgeDisplayData> {
  return (edge, attrs) => {
    const look = context.appearance();
    const curvature = look.curvature.get(edge);
    const directed = attrs.type !== MENTIONED_WITH;
    const program = look.fast
      ? 'line'
      : curvature === undefined
        ? directed
          ? 'arrow'
          : 'line'
        : directed
          ? 'curvedArrow'
          : 'curved';
    const display: Partial<EdgeDisplayData> & { curvature?: number } = {
      type: program,
      label: attrs.type,
      size: edgeThickness(attrs),
      color: edgeColour(attrs.type),
      zIndex: directed ? 1 : 0,
    };
    if (curvature !== undefined) display.curvature = curvature;
    if (isClaimEdge(attrs)) Object.assign(display, claimEdgeDisplay(attrs));
    if (!context.drawsFocus()) return display;
    const inFocus = context.focus();
    if (inFocus) {
      if (inFocus.edges.has(edge)) {
        display.zIndex = 2;
        display.size = (display.size ?? 1) * 1.5;
      } else {
        display.color = DIMMED_EDGE;
        display.zIndex = 0;
      }
    }
    const current = context.state();
    if (current.selection.kind === 'edge' && current.selection.key === edge) {
      display.color = HIGHLIGHT;
      display.size = (display.size ?? 1) + 2;
      display.zIndex = 3;
    }
    return display;
  };
}
