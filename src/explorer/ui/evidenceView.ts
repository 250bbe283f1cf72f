// Evidence sentences as the panels show them: the sentence, with the entities it links in bold, and the document it
// comes from, one click away from the full text.
import type { Evidence } from '../../model/graph.ts';
import { evidenceByDocument } from '../core/evidence.ts';
import { documentMentions, segmentText } from '../core/textSegments.ts';
import type { Explorer } from '../explorer.ts';
import { h } from './dom.ts';
import { icon } from './icons.ts';
import { openDocument } from '../actions.ts';

/** The sentence as segments, with the given entities' mentions in bold (falls back to plain text). */
export function sentenceView(explorer: Explorer, evidence: Evidence, entities: string[]): HTMLElement {
  const doc = explorer.documents.get(evidence.document);
  const quote = h('blockquote', { className: 'evidence-text' });
  // Offsets refer to the cleaned text; if it does not match (an edited graph.json), show the sentence as stored.
  if (!doc || doc.text.slice(evidence.start, evidence.end) !== evidence.text) {
    quote.append(evidence.text);
  } else {
    const mentions = documentMentions(doc, new Set(entities));
    for (const segment of segmentText(doc.text, mentions, null, evidence.start, evidence.end))
      quote.append(segment.entity ? h('strong', { className: 'evidence-entity' }, segment.text) : segment.text);
  }
  // Why this edge: the extraction rule that read the relation in this sentence (npm run explain shows it at work).
  if (evidence.rule)
    quote.append(h('span', { className: 'evidence-rule', title: 'The extraction rule that found it' }, evidence.rule));
  return quote;
}

export function documentLink(
  explorer: Explorer,
  evidence: Pick<Evidence, 'document' | 'start' | 'end'> | { document: string },
) {
  const doc = explorer.documents.get(evidence.document);
  const focus = 'start' in evidence ? { start: evidence.start, end: evidence.end } : null;
  const meta = [doc?.source, doc?.published].filter(Boolean).join(' · ');
  return h(
    'button',
    {
      type: 'button',
      className: 'doc-link',
      title: `Open ${doc?.title ?? evidence.document} in the reader`,
      on: { click: () => openDocument(explorer, evidence.document, focus) },
    },
    icon('doc'),
    h('span', { className: 'doc-title' }, doc?.title ?? evidence.document),
    meta ? h('span', { className: 'doc-meta' }, meta) : null,
  );
}

/** Evidence grouped by document: each document once, then its sentences. */
export function evidenceList(explorer: Explorer, evidence: readonly Evidence[], entities: string[], limit = Infinity) {
  const list = h('div', { className: 'evidence-list' });
  let shown = 0;
  for (const [, items] of evidenceByDocument(evidence)) {
    if (shown >= limit) break;
    const group = h('div', { className: 'evidence-doc' }, documentLink(explorer, items[0]!));
    for (const item of items) {
      if (shown++ >= limit) break;
      group.append(sentenceView(explorer, item, entities));
    }
    list.append(group);
  }
  const total = evidence.length;
  if (total > shown) list.append(h('p', { className: 'hint' }, `${total - shown} more sentence(s) in the edge panel`));
  return list;
}
