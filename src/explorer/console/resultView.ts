// A result in the view the user picked (Table, Text or JSON, as in Neo4j Browser) and its export as CSV.
import type { CypherResponse } from '../../model/api.ts';
import { resultAsCsv, resultAsJson, resultAsText } from '../core/resultFormats.ts';
import type { Explorer } from '../explorer.ts';
import { downloadText, h, replace } from '../ui/dom.ts';
import { icon } from '../ui/icons.ts';
import { resultTable } from './resultTable.ts';

export const RESULT_VIEWS = ['table', 'text', 'json'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];
const VIEW_NAMES: Record<ResultView, string> = { table: 'Table', text: 'Text', json: 'JSON' };

export interface ResultViewer {
  /** The view switch and the CSV button, for the status row. */
  controls: HTMLElement;
  show(result: CypherResponse | null): void;
}

export function resultViewer(explorer: Explorer, output: HTMLElement): ResultViewer {
  let view: ResultView = 'table';
  let result: CypherResponse | null = null;
  const buttons = RESULT_VIEWS.map((id) =>
    h(
      'button',
      {
        type: 'button',
        role: 'radio',
        className: 'segment',
        attrs: { 'data-view': id, 'aria-checked': String(id === view) },
        on: { click: () => pick(id) },
      },
      VIEW_NAMES[id],
    ),
  );
  const csv = h(
    'button',
    {
      type: 'button',
      className: 'button',
      title: 'Download the result as CSV',
      attrs: { 'aria-label': 'Download the result as CSV' },
      on: { click: () => result && downloadText('query-result.csv', resultAsCsv(result), 'text/csv') },
    },
    icon('download'),
    'CSV',
  );
  const controls = h(
    'div',
    { className: 'result-controls' },
    h('div', { className: 'segmented', role: 'radiogroup', attrs: { 'aria-label': 'Result view' } }, ...buttons),
    csv,
  );
  const render = () => {
    controls.hidden = !result || result.columns.length === 0;
    if (!result) return;
    if (view === 'table') return replace(output, resultTable(explorer, result));
    const text = view === 'text' ? resultAsText(result) : resultAsJson(result);
    replace(
      output,
      h(
        'pre',
        { className: `result-${view}`, tabIndex: 0, attrs: { 'aria-label': `Result as ${VIEW_NAMES[view]}` } },
        text,
      ),
    );
  };
  const pick = (next: ResultView) => {
    view = next;
    for (const b of buttons) b.setAttribute('aria-checked', String(b.dataset.view === view));
    render();
  };
  controls.hidden = true;
  return {
    controls,
    show(next) {
      result = next;
      render();
    },
  };
}
