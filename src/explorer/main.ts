// Entry point: load graph.json, draw it, build the panels, restore the view from the URL, and hand errors to one
// visible message.
import './styles/base.css';
import './styles/controls.css';
import './styles/picker.css';
import './styles/panels.css';
import './styles/details.css';
import './styles/evidence.css';
import './styles/reader.css';
import './styles/console.css';
import './styles/results.css';
import './styles/claims.css';
import './styles/sources.css';
import './styles/selection.css';
import './styles/table.css';
import { graphUrl, loadGraph } from './core/loadGraph.ts';
import { Explorer } from './explorer.ts';
import * as actions from './actions.ts';
import { runContext, selectNode, setConsoleOpen } from './actions.ts';
import { fitCanvas } from './view/camera.ts';
import { runLayoutOnce } from './view/layouts.ts';
import { restoreFromUrl, syncUrl } from './urlSync.ts';
import { appearancePanel } from './ui/appearancePanel.ts';
import { claimsPanel } from './ui/claimsPanel.ts';
import { disagreementsView } from './ui/disagreementsView.ts';
import { detailsPanel } from './ui/detailsPanel.ts';
import { documentFilter } from './ui/documentFilter.ts';
import { documentReader } from './ui/documentReader.ts';
import { entityPicker } from './ui/entityPicker.ts';
import { filtersPanel } from './ui/filtersPanel.ts';
import { colourLegend } from './ui/colourLegend.ts';
import { dataTable } from './ui/dataTable.ts';
import { bindKeyboard } from './ui/keyboard.ts';
import { watchGraphChanges } from './ui/graphChanged.ts';
import { curationStatus } from './ui/curationStatus.ts';
import { CurationClient } from './core/curationClient.ts';
import { pathFinder } from './ui/pathFinder.ts';
import { searchTextPanel } from './ui/searchText.ts';
import { toolbar } from './ui/toolbar.ts';
import type { ConsolePanel } from './console/consolePanel.ts';
import type { Panel } from './ui/dom.ts';
import { onChange } from './core/store.ts';

declare global {
  interface Window {
    /**
     * For tests and the benchmark: the explorer, when its first frame was on screen and when the whole graph was, with
     * the panels (ms since navigation; the same on graphs that are not drawn progressively).
     */
    __kg?: {
      explorer: Explorer;
      /** What a user can do (actions.ts), for tests to take a step the way a panel does. */
      actions: typeof actions;
      firstFrameMs?: number;
      completeMs?: number;
      consoleReady?: boolean;
      kill(): void;
    };
  }
}

const AUTO_NOVERLAP_UP_TO = 300;
/** Past this many entities the nodes are drawn before the relations are in. */
const PROGRESSIVE_FROM = 20_000;

const slot = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
};

function showStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  const status = slot('status');
  status.textContent = message;
  status.dataset.kind = kind;
  status.hidden = false;
  if (kind === 'info') setTimeout(() => status.textContent === message && (status.hidden = true), 3500);
}

/**
 * The console drawer follows the state (toolbar, its close button, a link). CodeMirror and the Cypher parser load
 * on first opening, not before the graph is drawn.
 */
function consoleDrawer(explorer: Explorer, container: HTMLElement): { kill(): void } {
  let panel: Promise<ConsolePanel> | null = null;
  const apply = (open: boolean) => {
    document.body.classList.toggle('console-open', open);
    container.hidden = !open;
    if (open && !panel)
      panel = import('./console/consolePanel.ts').then(async ({ mountConsole }) => {
        const mounted = await mountConsole(explorer, container);
        window.__kg!.consoleReady = true;
        return mounted;
      });
    if (open) void panel?.then((mounted) => mounted.focus());
  };
  apply(explorer.state.console);
  const off = onChange(explorer.store, ['console'], ({ console }) => apply(console));
  return {
    kill() {
      off();
      void panel?.then((mounted) => mounted.kill());
    },
  };
}

/** Resolves once what is drawn now is on screen: the first frame paints it, the second proves it got there. */
const onScreen = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );

async function main(): Promise<void> {
  showStatus('Loading graph…');
  // Marks for the browser's performance panel and the UI benchmark's breakdown of the first frame.
  const { graph, complete } = await loadGraph(graphUrl(location));
  // A large graph is drawn with its nodes first and gets its relations as soon as they are copied over from the
  // loading worker; a small one waits for them, so it is drawn once, whole, with the view from the URL.
  const progressive = graph.order > PROGRESSIVE_FROM;
  if (!progressive) await complete;
  performance.mark('kg:graph-loaded');
  const explorer = new Explorer(graph);
  performance.mark('kg:canvas-built');
  const view = explorer.mount(slot('graph'));
  performance.mark('kg:rendered');
  let firstFrameMs: number | undefined;
  if (progressive) {
    // Sigma starts with the camera that fits the whole graph, which is how graphs this large are fitted.
    firstFrameMs = await onScreen();
    showStatus('Loading relations…');
    await complete;
    explorer.relationsArrived();
    performance.mark('kg:relations-drawn');
  }
  const initial = restoreFromUrl(explorer, location.hash);
  // The precomputed layout lets discs overlap at the zoom that fits the graph; on small graphs, part them once at
  // load (on the canvas only; "Original positions" brings the stored layout back).
  if (explorer.canvas.order <= AUTO_NOVERLAP_UP_TO) runLayoutOnce('noverlap', runContext(explorer));
  if (initial.camera) view.sigma.getCamera().setState(initial.camera);
  else fitCanvas(view.sigma, 0);
  slot('status').hidden = true;

  const search = entityPicker({
    id: 'search',
    label: 'Search entities by name or alias',
    placeholder: 'Search names and aliases  ( / )',
    search: explorer.search,
    onPick: (hit) => {
      selectNode(explorer, hit.key);
      // Back to the page, so Esc, / and the undo keys work at once.
      search.input.blur();
    },
  });
  slot('search-slot').append(search.element);
  const path = pathFinder(explorer);
  const disagreements = disagreementsView(explorer, slot('disagreements'));
  const claims = claimsPanel(explorer, () => disagreements.open());
  const left = [
    searchTextPanel(explorer),
    appearancePanel(explorer),
    colourLegend(explorer),
    filtersPanel(explorer),
    documentFilter(explorer),
    claims,
    path,
  ];
  slot('left').append(...left.map((panel) => panel.element));
  // Before the panels: they offer corrections only when the server does.
  explorer.curation = await CurationClient.connect(
    (curation) => explorer.store.set({ curation }),
    () => location.reload(),
  );
  const corrections = curationStatus(explorer);
  slot('stage').append(corrections.element);
  const panels: Panel[] = [
    ...left,
    corrections,
    detailsPanel(explorer, slot('right'), { pathFrom: (node) => path.setFrom(node) }),
    documentReader(explorer, slot('reader')),
  ];

  const drawer = consoleDrawer(explorer, slot('console'));
  const table = dataTable(explorer);
  slot('stage').append(table.element);
  panels.push(table);
  const tools = toolbar(
    explorer,
    () => setConsoleOpen(explorer, !explorer.state.console),
    (message) => showStatus(message),
    () => table.toggle(),
  );
  slot('toolbar-slot').append(tools.element);
  panels.push(tools);

  const unsyncUrl = syncUrl(explorer);
  const unbindKeys = bindKeyboard(explorer, () => search.input.focus());
  const unwatch = watchGraphChanges(slot('stage'));
  window.__kg = {
    explorer,
    actions,
    kill() {
      void unwatch.then((stop) => stop());
      unsyncUrl();
      unbindKeys();
      panels.forEach((panel) => panel.kill());
      drawer.kill();
      disagreements.kill();
      explorer.kill();
    },
  };
  performance.mark('kg:panels-built');
  const completeMs = await onScreen();
  window.__kg.completeMs = completeMs;
  window.__kg.firstFrameMs = firstFrameMs ?? completeMs;
}

main().catch((error: Error) => {
  showStatus(`${error.message}`, 'error');
  console.error(error);
});
