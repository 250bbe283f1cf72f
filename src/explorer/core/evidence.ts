// How well an edge is supported: the evidence counts that the minimum-evidence filter and the panels use.
import type { Evidence, RelationAttributes } from '../../model/graph.ts';

export interface EvidenceCounts {
  /** Distinct documents that state the relation. */
  documents: number;
  /** Distinct sentences that state it (for MENTIONED_WITH, the shared-sentence count, of which 5 are kept). */
  sentences: number;
  /** Independent stories among those documents: two versions of one story count once. */
  stories: number;
}

/** Distinct documents and sentences behind an edge; a sentence is identified by its document and offset. */
export function evidenceCounts(relation: RelationAttributes): EvidenceCounts {
  const documents = new Set<string>();
  const sentences = new Set<string>();
  for (const item of relation.evidence) {
    documents.add(item.document);
    sentences.add(`${item.document}#${item.start}`);
  }
  // MENTIONED_WITH keeps at most 5 evidence sentences; `weight` holds the true number of shared sentences.
  return {
    documents: documents.size,
    sentences: Math.max(sentences.size, relation.weight || 0),
    // Counted at graph build from the corpus's stories; co-occurrences and older graphs lack it.
    stories: relation.stories ?? documents.size,
  };
}

/** Evidence grouped by document, in document order of first appearance, sentences in text order. */
export function evidenceByDocument(evidence: readonly Evidence[]): Map<string, Evidence[]> {
  const grouped = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const list = grouped.get(item.document) ?? [];
    if (!list.some((other) => other.start === item.start)) list.push(item);
    grouped.set(item.document, list);
  }
  for (const list of grouped.values()) list.sort((a, b) => a.start - b.start);
  return grouped;
}
