// Which documents the graph shows: a timeline of publication dates to brush, an outlet, a date range to type, and a
// checkbox per document (title, outlet, date). The timeline, dates and outlet choose the documents that match them
// all; a checkbox then adds or drops one. What the chosen documents do not say leaves the canvas.
import type { DocumentRecord } from '../../model/graph.ts';
import { withDocument, withDocuments, withSources, type Period } from '../core/filters.ts';
import { onChange } from '../core/store.ts';
import { timelineOf } from '../core/timeline.ts';
import type { Explorer } from '../explorer.ts';
import { setFilters } from '../actions.ts';
import { h, panel, plural, section, type Panel } from './dom.ts';
import { timelineView } from './timeline.ts';

const ALL_OUTLETS = '';

export function documentFilter(explorer: Explorer): Panel {
  const documents = [...explorer.documents.values()].sort(
    (a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.title.localeCompare(b.title),
  );
  const ids = documents.map((doc) => doc.id);
  const outlets = [...new Set(documents.map((doc) => doc.source).filter((s): s is string => !!s))].sort();
  const choose = (period: Period | null, outlet: string | null) =>
    setFilters(explorer, withSources(explorer.state.filters, documents, period, outlet));

  const outlet = h(
    'select',
    { className: 'select doc-outlet', attrs: { 'aria-label': 'Outlet' } },
    h('option', { value: ALL_OUTLETS }, `All outlets (${outlets.length})`),
    outlets.map((name) => h('option', { value: name }, name)),
  );
  outlet.addEventListener('change', () => choose(explorer.state.filters.period, outlet.value || null));

  // Typed dates keep whether undated documents are in; clearing both lets go of the dated range.
  const dateInput = (label: string) =>
    h('input', {
      type: 'date',
      className: 'date',
      attrs: { 'aria-label': `Published ${label}` },
      on: { change: () => typedDates() },
    });
  const fromInput = dateInput('From');
  const toInput = dateInput('To');
  const typedDates = () => {
    const [from, to] = [fromInput.value || null, toInput.value || null];
    const undated = explorer.state.filters.period?.undated ?? false;
    const period = from || to ? { from, to, dated: true, undated } : null;
    choose(period, explorer.state.filters.outlet);
  };

  const timeline = timelineView(explorer, timelineOf(documents), (period) =>
    choose(period, explorer.state.filters.outlet),
  );

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
  const all = (on: boolean) =>
    setFilters(explorer, {
      ...withDocuments(explorer.state.filters, on ? null : new Set(), ids.length),
      period: null,
      outlet: null,
    });
  const summary = h('p', { className: 'hint doc-summary', role: 'status' });
  const element = section(
    'Documents',
    h(
      'div',
      { className: 'row-actions' },
      h('button', { className: 'link-button', type: 'button', on: { click: () => all(true) } }, 'all'),
      h('button', { className: 'link-button', type: 'button', on: { click: () => all(false) } }, 'none'),
    ),
    timeline.element,
    h(
      'div',
      { className: 'date-range' },
      h('label', { className: 'field' }, h('span', {}, 'From'), fromInput),
      h('label', { className: 'field' }, h('span', {}, 'To'), toInput),
    ),
    outlets.length ? outlet : null,
    summary,
    h('div', { className: 'doc-filter-list' }, documents.map(row)),
  );
  const sync = () => {
    const { documents: chosen, period, outlet: chosenOutlet } = explorer.state.filters;
    for (const [id, box] of boxes) box.checked = !chosen || chosen.has(id);
    fromInput.value = period?.dated ? (period.from ?? '') : '';
    toInput.value = period?.dated ? (period.to ?? '') : '';
    outlet.value = chosenOutlet ?? ALL_OUTLETS;
    const count = chosen ? chosen.size : ids.length;
    summary.textContent = `${plural(count, 'document')} of ${ids.length} chosen`;
  };
  sync();
  const off = onChange(explorer.store, ['filters'], sync);
  return panel(element, off, timeline.kill);
}
