// The Cypher console: editor, parameters, examples, history, run; results as a table, text or JSON and on the
// graph; every failure said plainly. Loaded on demand, so CodeMirror and the Cypher parser do not delay the first
// frame.
import type { CypherResponse } from '../../model/api.ts';
import type { ExampleQuery } from '../../model/exampleQuery.ts';
import { formatParams, paramCommand } from '../core/queryParams.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, replace } from '../ui/dom.ts';
import { icon } from '../ui/icons.ts';
import { CypherError, detectApi, fetchExamples, runCypher } from './api.ts';
import { consoleFrame } from './consoleFrame.ts';
import { cypherEditor } from './editor.ts';
import { examplesList } from './examplesList.ts';
import { paramsEditor } from './paramsEditor.ts';
import { addToHistory, loadHistory, saveHistory } from './queryHistory.ts';
import { resultViewer } from './resultView.ts';
import { showResult, type ResultMode } from './showResult.ts';

const ERROR_TITLES: Record<string, string> = {
  SYNTAX_ERROR: 'Syntax error',
  READ_ONLY: 'Refused: the console is read-only',
  TIMEOUT: 'Timed out',
  TOO_LARGE: 'Result too large',
  BAD_REQUEST: 'Bad request',
  BAD_PARAMS: 'The parameters are not valid',
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
  let last: { query: string; result: CypherResponse } | null = null;
  let running: AbortController | null = null;

  const status = h('div', { className: 'console-status', role: 'status', attrs: { 'aria-live': 'polite' } });
  const output = h('div', { className: 'console-output' });
  const results = resultViewer(explorer, output);
  const editorHost = h('div', { className: 'console-editor' });
  const params = paramsEditor((text) => explorer.store.set({ params: text }));
  params.setText(explorer.state.params);
  const frame = consoleFrame(container, () => explorer.store.set({ console: false }));
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
  params.check(explorer.state.query);
  editor.onChange((query) => {
    explorer.store.set({ query });
    params.check(query);
    markStale();
  });
  const offs = [
    onChange(explorer.store, ['query'], ({ query }) => query !== editor.value() && editor.setValue(query)),
    onChange(explorer.store, ['params'], (state) => params.setText(state.params)),
  ];

  // A result stays on screen while the query above it is edited: say that it answers the query that ran.
  const markStale = () => {
    const stale = !!last && last.query !== editor.value().trim();
    output.classList.toggle('stale', stale);
    status.querySelector('.stale-note')?.remove();
    if (stale)
      status.append(
        h('span', { className: 'badge stale-note' }, 'Result of the previous query: Ctrl+Enter runs this one'),
      );
  };
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
    if (last) present(last.result);
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
    results.show(result);
  };
  const fail = (code: string, message: string, where = '') => {
    replace(status, h('span', { className: 'badge error' }, code));
    results.show(null);
    replace(
      output,
      h(
        'div',
        { className: `console-error code-${code}`, role: 'alert' },
        h('strong', {}, `${ERROR_TITLES[code] ?? 'Query failed'}${where}`),
        h('p', {}, message),
      ),
    );
  };
  const execute = async () => {
    const query = editor.value().trim();
    if (!query) return;
    history = addToHistory(history, query);
    saveHistory(history);
    fillHistory();
    last = null;
    output.classList.remove('stale');
    results.show(null);
    replace(output);
    const current = params.parsed();
    const command = paramCommand(query, current.ok ? current.params : {});
    if (command) {
      if ('error' in command) return fail('BAD_PARAMS', command.error);
      explorer.store.set({ params: formatParams(command.params) });
      return replace(status, h('span', {}, command.message));
    }
    if (!api.available) return;
    if (!current.ok) return fail('BAD_PARAMS', current.message);
    running?.abort();
    const controller = (running = new AbortController());
    run.disabled = true;
    replace(status, h('span', { className: 'spinner', attrs: { 'aria-hidden': true } }), 'Running…');
    try {
      const result = await runCypher(query, current.params, controller.signal);
      last = { query, result };
      present(result);
    } catch (error) {
      if (!(error instanceof CypherError)) throw error;
      if (controller.signal.aborted) return;
      explorer.store.set({ result: null });
      const where = error.position ? ` (line ${error.position.line}, column ${error.position.column})` : '';
      fail(error.code, error.message, where);
      if (error.code === 'SYNTAX_ERROR') editor.markError(error.message, error.position?.offset);
    } finally {
      if (running === controller) run.disabled = false;
    }
  };
  const pickExample = (example: ExampleQuery) => {
    load(example.query);
    explorer.store.set({ params: formatParams(example.params) });
    void execute();
  };
  const examples = examplesList(pickExample);
  if (api.available) void fetchExamples().then((found) => found && examples.show(found));

  // Ctrl/Cmd+Enter runs from anywhere in the console, not only from the editor (which handles it itself).
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
    event.preventDefault();
    void execute();
  };
  container.addEventListener('keydown', onKey);

  replace(
    container,
    frame.handle,
    h(
      'div',
      { className: 'console-bar' },
      h('strong', { className: 'console-title' }, 'Cypher'),
      historyMenu,
      h('span', { className: 'spacer' }),
      modeSwitch,
      run,
      ...frame.buttons,
    ),
    api.available
      ? null
      : h('div', { className: 'console-off', role: 'note' }, h('strong', {}, 'Console off. '), api.reason),
    h(
      'div',
      { className: 'console-body' },
      examples.element,
      h(
        'div',
        { className: 'console-main' },
        editorHost,
        params.element,
        h('div', { className: 'console-statusbar' }, status, results.controls),
        output,
      ),
    ),
  );
  if (!api.available) run.disabled = true;
  return {
    focus: () => editor.focus(),
    kill() {
      running?.abort();
      offs.forEach((off) => off());
      container.removeEventListener('keydown', onKey);
      frame.kill();
      editor.destroy();
    },
  };
}
