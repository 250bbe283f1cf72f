// A query result as a table; nodes are chips that select the entity, everything else is plain text.
import type { CypherResponse } from '../../model/api.ts';
import { cellText, describeValue, type CellView } from '../core/cypherResult.ts';
import { ENTITY_COLOURS } from '../core/palette.ts';
import { isEntityType } from '../../model/vocabulary.ts';
import type { Explorer } from '../explorer.ts';
import { h } from '../ui/dom.ts';
import { selectNode } from '../actions.ts';

/** Rows drawn at most; the rest are counted, not rendered, so a big result cannot freeze the page. */
const ROW_LIMIT = 1000;
/** Cells longer than this (sentences, long lists) wrap at words; shorter ones stay on one line. */
const LONG_CELL = 60;

function cell(explorer: Explorer, value: unknown): HTMLElement {
  const view = describeValue(value);
  const long = cellText(view).length > LONG_CELL;
  return h('td', { className: long ? 'cell-long' : undefined }, cellNode(explorer, view));
}

function cellNode(explorer: Explorer, cell: CellView): Node {
  switch (cell.kind) {
    case 'null':
      return h('span', { className: 'cell-null' }, 'null');
    case 'scalar':
      return document.createTextNode(cell.text);
    case 'node': {
      const type = cell.labels.find(isEntityType);
      const known = explorer.data.hasNode(cell.id);
      return h(
        'button',
        {
          type: 'button',
          className: 'node-chip',
          disabled: !known,
          title: known ? `Select ${cell.label}` : `${cell.labels.join(':')} ${cell.id}`,
          style: type ? { borderColor: ENTITY_COLOURS[type] } : undefined,
          on: { click: () => selectNode(explorer, cell.id) },
        },
        cell.label,
      );
    }
    case 'edge':
      return h('span', { className: 'edge-chip' }, `-[:${cell.type}]->`);
    case 'path':
      return h(
        'span',
        { className: 'cell-path' },
        cell.parts.map((part) => cellNode(explorer, part)),
      );
    case 'list':
      return h(
        'span',
        { className: 'cell-list' },
        '[',
        cell.items.flatMap((item, i) => (i ? [', ', cellNode(explorer, item)] : [cellNode(explorer, item)])),
        ']',
      );
    case 'map':
      return h(
        'span',
        { className: 'cell-map' },
        '{',
        cell.entries.flatMap(([key, value], i) => [
          i ? ', ' : '',
          h('span', { className: 'cell-key' }, `${key}: `),
          cellNode(explorer, value),
        ]),
        '}',
      );
  }
}

export function resultTable(explorer: Explorer, result: CypherResponse): HTMLElement {
  if (result.columns.length === 0) return h('p', { className: 'hint' }, 'The query returned no columns.');
  const body = h('tbody', {});
  for (const row of result.rows.slice(0, ROW_LIMIT))
    body.append(
      h(
        'tr',
        {},
        row.map((value) => cell(explorer, value)),
      ),
    );
  return h(
    'div',
    { className: 'table-wrap' },
    h(
      'table',
      { className: 'result-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          result.columns.map((column) => h('th', { attrs: { 'data-column': column } }, column)),
        ),
      ),
      body,
    ),
    result.rows.length > ROW_LIMIT
      ? h('p', { className: 'hint' }, `${result.rows.length - ROW_LIMIT} more rows not drawn.`)
      : null,
  );
}
