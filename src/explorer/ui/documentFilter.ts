// Which documents the graph shows: a checkbox per document (title, outlet, date), and an outlet and a publication
// date range that tick the documents they match. What the documents do not say leaves the canvas.
import type { DocumentRecord } from '../../model/graph.ts';
import { documentsPublished, withDocument, withDocuments } from '../core/filters.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, panel, section, type Panel } from './dom.ts';
import { setFilters } from '../actions.ts';

const ALL_OUTLETS = '';

export function documentFilter(explorer: Explorer): Panel {
  const documents = [...explorer.documents.values()].sort(
    (a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.title.localeCompare(b.title),
  );
  const outlets = [...new Set(documents.map((doc) => doc.source).filter((s): s is string => !!s))].sort();
  const dated = documents.some((doc) => doc.published);

  const ids = documents.map((doc) => doc.id);
  const set = (chosen: Set<string> | null) =>
    setFilters(explorer, withDocuments(explorer.state.filters, chosen, documents.length));
  const outlet = h(
    'select',
    { className: 'select doc-outlet', attrs: { 'aria-label': 'Outlet' } },
    h('option', { value: ALL_OUTLETS }, `All outlets (${outlets.length})`),
    outlets.map((name) => h('option', { value: name }, name)),
  );
  const dateInput = (label: string) => {
    const input = h('input', { type: 'date', className: 'date', attrs: { 'aria-label': `Published ${label}` } });
    input.addEventListener('change', apply);
    return h('label', { className: 'field' }, h('span', {}, label), input);
  };
  // The outlet and the dates together tick the documents that match both.
  function apply() {
    const [from, to] = [fromField, toField].map((f) => f.querySelector('input')!.value || null);
    const inRange = documentsPublished(documents, from ?? null, to ?? null);
    const wanted = documents.filter((doc) => inRange.has(doc.id) && (!outlet.value || doc.source === outlet.value));
    set(outlet.value || from || to ? new Set(wanted.map((doc) => doc.id)) : null);
  }
  const fromField = dateInput('From');
  const toField = dateInput('To');
  outlet.addEventListener('change', apply);

  const boxes = new Map<string, HTMLInputElement>();
  const row = (doc: DocumentRecord) => {
    const box = h('input', { type: 'checkbox', className: 'check', attrs: { 'aria-label': doc.title } });
    box.addEventListener('change', () =>
      setFilters(explorer, withDocument(explorer.state.filters, ids, doc.id, box.checked)),
    );
    boxes.set(doc.id, box);
    const meta = [doc.source, doc.published?.slice(0, 10)].filter(Boolean).join(' · ') || 'no outlet or date';
    return h(
      'label',
      { className: 'check-row doc-row', title: `${doc.title} (${doc.id})` },
      box,
      h('span', { className: 'doc-row-text' }, h('span', { className: 'check-name' }, doc.title), h('small', {}, meta)),
    );
  };
  const all = (on: boolean) => set(on ? null : new Set());
  const element = section(
    'Documents',
    h(
      'div',
      { className: 'row-actions' },
      h('button', { className: 'link-button', type: 'button', on: { click: () => all(true) } }, 'all'),
      h('button', { className: 'link-button', type: 'button', on: { click: () => all(false) } }, 'none'),
    ),
    outlets.length ? outlet : null,
    dated ? h('div', { className: 'date-range' }, fromField, toField) : null,
    h('div', { className: 'doc-filter-list' }, documents.map(row)),
  );
  const sync = () => {
    const chosen = explorer.state.filters.documents;
    for (const [id, box] of boxes) box.checked = !chosen || chosen.has(id);
  };
  sync();
  return panel(element, onChange(explorer.store, ['filters'], sync));
}
