// One line under a panel's title saying where what it shows comes from: the outlets and dates of the documents that
// name the entity or state the relation, how many are undated, and how many the documents filter keeps.
import { summariseSources } from '../core/sources.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural } from './dom.ts';

const OUTLETS_SHOWN = 3;

/** `ids`: the documents, repeats allowed (one per evidence sentence). */
export function sourcesLine(explorer: Explorer, ids: readonly string[]): HTMLElement {
  const unique = [...new Set(ids)];
  const documents = unique.flatMap((id) => explorer.documents.get(id) ?? []);
  const summary = summariseSources(documents);
  const outlets = summary.outlets.length
    ? summary.outlets.slice(0, OUTLETS_SHOWN).join(', ') +
      (summary.outlets.length > OUTLETS_SHOWN ? ` and ${summary.outlets.length - OUTLETS_SHOWN} more` : '')
    : 'no outlet named';
  const dates =
    summary.first === null
      ? null
      : summary.first === summary.last
        ? summary.first
        : `${summary.first} to ${summary.last}`;
  const chosen = explorer.state.filters.documents;
  const kept = chosen ? unique.filter((id) => chosen.has(id)).length : null;
  return h(
    'p',
    { className: 'muted sources-line', attrs: { 'data-documents': unique.join('|') } },
    [
      `Sources: ${outlets}`,
      dates,
      summary.undated ? `${summary.undated} undated` : null,
      kept !== null ? `${plural(kept, 'document')} of ${unique.length} chosen` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  );
}
