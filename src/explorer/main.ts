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
import { graphUrl, loadGraph } from './core/loadGraph.ts';
import { Explorer } from './explorer.ts';
import { runContext } from './sceneActions.ts';
import { runLayoutOnce } from './view/layouts.ts';
import { restoreFromUrl, syncUrl } from './urlSync.ts';
import { appearancePanel } from './ui/appearancePanel.ts';
import { detailsPanel } from './ui/detailsPanel.ts';
import { documentReader } from './ui/documentReader.ts';
import { entityPicker } from './ui/entityPicker.ts';
import { communityLegend, filtersPanel } from './ui/filtersPanel.ts';
import { bindKeyboard } from './ui/keyboard.ts';
import { pathFinder } from './ui/pathFinder.ts';
import { toolbar } from './ui/toolbar.ts';
import type { ConsolePanel } from './console/consolePanel.ts';

declare global {
  interface Window {
    /** For tests and the benchmark: the explorer, and when its first frame was on screen (ms since navigation). */
    __kg?: { explorer: Explorer; firstFrameMs?: number; consoleReady?: boolean; kill(): void };
  }
}

const AUTO_NOVERLAP_UP_TO = 300;

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

async function main(): Promise<void> {
  showStatus('Loading graph…');
  // Marks for the browser's performance panel and the UI benchmark's breakdown of the first frame.
  const graph = await loadGraph(graphUrl(location));
  performance.mark('kg:graph-loaded');
  const explorer = new Explorer(graph);
  performance.mark('kg:canvas-built');
  const view = explorer.mount(slot('graph'));
  performance.mark('kg:rendered');
  const initial = restoreFromUrl(explorer, location.hash);
  // The precomputed layout lets discs overlap at the zoom that fits the graph; on small graphs, part them once at
  // load (on the canvas only; "Original positions" brings the stored layout back).
  if (explorer.canvas.order <= AUTO_NOVERLAP_UP_TO) runLayoutOnce('noverlap', runContext(explorer));
  if (initial.camera) view.sigma.getCamera().setState(initial.camera);
  slot('status').hidden = true;

  const search = entityPicker({
    id: 'search',
    label: 'Search entities by name or alias',
    placeholder: 'Search names and aliases  ( / )',
    search: explorer.search,
    onPick: (hit) => {
      explorer.selectNode(hit.key);
      // Back to the page, so Esc, / and the undo keys work at once.
      search.input.blur();
    },
  });
  slot('search-slot').append(search.element);
  const path = pathFinder(explorer);
  slot('left').append(appearancePanel(explorer), communityLegend(explorer), filtersPanel(explorer), path.element);
  detailsPanel(explorer, slot('right'), { pathFrom: (node) => path.setFrom(node) });
  documentReader(explorer, slot('reader'));

  // The console (CodeMirror and a Cypher parser) loads on first use, not before the graph is drawn.
  const consoleSlot = slot('console');
  let consolePanel: Promise<ConsolePanel> | null = null;
  const openConsole = (open: boolean) => {
    document.body.classList.toggle('console-open', open);
    consoleSlot.hidden = !open;
    if (open && !consolePanel)
      consolePanel = import('./console/consolePanel.ts').then(async ({ mountConsole }) => {
        const panel = await mountConsole(explorer, consoleSlot);
        window.__kg!.consoleReady = true;
        return panel;
      });
    if (open) void consolePanel?.then((panel) => panel.focus());
  };
  const tools = toolbar(
    explorer,
    () => openConsole(consoleSlot.hidden),
    (message) => showStatus(message),
  );
  slot('toolbar-slot').append(tools.element);

  const unsyncUrl = syncUrl(explorer);
  const unbindKeys = bindKeyboard(explorer, () => search.input.focus());
  window.__kg = {
    explorer,
    kill() {
      unsyncUrl();
      unbindKeys();
      tools.kill();
      void consolePanel?.then((panel) => panel.kill());
      explorer.kill();
    },
  };
  if (initial.query) openConsole(true);
  // Two frames: the first paints what sigma drew in its constructor, the second proves it reached the screen.
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__kg!.firstFrameMs = performance.now())));
}

main().catch((error: Error) => {
  showStatus(`${error.message}`, 'error');
  console.error(error);
});
