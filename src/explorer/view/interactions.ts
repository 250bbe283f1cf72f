// Pointer interactions on the canvas: hover highlights a neighbourhood, click selects (Shift+click adds or takes
// out, Shift+drag on the stage boxes), double-click expands, dragging a node pins it.
import type { KnowledgeGraph } from '../../model/graph.ts';
import type { Position } from '../core/scene.ts';
import type { ExplorerState, Store } from '../core/store.ts';
import { bindBoxSelect } from './boxSelect.ts';
import type { KnowledgeSigma } from './renderer.ts';

export interface InteractionActions {
  selectNode(node: string): void;
  /** Shift+click. */
  toggleSelected(node: string): void;
  /** Shift+drag on the stage: the boxed entities join the selection. */
  addToSelection(nodes: string[]): void;
  expand(node: string): void;
  selectEdge(edge: string): void;
  clearSelection(): void;
  /** Called once when a drag ends: the node stays where it was dropped. */
  pinNode(node: string, position: Position): void;
  /** Positions of nodes being dragged right now, which the running layout must not move. */
  dragging: Map<string, Position>;
}

export function bindInteractions(
  sigma: KnowledgeSigma,
  canvas: KnowledgeGraph,
  store: Store<ExplorerState>,
  actions: InteractionActions,
): () => void {
  let dragged: string | null = null;
  let moved = false;
  const container = sigma.getContainer();

  sigma.on('enterNode', ({ node }) => {
    if (!dragged) store.set({ hovered: node });
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    if (!dragged) store.set({ hovered: null });
    container.style.cursor = '';
  });
  sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
  sigma.on('leaveEdge', () => (container.style.cursor = ''));
  const box = bindBoxSelect(sigma, canvas, (nodes) => actions.addToSelection(nodes));
  let lastClicked: string | null = null;
  const click = (node: string, event: { original: Event }) => {
    lastClicked = node;
    if ((event.original as MouseEvent).shiftKey) actions.toggleSelected(node);
    else actions.selectNode(node);
  };
  sigma.on('clickNode', ({ node, event }) => {
    // A drag ends with a click on the same node: that is a move, not a selection; a box can end on a node too.
    if (!moved && !box.justBoxed()) click(node, event);
    moved = false;
  });
  sigma.on('doubleClickNode', ({ node, event }) => {
    // Sigma would zoom in on a double-click.
    event.preventSigmaDefault();
    // Sigma takes any second click within 300 ms for a double-click, also one on another node: that is a click.
    if (lastClicked === node) actions.expand(node);
    else click(node, event);
  });
  sigma.on('clickEdge', ({ edge }) => actions.selectEdge(edge));
  sigma.on('clickStage', () => {
    if (!box.justBoxed()) actions.clearSelection();
  });

  // Sigma answers any change of a node's position with a pass over every node and edge (seconds a mouse move at
  // 100,000 nodes): while dragging, the position is written in place and only the node and its edges are redrawn.
  // The drop pins the node through the scene, which the canvas follows as usual.
  const moveNode = (node: string, position: Position) => {
    Object.assign(canvas.getNodeAttributes(node), position);
    sigma.refresh({ partialGraph: { nodes: [node], edges: canvas.edges(node) }, skipIndexation: true, schedule: true });
  };
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
  });
  const captor = sigma.getMouseCaptor();
  const onMove = (event: { x: number; y: number; preventSigmaDefault(): void; original: Event }) => {
    if (!dragged || !canvas.hasNode(dragged)) return;
    const position = sigma.viewportToGraph(event);
    moved = true;
    actions.dragging.set(dragged, position);
    moveNode(dragged, position);
    // Without this the camera would pan along with the node.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  };
  const onUp = () => {
    if (dragged && moved && canvas.hasNode(dragged)) {
      const { x, y } = canvas.getNodeAttributes(dragged);
      actions.pinNode(dragged, { x, y });
    }
    if (dragged) actions.dragging.delete(dragged);
    dragged = null;
  };
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  // Sigma looks for the node under the pointer on every mouse move by reading a pixel back from the GPU, which
  // stalls the frame (badly so with software WebGL). While a button is down the user is panning or dragging, not
  // hovering: skip the look-up then.
  const hoverListeners = captor.listeners('mousemove') as ((event: unknown) => void)[];
  for (const listener of hoverListeners) captor.removeListener('mousemove', listener);
  const hoverWhenUp = (event: unknown) => {
    if (!captor.isMouseDown) for (const listener of hoverListeners) listener(event);
  };
  captor.on('mousemove', hoverWhenUp);
  return () => {
    box.unbind();
    captor.off('mousemovebody', onMove);
    captor.off('mouseup', onUp);
    captor.off('mousemove', hoverWhenUp);
    sigma.removeAllListeners();
  };
}

/** Centres the camera on a node and zooms in if the view is far out. */
export function focusNode(sigma: KnowledgeSigma, node: string, duration = 450): void {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  const camera = sigma.getCamera();
  camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.45) }, { duration });
}
