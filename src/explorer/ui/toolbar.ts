// The top bar's tools: undo/redo, reset, zoom, layouts, export, share, data table, console.
import { canvasToGexf, canvasToJson } from '../core/exportGraph.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { redo, resetView, runContext, undo } from '../actions.ts';
import { fitCanvas } from '../view/camera.ts';
import { viewToPng } from '../view/exportImage.ts';
import { LAYOUTS, runLayoutOnce, type ContinuousLayout } from '../view/layouts.ts';
import { downloadBlob, downloadText, h, type Panel } from './dom.ts';
import { icon, type IconName } from './icons.ts';
import { menuButton } from './menu.ts';

/** kill() also stops the ForceAtlas2 worker. */
export type Toolbar = Panel;

function tool(name: IconName, label: string, run: () => void, text?: string): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      className: text ? 'tool tool-text' : 'tool',
      title: label,
      attrs: { 'aria-label': label },
      on: { click: run },
    },
    icon(name),
    text ?? null,
  );
}

export function toolbar(
  explorer: Explorer,
  toggleConsole: () => void,
  status: (message: string) => void,
  toggleTable: () => void,
): Toolbar {
  let forceAtlas2: ContinuousLayout | null = null;
  const camera = () => explorer.view?.sigma.getCamera();
  const fileBase = () => (explorer.data.getAttribute('name') || 'graph').replace(/[^\w.-]+/g, '-');

  const undoButton = tool('undo', 'Undo (Ctrl+Z)', () => undo(explorer));
  const redoButton = tool('redo', 'Redo (Ctrl+Shift+Z)', () => redo(explorer));
  const fa2 = tool('play', 'Start ForceAtlas2', () => toggleForceAtlas2(), 'ForceAtlas2');
  fa2.setAttribute('aria-pressed', 'false');
  const toggleForceAtlas2 = () => {
    const descriptor = LAYOUTS.find((l) => l.id === 'forceatlas2');
    if (descriptor?.kind !== 'continuous') return;
    forceAtlas2 ??= descriptor.create(runContext(explorer));
    if (forceAtlas2.isRunning()) forceAtlas2.stop();
    else forceAtlas2.start();
    const running = forceAtlas2.isRunning();
    fa2.replaceChildren(icon(running ? 'pause' : 'play'), 'ForceAtlas2');
    fa2.setAttribute('aria-pressed', String(running));
    fa2.setAttribute('aria-label', running ? 'Stop ForceAtlas2' : 'Start ForceAtlas2');
    fa2.title = fa2.getAttribute('aria-label')!;
  };

  const exportMenu = menuButton('Export', 'Export the graph on the canvas', 'download', [
    { label: 'PNG image of the view', run: () => void exportAs('png') },
    { label: 'GEXF (opens in Gephi)', run: () => void exportAs('gexf') },
    { label: 'JSON (graphology, like graph.json)', run: () => void exportAs('json') },
  ]);
  const exportAs = async (format: 'png' | 'gexf' | 'json') => {
    const view = explorer.view;
    if (!view) return;
    if (format === 'png') downloadBlob(`${fileBase()}.png`, await viewToPng(view));
    if (format === 'json')
      downloadText(`${fileBase()}.json`, canvasToJson(explorer.canvas, explorer.data), 'application/json');
    if (format === 'gexf') {
      const look = view.appearance();
      downloadText(`${fileBase()}.gexf`, canvasToGexf(explorer.canvas, look), 'application/xml');
    }
    status(
      `Exported ${explorer.canvas.order} entities and ${explorer.canvas.size} relations as ${format.toUpperCase()}.`,
    );
  };

  const element = h(
    'div',
    { className: 'toolbar', role: 'toolbar', attrs: { 'aria-label': 'Graph tools' } },
    h(
      'div',
      { className: 'tool-group' },
      undoButton,
      redoButton,
      tool('reset', 'Reset the view', () => resetView(explorer)),
    ),
    h(
      'div',
      { className: 'tool-group' },
      tool('zoomIn', 'Zoom in', () => camera()?.animatedZoom({ duration: 200 })),
      tool('zoomOut', 'Zoom out', () => camera()?.animatedUnzoom({ duration: 200 })),
      tool('fit', 'Fit the graph in view', () => explorer.view && fitCanvas(explorer.view.sigma)),
    ),
    h(
      'div',
      { className: 'tool-group' },
      fa2,
      tool(
        'spread',
        'No overlap: push overlapping nodes apart',
        () => runLayoutOnce('noverlap', runContext(explorer)),
        'Noverlap',
      ),
    ),
    h(
      'div',
      { className: 'tool-group' },
      exportMenu,
      tool('link', 'Copy a link to this view', async () => {
        await navigator.clipboard?.writeText(location.href).catch(() => undefined);
        status('Link to this view copied.');
      }),
      tool('table', 'Data table of entities and relations', toggleTable, 'Table'),
      tool('console', 'Cypher console', toggleConsole, 'Cypher'),
    ),
  );
  const sync = () => {
    undoButton.disabled = !explorer.history.canUndo;
    redoButton.disabled = !explorer.history.canRedo;
  };
  sync();
  const off = onChange(explorer.store, ['scene'], sync);
  return {
    element,
    kill() {
      off();
      forceAtlas2?.kill();
      element.remove();
    },
  };
}
