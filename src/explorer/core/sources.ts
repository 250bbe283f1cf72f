// Which documents state something, summed up for a panel: how many, from which outlets, over which dates.
import type { DocumentRecord } from '../../model/graph.ts';

export interface SourcesSummary {
  documents: number;
  /** Outlets named by the documents, most documents first. */
  outlets: string[];
  /** First and last publication date (ISO day) among the dated documents; null when none is dated. */
  first: string | null;
  last: string | null;
  undated: number;
}

export function summariseSources(documents: readonly Pick<DocumentRecord, 'source' | 'published'>[]): SourcesSummary {
  const perOutlet = new Map<string, number>();
  const days: string[] = [];
  for (const doc of documents) {
    if (doc.source) perOutlet.set(doc.source, (perOutlet.get(doc.source) ?? 0) + 1);
    if (doc.published) days.push(doc.published.slice(0, 10));
  }
  days.sort();
  return {
    documents: documents.length,
    outlets: [...perOutlet].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet),
    first: days[0] ?? null,
    last: days.at(-1) ?? null,
    undated: documents.length - days.length,
  };
}
