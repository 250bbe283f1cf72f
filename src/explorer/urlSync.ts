// Keeps the URL fragment in step with the view, and restores a view from a shared link.
import { sameFilters } from './core/filters.ts';
import { isNodeMetric } from './core/metrics.ts';
import { FULL_SCENE, sameScene } from './core/scene.ts';
import { onChange } from './core/store.ts';
import { decodeViewState, encodeViewState, type ViewState } from './core/urlState.ts';
import type { Explorer } from './explorer.ts';
import { clearSelection, findPath, openDocument, selectEdge, selectNode, setFilters } from './actions.ts';

/**
 * Reads the fragment and applies all of it, so a link pasted into an open tab gives the same view as a fresh load:
 * what the link leaves out goes back to its default. Entity keys that the graph does not have are ignored. On a
 * fresh load the scene replaces the undo history's start; later, a link is one more undoable step.
 */
export function restoreFromUrl(explorer: Explorer, fragment: string, { initial = true } = {}): ViewState {
  const view = decodeViewState(fragment, isNodeMetric);
  const known = (key: string) => explorer.data.hasNode(key);
  const plain = view.scene.mode === 'all' && view.scene.hidden.size === 0 && view.scene.pinned.size === 0;
  const scene = plain
    ? FULL_SCENE
    : {
        ...view.scene,
        shown: new Set([...view.scene.shown].filter(known)),
        hidden: new Set([...view.scene.hidden].filter(known)),
        pinned: new Map([...view.scene.pinned].filter(([key]) => known(key))),
      };
  explorer.store.set({
    size: view.size,
    colour: view.colour,
    labelDensity: view.labelDensity,
    query: view.query,
    params: view.params,
    console: view.console,
  });
  if (initial) {
    // Re-syncing the canvas costs a pass over every edge: only do it when the link asks for something else.
    if (!plain) {
      explorer.history.replace(scene);
      explorer.store.set({ scene });
    }
    if (!plain || !sameFilters(view.filters, explorer.state.filters)) setFilters(explorer, view.filters);
  } else {
    if (!sameFilters(view.filters, explorer.state.filters)) setFilters(explorer, view.filters);
    if (!sameScene(scene, explorer.state.scene)) explorer.commitScene(scene);
  }
  if (view.path && known(view.path.from) && known(view.path.to))
    findPath(explorer, view.path.from, view.path.to, { fit: false });
  else explorer.store.set({ path: null });
  if (view.node && known(view.node)) selectNode(explorer, view.node, { focus: false });
  else if (view.edge && explorer.data.hasEdge(view.edge)) selectEdge(explorer, view.edge);
  else clearSelection(explorer);
  if (view.document && explorer.documents.has(view.document)) {
    if (explorer.state.reader?.document !== view.document) openDocument(explorer, view.document);
  } else explorer.store.set({ reader: null });
  if (!initial && view.camera) explorer.view?.sigma.getCamera().setState(view.camera);
  return view;
}

function currentView(explorer: Explorer): ViewState {
  const state = explorer.state;
  const camera = explorer.view?.sigma.getCamera().getState();
  return {
    node: state.selection.kind === 'node' ? state.selection.key : null,
    edge: state.selection.kind === 'edge' ? state.selection.key : null,
    filters: state.filters,
    size: state.size,
    colour: state.colour,
    labelDensity: state.labelDensity,
    scene: state.scene,
    path: state.path ? { from: state.path.from, to: state.path.to } : null,
    document: state.reader?.document ?? null,
    query: state.query,
    params: state.params,
    console: state.console,
    camera: camera ? { x: camera.x, y: camera.y, ratio: camera.ratio } : null,
  };
}

/**
 * Writes the fragment (replaceState: exploring should not flood the back button) a moment after changes settle, and
 * follows a fragment the user changes (a link pasted into this tab, back and forward).
 */
export function syncUrl(explorer: Explorer): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const fragment = encodeViewState(currentView(explorer));
      const url = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
    }, 250);
  };
  const off = onChange(
    explorer.store,
    ['selection', 'filters', 'size', 'colour', 'labelDensity', 'scene', 'path', 'reader', 'query', 'params', 'console'],
    write,
  );
  const camera = explorer.view?.sigma.getCamera();
  camera?.on('updated', write);
  // replaceState fires no hashchange: only a fragment from outside the page gets here.
  const follow = () => {
    clearTimeout(timer);
    restoreFromUrl(explorer, location.hash, { initial: false });
  };
  addEventListener('hashchange', follow);
  return () => {
    clearTimeout(timer);
    off();
    camera?.off('updated', write);
    removeEventListener('hashchange', follow);
  };
}
