// The document view: an article's text with every entity mention marked (clicking one selects the entity) and every
// claim's words marked (its speaker on hover, a note on click).
import type { Claim } from '../../model/claims.ts';
import { claimsOf, splitAtClaims } from '../core/claims.ts';
import { ENTITY_COLOURS } from '../core/palette.ts';
import { onChange } from '../core/store.ts';
import { documentMentions, segmentText } from '../core/textSegments.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, replace, type Panel } from './dom.ts';
import { icon } from './icons.ts';
import { closeDocument, selectNode } from '../actions.ts';
import { claimMark, claimNote } from './readerClaims.ts';

function readerBody(
  explorer: Explorer,
  documentId: string,
  focus: { start: number; end: number } | null,
  onClaim: (claim: Claim) => void,
): HTMLElement {
  const doc = explorer.documents.get(documentId)!;
  const body = h('div', { className: 'reader-text' });
  const claims = claimsOf(explorer.data).byDocument.get(documentId) ?? [];
  let mark: HTMLElement | null = null;
  let quote: { element: HTMLElement; claim: Claim; parent: HTMLElement } | null = null;
  for (const segment of splitAtClaims(segmentText(doc.text, documentMentions(doc), focus), claims)) {
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
    // Consecutive focused pieces share one <mark>, the evidence sentence; consecutive pieces of one claim share its
    // claim mark, inside the <mark> or beside it (a claim that crosses the sentence's edge is marked in two parts).
    if (segment.focused) {
      if (!mark) body.append((mark = h('mark', { className: 'evidence-mark' })));
    } else mark = null;
    const parent = mark ?? body;
    if (!segment.claim) {
      quote = null;
      parent.append(piece);
      continue;
    }
    if (!quote || quote.claim !== segment.claim || quote.parent !== parent) {
      quote = { element: claimMark(explorer, segment.claim, onClaim), claim: segment.claim, parent };
      parent.append(quote.element);
    }
    quote.element.append(piece);
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
    const note = claimNote();
    const body = readerBody(explorer, reader.document, reader.focus, (claim) => note.show(explorer, claim));
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
      h(
        'p',
        { className: 'hint reader-hint' },
        'Highlighted names are entities: click one to select it in the graph. Quotes and reported speech are marked: hover for the speaker, click for more.',
      ),
      body,
      note.element,
    );
    body.querySelector('mark')?.scrollIntoView({ block: 'center' });
  };
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-label', 'Document');
  render();
  const off = onChange(explorer.store, ['reader'], render);
  return { element: container, kill: () => (off(), container.replaceChildren()) };
}
