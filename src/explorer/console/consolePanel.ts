// The Cypher console: editor, examples, history, run; results as a table and on the graph; every failure said
// plainly. Loaded on demand, so CodeMirror and the Cypher parser do not delay the first frame.
import type { CypherResponse } from '../../model/api.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, replace } from '../ui/dom.ts';
import { icon } from '../ui/icons.ts';
import { CypherError, detectApi, runCypher } from './api.ts';
import { cypherEditor } from './editor.ts';
import { EXAMPLES, examplesList } from './examplesList.ts';
import { addToHistory, loadHistory, saveHistory } from './queryHistory.ts';
import { resultTable } from './resultTable.ts';
import { showResult, type ResultMode } from './showResult.ts';

const ERROR_TITLES: Record<string, string> = {
  SYNTAX_ERROR: 'Syntax error',
  READ_ONLY: 'Refused: the console is read-only',
  TIMEOUT: 'Timed out',
  TOO_LARGE: 'Result too large',
  BAD_REQUEST: 'Bad request',
  STORE_UNAVAILABLE: 'The graph store is not available',
  NETWORK: 'Could not reach the server',
};

export interface ConsolePanel {
  focus(): void;
  kill(): void;
}

export async function mountConsole(explorer: Explorer, container: HTMLElement): Promise<ConsolePanel> {
  let history = loadHistory();
  let mode: ResultMode = 'highlight';
  let last: CypherResponse | null = null;
  let running: AbortController | null = null;

  const status = h('div', { className: 'console-status', role: 'status', attrs: { 'aria-live': 'polite' } });
  const output = h('div', { className: 'console-output' });
  const editorHost = h('div', { className: 'console-editor' });
  const run = h(
    'button',
    { type: 'button', className: 'button primary', title: 'Run (Ctrl+Enter)', attrs: { 'aria-label': 'Run query' } },
    icon('run'),
    'Run',
  );
  const historyMenu = h('select', { className: 'select', attrs: { 'aria-label': 'Query history' } });
  const modeSwitch = h(
    'div',
    { className: 'segmented', role: 'radiogroup', attrs: { 'aria-label': 'Show results' } },
    ...(['highlight', 'subgraph'] as ResultMode[]).map((m) =>
      h(
        'button',
        {
          type: 'button',
          role: 'radio',
          className: 'segment',
          attrs: { 'data-mode': m, 'aria-checked': String(m === mode) },
          on: { click: () => setMode(m) },
        },
        m === 'highlight' ? 'Highlight in graph' : 'Result subgraph',
      ),
    ),
  );
  const fillHistory = () =>
    replace(
      historyMenu,
      h('option', { value: '' }, `History (${history.length})`),
      ...history.map((q, i) => h('option', { value: String(i) }, q.replace(/\s+/g, ' ').slice(0, 90))),
    );
  fillHistory();

  const api = await detectApi();
  const editor = cypherEditor(editorHost, {
    value: explorer.state.query,
    schema: api.available ? api.schema : null,
    onRun: () => void execute(),
    readOnly: !api.available,
  });
  editor.onChange((query) => explorer.store.set({ query }));
  const off = onChange(explorer.store, ['query'], ({ query }) => query !== editor.value() && editor.setValue(query));

  const load = (query: string) => {
    editor.setValue(query);
    explorer.store.set({ query });
    editor.focus();
  };
  historyMenu.addEventListener('change', () => {
    const query = history[Number(historyMenu.value)];
    if (query !== undefined) load(query);
    historyMenu.value = '';
  });
  run.addEventListener('click', () => void execute());

  const setMode = (next: ResultMode) => {
    mode = next;
    for (const b of modeSwitch.querySelectorAll('button'))
      b.setAttribute('aria-checked', String(b.dataset.mode === mode));
    if (last) present(last);
  };
  const present = (result: CypherResponse) => {
    const { selection, enabled } = showResult(explorer, result, mode);
    const parts = [
      plural(result.rows.length, 'row'),
      `${Math.round(result.elapsedMs)} ms`,
      `${selection.nodes.size} entities and ${selection.edges.size} relations on the graph`,
    ];
    if (selection.otherNodes) parts.push(`${selection.otherNodes} other nodes in the table only`);
    replace(status, h('span', {}, parts.join(' · ')));
    if (result.truncated)
      status.append(h('span', { className: 'badge warn' }, 'Truncated: the server cut the result at its row limit'));
    if (enabled.length) status.append(h('span', { className: 'badge' }, `Turned on: ${enabled.join(', ')}`));
    replace(output, resultTable(explorer, result));
  };
  const execute = async () => {
    const query = editor.value().trim();
    if (!api.available || !query) return;
    running?.abort();
    const controller = (running = new AbortController());
    history = addToHistory(history, query);
    saveHistory(history);
    fillHistory();
    run.disabled = true;
    replace(status, h('span', { className: 'spinner', attrs: { 'aria-hidden': true } }), 'Running…');
    try {
      last = await runCypher(query, controller.signal);
      present(last);
    } catch (error) {
      if (!(error instanceof CypherError)) throw error;
      last = null;
      explorer.store.set({ result: null });
      const where = error.position ? ` (line ${error.position.line}, column ${error.position.column})` : '';
      replace(status, h('span', { className: 'badge error' }, error.code));
      replace(
        output,
        h(
          'div',
          { className: `console-error code-${error.code}`, role: 'alert' },
          h('strong', {}, `${ERROR_TITLES[error.code] ?? 'Query failed'}${where}`),
          h('p', {}, error.message),
        ),
      );
      if (error.code === 'SYNTAX_ERROR') editor.markError(error.message, error.position?.offset);
    } finally {
      run.disabled = false;
    }
  };

  replace(
    container,
    h(
      'div',
      { className: 'console-bar' },
      h('strong', { className: 'console-title' }, 'Cypher'),
      historyMenu,
      h('span', { className: 'spacer' }),
      modeSwitch,
      run,
    ),
    api.available
      ? null
      : h('div', { className: 'console-off', role: 'note' }, h('strong', {}, 'Console off. '), api.reason),
    h(
      'div',
      { className: 'console-body' },
      examplesList(EXAMPLES, (example) => {
        load(example.query);
        void execute();
      }),
      h('div', { className: 'console-main' }, editorHost, status, output),
    ),
  );
  if (!api.available) run.disabled = true;
  return { focus: () => editor.focus(), kill: () => (running?.abort(), off(), editor.destroy()) };
}
