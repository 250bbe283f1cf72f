// The focus on a large canvas. Dimming through the reducers changes every node and edge, so sigma reprocesses them
// all for each hover or selection: seconds at 100,000 entities in software WebGL. On a canvas that levelOfDetail.ts
// calls veiled, the graph is left as drawn and a white veil goes over it, with the focus drawn again on the veil in
// 2D: its relations, its entities, and the card of the selected entity and path ends (the hovered one is sigma's).
import type { KnowledgeGraph } from '../../model/graph.ts';
import { HIGHLIGHT, edgeColour } from '../core/palette.ts';
import type { ExplorerState } from '../core/store.ts';
import { drawHover } from './labels.ts';
import type { Focus } from './reducers.ts';
import type { KnowledgeSigma } from './renderer.ts';

const VEIL = 'rgba(255, 255, 255, 0.84)';
/** A focus this large is a query result or a box selection: its first relations tell the story. */
const MAX_FOCUS_EDGES = 20_000;

/** The entities drawn with a card: the selected one and the path's ends. */
export function carded(state: ExplorerState): Set<string> {
  const nodes = new Set<string>();
  if (state.selection.kind === 'node') nodes.add(state.selection.key);
  if (state.path) nodes.add(state.path.from).add(state.path.to);
  return nodes;
}

export interface FocusLayer {
  /** Draws the veil and the focus for the current camera, or clears the layer when nothing is in focus. */
  draw(focus: Focus | null, state: ExplorerState): void;
  kill(): void;
}

/** A 2D layer between sigma's nodes and the labels (so the focus's labels stay on top). */
export function focusLayer(sigma: KnowledgeSigma, canvas: KnowledgeGraph): FocusLayer {
  // Sigma passes the placement on to createCanvas (its typings leave it out); as one of its canvas contexts, the
  // layer is sized and scaled with the others on resize.
  const createContext = sigma.createCanvasContext.bind(sigma) as (id: string, options: { beforeLayer: string }) => void;
  createContext('focus', { beforeLayer: 'labels' });
  // A layer made after sigma's first resize has no size until the stage changes.
  sigma.resize(true);
  const context = () => sigma.getCanvases().focus!.getContext('2d')!;
  const viewportOf = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    return data && !data.hidden ? { ...data, ...sigma.framedGraphToViewport(data) } : null;
  };
  return {
    draw(focus, state) {
      const ctx = context();
      const { width, height } = sigma.getDimensions();
      ctx.clearRect(0, 0, width, height);
      if (!focus) return;
      ctx.fillStyle = VEIL;
      ctx.fillRect(0, 0, width, height);
      let drawn = 0;
      const selectedEdge = state.selection.kind === 'edge' ? state.selection.key : null;
      for (const edge of focus.edges) {
        if (++drawn > MAX_FOCUS_EDGES) break;
        if (!canvas.hasEdge(edge)) continue;
        const [source, target] = canvas.extremities(edge);
        const from = viewportOf(source);
        const to = viewportOf(target);
        if (!from || !to) continue;
        ctx.beginPath();
        ctx.moveTo(from.x, from.y);
        ctx.lineTo(to.x, to.y);
        ctx.strokeStyle = edge === selectedEdge ? HIGHLIGHT : edgeColour(canvas.getEdgeAttribute(edge, 'type'));
        ctx.lineWidth = edge === selectedEdge ? 3 : 1.5;
        ctx.stroke();
      }
      const cards = carded(state);
      for (const node of focus.nodes) {
        const at = viewportOf(node);
        if (!at || cards.has(node)) continue;
        ctx.beginPath();
        ctx.arc(at.x, at.y, Math.max(2.5, sigma.scaleSize(at.size)), 0, Math.PI * 2);
        ctx.fillStyle = at.color;
        ctx.fill();
      }
      const settings = sigma.getSettings();
      for (const node of cards) {
        const at = viewportOf(node);
        if (at) drawHover(ctx, { ...at, key: node, size: Math.max(3, sigma.scaleSize(at.size)) }, settings);
      }
    },
    kill() {
      sigma.killLayer('focus');
    },
  };
}
