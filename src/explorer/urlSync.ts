// Keeps the URL fragment in step with the view, and restores a view from a shared link.
import { sameFilters } from './core/filters.ts';
import { SIZE_METRICS } from './core/metrics.ts';
import { onChange } from './core/store.ts';
import { decodeViewState, encodeViewState, type ViewState } from './core/urlState.ts';
import type { Explorer } from './explorer.ts';

const isSizeMetric = (id: string) => SIZE_METRICS.some((metric) => metric.id === id);

/** Reads the fragment and applies it; entity keys that the graph does not have are ignored. */
export function restoreFromUrl(explorer: Explorer, fragment: string): ViewState {
  const view = decodeViewState(fragment, isSizeMetric);
  const known = (key: string) => explorer.data.hasNode(key);
  const plain = view.scene.mode === 'all' && view.scene.hidden.size === 0 && view.scene.pinned.size === 0;
  // Re-syncing the canvas costs a pass over every edge: only do it when the link asks for something else.
  if (!plain) {
    const scene = {
      ...view.scene,
      shown: new Set([...view.scene.shown].filter(known)),
      hidden: new Set([...view.scene.hidden].filter(known)),
      pinned: new Map([...view.scene.pinned].filter(([key]) => known(key))),
    };
    explorer.history.replace(scene);
    explorer.store.set({ scene });
  }
  explorer.store.set({ size: view.size, colour: view.colour, query: view.query });
  if (!plain || !sameFilters(view.filters, explorer.state.filters)) explorer.setFilters(view.filters);
  if (view.path && known(view.path.from) && known(view.path.to))
    explorer.findPath(view.path.from, view.path.to, { fit: false });
  if (view.node && known(view.node)) explorer.selectNode(view.node, { focus: false });
  else if (view.edge && explorer.data.hasEdge(view.edge)) explorer.selectEdge(view.edge);
  if (view.document) explorer.openDocument(view.document);
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
    scene: state.scene,
    path: state.path ? { from: state.path.from, to: state.path.to } : null,
    document: state.reader?.document ?? null,
    query: state.query,
    camera: camera ? { x: camera.x, y: camera.y, ratio: camera.ratio } : null,
  };
}

/** Writes the fragment (replaceState: exploring should not flood the back button) a moment after changes settle. */
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
    ['selection', 'filters', 'size', 'colour', 'scene', 'path', 'reader', 'query'],
    write,
  );
  const camera = explorer.view?.sigma.getCamera();
  camera?.on('updated', write);
  return () => {
    clearTimeout(timer);
    off();
    camera?.off('updated', write);
  };
}
