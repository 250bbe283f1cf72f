// "Where sources disagree": every discrepancy of the loaded graph (quantities, stances, names, roles) with its
// sentences side by side and a link into each document at the sentence. Computed in the page from graph.json by the
// one implementation the CLI and the API use (graph/discrepancies.ts), so it works on static hosting too.
import {
  DISCREPANCY_KINDS,
  findDiscrepancies,
  type Discrepancy,
  type DiscrepancyKind,
} from '../../graph/discrepancies.ts';
import type { KnowledgeGraph } from '../../model/graph.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, replace } from './dom.ts';
import { documentLink } from './evidenceView.ts';
import { icon } from './icons.ts';
import { entityLink } from './relationsSection.ts';

const KIND_NAMES: Record<DiscrepancyKind, string> = {
  quantity: 'Quantities',
  stance: 'Stances',
  names: 'Names',
  roles: 'Roles',
};

const KIND_HINTS: Record<DiscrepancyKind, string> = {
  quantity: 'the same measure of the same entities, counted differently beyond rounding',
  stance: 'for in one document, against in another',
  names: 'one entity named differently per document',
  roles: 'one person given different roles in an organization',
};

const found = new WeakMap<KnowledgeGraph, Discrepancy[]>();

/** The loaded graph's discrepancies, found on first use (the quantity search compares sentences pairwise). */
export function discrepanciesOf(graph: KnowledgeGraph): Discrepancy[] {
  let items = found.get(graph);
  if (!items) found.set(graph, (items = findDiscrepancies(graph.export())));
  return items;
}

/** The sentence with the side's value in bold where it occurs in it. */
function sideSentence(sentence: string, value: string): HTMLElement {
  const quote = h('blockquote', { className: 'evidence-text' });
  const at = value.length > 2 ? sentence.toLowerCase().indexOf(value.toLowerCase()) : -1;
  if (at < 0) quote.append(sentence);
  else
    quote.append(
      sentence.slice(0, at),
      h('strong', { className: 'evidence-entity' }, sentence.slice(at, at + value.length)),
      sentence.slice(at + value.length),
    );
  return quote;
}

function itemView(explorer: Explorer, item: Discrepancy): HTMLElement {
  const about = item.entities.filter((e) => explorer.data.hasNode(e));
  return h(
    'article',
    { className: 'disagreement', attrs: { 'data-kind': item.kind } },
    h(
      'header',
      { className: 'disagreement-head' },
      h('span', { className: 'kind-badge' }, item.measure ? `${item.kind}: ${item.measure}` : item.kind),
      about.map((entity) => entityLink(explorer, entity)),
    ),
    h(
      'div',
      { className: 'disagreement-sides' },
      item.sides.map((side) =>
        h(
          'div',
          { className: 'disagreement-side' },
          h('p', { className: 'side-value' }, side.value),
          sideSentence(side.sentence, side.value),
          documentLink(explorer, side),
        ),
      ),
    ),
  );
}

/** The view, over the graph; `open()` shows it (computing the list the first time). */
export function disagreementsView(explorer: Explorer, container: HTMLElement): { open(): void; kill(): void } {
  let kind: DiscrepancyKind | null = null;
  const render = () => {
    const items = discrepanciesOf(explorer.data);
    const shown = kind ? items.filter((d) => d.kind === kind) : items;
    const chip = (value: DiscrepancyKind | null, label: string, count: number) =>
      h(
        'button',
        {
          type: 'button',
          className: `chip${kind === value ? ' active' : ''}`,
          attrs: { 'aria-pressed': kind === value },
          title: value ? KIND_HINTS[value] : 'Every kind',
          on: {
            click: () => {
              kind = value;
              render();
            },
          },
        },
        `${label} ${count}`,
      );
    replace(
      container,
      h(
        'header',
        { className: 'reader-header' },
        h(
          'div',
          {},
          h('h2', { className: 'reader-title' }, 'Where sources disagree'),
          h(
            'p',
            { className: 'muted' },
            `${plural(items.length, 'discrepancy', 'discrepancies')} between ${plural(explorer.documents.size, 'document')}`,
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'icon-button',
            title: 'Close (Esc)',
            attrs: { 'aria-label': 'Close where sources disagree' },
            on: { click: () => (container.hidden = true) },
          },
          icon('close'),
        ),
      ),
      h(
        'div',
        { className: 'chips', role: 'group', attrs: { 'aria-label': 'Kinds of discrepancy' } },
        chip(null, 'All', items.length),
        DISCREPANCY_KINDS.map((k) => chip(k, KIND_NAMES[k], items.filter((d) => d.kind === k).length)),
      ),
      h(
        'div',
        { className: 'disagreement-list' },
        shown.length
          ? shown.map((item) => itemView(explorer, item))
          : h('p', { className: 'hint' }, 'The documents do not disagree on anything of this kind.'),
      ),
    );
  };
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-label', 'Where sources disagree');
  container.hidden = true;
  const onKey = (event: KeyboardEvent) => {
    // Esc closes the document first, when one is open over this view.
    if (event.key === 'Escape' && !container.hidden && !explorer.state.reader) container.hidden = true;
  };
  document.addEventListener('keydown', onKey, true);
  return {
    open() {
      render();
      container.hidden = false;
    },
    kill() {
      document.removeEventListener('keydown', onKey, true);
    },
  };
}
