// "Search the text": words typed here find the sentences of the documents that hold them all, evidence sentences
// first; each hit names its document and the relations it states, and opens the reader at the sentence.
import type { SentenceHit, TextResults } from '../core/textIndex.ts';
import type { Explorer } from '../explorer.ts';
import { openDocument, selectEdge } from '../actions.ts';
import { h, panel, plural, replace, section, type Panel } from './dom.ts';

const WAIT_MS = 150;

function sentence(hit: SentenceHit): HTMLElement {
  const quote = h('span', { className: 'text-hit-sentence' });
  let at = 0;
  for (const mark of hit.marks) {
    quote.append(hit.text.slice(at, mark.start), h('mark', {}, hit.text.slice(mark.start, mark.end)));
    at = mark.end;
  }
  quote.append(hit.text.slice(at));
  return quote;
}

function relationLabel(explorer: Explorer, edge: string): string {
  const { data } = explorer;
  const [source, target] = data.extremities(edge);
  const type = data.getEdgeAttribute(edge, 'type');
  return `${data.getNodeAttribute(source, 'label')} ${type} → ${data.getNodeAttribute(target, 'label')}`;
}

function hitView(explorer: Explorer, hit: SentenceHit): HTMLElement {
  const doc = explorer.documents.get(hit.document);
  const meta = [doc?.source, doc?.published?.slice(0, 10)].filter(Boolean).join(' · ');
  const edges = hit.edges.filter((edge) => explorer.data.hasEdge(edge));
  return h(
    'li',
    { className: 'text-hit' },
    h(
      'button',
      {
        type: 'button',
        className: 'text-hit-open',
        title: 'Open the document at this sentence',
        on: { click: () => openDocument(explorer, hit.document, { start: hit.start, end: hit.end }) },
      },
      sentence(hit),
      h(
        'span',
        { className: 'text-hit-doc' },
        h('span', { className: 'doc-title' }, doc?.title ?? hit.document),
        meta ? h('span', { className: 'doc-meta' }, meta) : null,
      ),
    ),
    edges.length
      ? h(
          'span',
          { className: 'text-hit-edges' },
          edges
            .slice(0, 3)
            .map((edge) =>
              h(
                'button',
                { type: 'button', className: 'link-button', on: { click: () => selectEdge(explorer, edge) } },
                relationLabel(explorer, edge),
              ),
            ),
        )
      : null,
  );
}

export function searchTextPanel(explorer: Explorer): Panel {
  const input = h('input', {
    id: 'text-search',
    type: 'search',
    className: 'picker-input',
    placeholder: 'Words in the documents…',
    attrs: { 'aria-label': 'Search the text of the documents' },
  });
  const summary = h('p', { className: 'hint', role: 'status' });
  const list = h('ol', { className: 'text-hits', attrs: { 'aria-label': 'Sentences found' } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const show = (results: TextResults) => {
    summary.textContent = results.total
      ? `${plural(results.total, 'sentence')} in ${plural(results.documents, 'document')}` +
        (results.total > results.hits.length ? `; the first ${results.hits.length}` : '')
      : `No sentence holds “${results.query.trim()}”.`;
    replace(
      list,
      results.hits.map((hit) => hitView(explorer, hit)),
    );
  };
  const run = () => {
    const query = input.value;
    const ticket = ++asked;
    if (!query.trim()) {
      summary.textContent = '';
      list.replaceChildren();
      return;
    }
    // Answers to queries typed since are dropped: the list shows what the field says.
    void explorer.textSearch.search(query).then((results) => ticket === asked && show(results));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, WAIT_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    clearTimeout(timer);
    run();
  });

  const element = section('Search the text', input, summary, list);
  element.classList.add('text-search');
  return panel(element, () => clearTimeout(timer));
}
