// The data table, a drawer over the graph (like Gephi Lite's): entities or relations on the canvas, sortable by any
// column and filtered by text, linked both ways to the selection. Only the rows in view are in the page, so it stays
// quick at 50,000 rows.
import { selectEdge, selectNode, selectNodes, toggleSelected } from '../actions.ts';
import { DEFAULT_SORT, TABLE_COLUMNS, tableRows, type TableKind, type TableSort } from '../core/dataTable.ts';
import { selectedNodes } from '../core/selection.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, panel, plural, replace, type Panel } from './dom.ts';

const ROW_HEIGHT = 28;
/** Rows drawn above and below the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 8;

export interface DataTable extends Panel {
  toggle(): void;
}

export function dataTable(explorer: Explorer): DataTable {
  let kind: TableKind = 'entities';
  const sorts: Record<TableKind, TableSort> = { ...DEFAULT_SORT };
  let rows: string[] = [];
  let drawn = '';

  const filter = h('input', {
    type: 'search',
    className: 'select table-filter',
    placeholder: 'Filter by name or type',
    attrs: { 'aria-label': 'Filter the table' },
  });
  const count = h('span', { className: 'muted table-count', role: 'status' });
  const selectAll = h(
    'button',
    { type: 'button', className: 'button', on: { click: () => selectNodes(explorer, rows) } },
    'Select these',
  );
  const tabs = (['entities', 'relations'] as const).map((id) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        className: 'segment',
        attrs: { 'aria-selected': 'false', 'data-kind': id },
        on: { click: () => show(id) },
      },
      id === 'entities' ? 'Entities' : 'Relations',
    ),
  );
  const head = h('div', { className: 'table-row table-head', role: 'row' });
  const body = h('div', { className: 'table-body', role: 'rowgroup' });
  const spacer = h('div', { className: 'table-spacer' }, body);
  const scroller = h('div', { className: 'table-scroll' }, spacer);
  const grid = h(
    'div',
    { className: 'data-grid', role: 'grid', attrs: { 'aria-label': 'Data table' } },
    head,
    scroller,
  );
  const close = h(
    'button',
    {
      type: 'button',
      className: 'button',
      attrs: { 'aria-label': 'Close the data table' },
      on: { click: () => toggle() },
    },
    'Close',
  );
  const element = h(
    'section',
    { className: 'data-table', attrs: { 'aria-label': 'Data table' } },
    h(
      'header',
      { className: 'table-bar' },
      h('div', { className: 'segmented', role: 'tablist' }, ...tabs),
      filter,
      count,
      selectAll,
      close,
    ),
    grid,
  );
  element.hidden = true;

  const columns = () => TABLE_COLUMNS[kind];
  const selected = (key: string) => {
    const { selection } = explorer.state;
    return kind === 'entities'
      ? selectedNodes(selection).includes(key)
      : selection.kind === 'edge' && selection.key === key;
  };

  const drawHead = () => {
    const sort = sorts[kind];
    replace(
      head,
      ...columns().map((column) =>
        h(
          'button',
          {
            type: 'button',
            role: 'columnheader',
            className: `table-cell${column.numeric ? ' numeric' : ''}`,
            attrs: {
              'aria-sort': sort.column === column.id ? (sort.descending ? 'descending' : 'ascending') : 'none',
              'data-column': column.id,
            },
            on: { click: () => sortBy(column.id) },
          },
          column.label,
          sort.column === column.id ? (sort.descending ? ' ↓' : ' ↑') : '',
        ),
      ),
    );
  };

  /** Draws the rows in view; does nothing when the same rows are already there. */
  const drawRows = (force = false) => {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(rows.length, Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const range = `${first}:${last}`;
    if (!force && range === drawn) return;
    drawn = range;
    body.style.transform = `translateY(${first * ROW_HEIGHT}px)`;
    replace(
      body,
      ...rows.slice(first, last).map((key, i) =>
        h(
          'div',
          {
            className: 'table-row',
            role: 'row',
            attrs: { 'aria-rowindex': first + i + 2, 'aria-selected': String(selected(key)), 'data-key': key },
          },
          ...columns().map((column) => {
            const value = column.value(explorer.canvas, key);
            return h(
              'div',
              { className: `table-cell${column.numeric ? ' numeric' : ''}`, role: 'gridcell' },
              typeof value === 'number' ? value.toLocaleString('en') : value,
            );
          }),
        ),
      ),
    );
  };

  const refresh = () => {
    if (element.hidden) return;
    rows = tableRows(explorer.canvas, kind, filter.value, sorts[kind]);
    const total = kind === 'entities' ? explorer.canvas.order : explorer.canvas.size;
    const noun = kind === 'entities' ? ['entity', 'entities'] : ['relation', 'relations'];
    count.textContent =
      rows.length === total
        ? plural(total, noun[0]!, noun[1])
        : `${rows.length.toLocaleString('en')} of ${plural(total, noun[0]!, noun[1])}`;
    selectAll.hidden = kind !== 'entities';
    spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset.kind === kind));
    drawHead();
    drawRows(true);
  };

  const show = (next: TableKind) => {
    kind = next;
    scroller.scrollTop = 0;
    refresh();
  };
  const sortBy = (column: string) => {
    const current = sorts[kind];
    const numeric = columns().find((c) => c.id === column)?.numeric ?? false;
    sorts[kind] =
      current.column === column ? { column, descending: !current.descending } : { column, descending: numeric };
    refresh();
  };
  const toggle = () => {
    element.hidden = !element.hidden;
    document.body.classList.toggle('table-open', !element.hidden);
    if (!element.hidden) {
      refresh();
      filter.focus();
    }
  };

  // A row click selects (Shift adds to the entities selected); the graph shows it and its panel opens.
  body.addEventListener('click', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.table-row');
    const key = row?.dataset.key;
    if (!key) return;
    if (kind === 'relations') selectEdge(explorer, key);
    else if (event.shiftKey) toggleSelected(explorer, key);
    else selectNode(explorer, key);
  });
  let frame = 0;
  scroller.addEventListener('scroll', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => drawRows());
  });
  filter.addEventListener('input', () => {
    scroller.scrollTop = 0;
    refresh();
  });

  // A selection made on the graph scrolls its row into view.
  const followSelection = () => {
    if (element.hidden) return;
    const { selection } = explorer.state;
    const key =
      selection.kind === 'node' && kind === 'entities'
        ? selection.key
        : selection.kind === 'edge' && kind === 'relations'
          ? selection.key
          : null;
    const index = key ? rows.indexOf(key) : -1;
    const top = index * ROW_HEIGHT;
    if (index >= 0 && (top < scroller.scrollTop || top > scroller.scrollTop + scroller.clientHeight - ROW_HEIGHT))
      scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 2);
    drawRows(true);
  };

  const offs = [
    onChange(explorer.store, ['canvasVersion'], refresh),
    onChange(explorer.store, ['selection'], followSelection),
  ];
  return { ...panel(element, ...offs), toggle };
}
