// Box select: Shift and drag on the empty stage draws a rectangle; the entities inside it join the selection.
import type { KnowledgeGraph } from '../../model/graph.ts';
import type { KnowledgeSigma } from './renderer.ts';

interface Point {
  x: number;
  y: number;
}

/** Nodes of the canvas whose centres lie in the rectangle between two viewport points. */
export function nodesInBox(sigma: KnowledgeSigma, canvas: KnowledgeGraph, a: Point, b: Point): string[] {
  const [left, right] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [top, bottom] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return canvas.filterNodes((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return false;
    const { x, y } = sigma.framedGraphToViewport(data);
    return x >= left && x <= right && y >= top && y <= bottom;
  });
}

/**
 * Binds Shift+drag on the stage; `select` gets the boxed nodes. Returns the unbinding, and a check that the click
 * ending a box is not taken for a click on the empty stage (which would clear the selection).
 */
export function bindBoxSelect(
  sigma: KnowledgeSigma,
  canvas: KnowledgeGraph,
  select: (nodes: string[]) => void,
): { unbind(): void; justBoxed(): boolean } {
  const container = sigma.getContainer();
  const box = document.createElement('div');
  box.className = 'select-box';
  box.hidden = true;
  container.append(box);
  let start: Point | null = null;
  let boxed = false;

  sigma.on('downStage', ({ event }) => {
    const original = event.original as MouseEvent;
    if (!original.shiftKey) return;
    start = { x: event.x, y: event.y };
    boxed = false;
  });
  const captor = sigma.getMouseCaptor();
  const onMove = (event: { x: number; y: number; preventSigmaDefault(): void }) => {
    if (!start) return;
    // The camera stays put while the box is drawn.
    event.preventSigmaDefault();
    Object.assign(box.style, {
      left: `${Math.min(start.x, event.x)}px`,
      top: `${Math.min(start.y, event.y)}px`,
      width: `${Math.abs(event.x - start.x)}px`,
      height: `${Math.abs(event.y - start.y)}px`,
    });
    box.hidden = false;
  };
  const onUp = (event: Point) => {
    if (!start) return;
    const from = start;
    start = null;
    box.hidden = true;
    if (Math.hypot(event.x - from.x, event.y - from.y) < 4) return;
    boxed = true;
    select(nodesInBox(sigma, canvas, from, event));
  };
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  return {
    unbind() {
      captor.off('mousemovebody', onMove);
      captor.off('mouseup', onUp);
      box.remove();
    },
    justBoxed() {
      const was = boxed;
      boxed = false;
      return was;
    },
  };
}
