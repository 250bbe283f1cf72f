// The document view: an article's text with every entity mention marked; clicking a mention selects the entity.
import { ENTITY_COLOURS } from '../core/palette.ts';
import { onChange } from '../core/store.ts';
import { documentMentions, segmentText } from '../core/textSegments.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, replace, type Panel } from './dom.ts';
import { icon } from './icons.ts';
import { closeDocument, selectNode } from '../actions.ts';

function readerBody(explorer: Explorer, documentId: string, focus: { start: number; end: number } | null): HTMLElement {
  const doc = explorer.documents.get(documentId)!;
  const body = h('div', { className: 'reader-text' });
  let mark: HTMLElement | null = null;
  for (const segment of segmentText(doc.text, documentMentions(doc), focus)) {
    let piece: Node;
    if (segment.entity && explorer.data.hasNode(segment.entity)) {
      const entity = segment.entity;
      const type = explorer.data.getNodeAttribute(entity, 'type');
      // A span, not a button: a button is an atomic inline, and the line could break between "Putin" and "’s".
      const mention = h(
        'span',
        {
          className: 'mention',
          role: 'button',
          tabIndex: 0,
          style: { borderColor: ENTITY_COLOURS[type] },
          title: `${explorer.data.getNodeAttribute(entity, 'label')} (${type}): select in the graph`,
          attrs: { 'data-entity': entity },
          on: {
            click: () => selectNode(explorer, entity),
            keydown: (event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              selectNode(explorer, entity);
            },
          },
        },
        segment.text,
      );
      piece = mention;
    } else piece = document.createTextNode(segment.text);
    // Consecutive focused pieces share one <mark>, the evidence sentence.
    if (segment.focused) {
      if (!mark) body.append((mark = h('mark', { className: 'evidence-mark' })));
      mark.append(piece);
    } else {
      mark = null;
      body.append(piece);
    }
  }
  return body;
}

export function documentReader(explorer: Explorer, container: HTMLElement): Panel {
  const render = () => {
    const reader = explorer.state.reader;
    container.hidden = !reader || !explorer.documents.has(reader.document);
    if (!reader || container.hidden) return replace(container);
    const doc = explorer.documents.get(reader.document)!;
    const byline = doc.author ? `by ${doc.author}` : null;
    const meta = [doc.source, doc.published, byline, plural(doc.words, 'word'), doc.id].filter(Boolean).join(' · ');
    const body = readerBody(explorer, reader.document, reader.focus);
    replace(
      container,
      h(
        'header',
        { className: 'reader-header' },
        h('div', {}, h('h2', { className: 'reader-title' }, doc.title || doc.id), h('p', { className: 'muted' }, meta)),
        h(
          'button',
          {
            type: 'button',
            className: 'icon-button',
            title: 'Close the document (Esc)',
            attrs: { 'aria-label': 'Close document' },
            on: { click: () => closeDocument(explorer) },
          },
          icon('close'),
        ),
      ),
      h('p', { className: 'hint reader-hint' }, 'Highlighted names are entities: click one to select it in the graph.'),
      body,
    );
    body.querySelector('mark')?.scrollIntoView({ block: 'center' });
  };
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-label', 'Document');
  render();
  const off = onChange(explorer.store, ['reader'], render);
  return { element: container, kill: () => (off(), container.replaceChildren()) };
}
