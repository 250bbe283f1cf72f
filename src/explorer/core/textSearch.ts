// Full-text search from the page: the index (textIndex.ts) is built once, on first use, in a worker, so a large
// corpus is indexed without holding up the page, and each query is answered there.
import type { KnowledgeGraph } from '../../model/graph.ts';
import { MENTIONED_WITH } from '../../model/vocabulary.ts';
import type { EvidenceSpan, IndexedDocument, TextResults } from './textIndex.ts';

export type TextSearchRequest =
  | { kind: 'build'; documents: IndexedDocument[]; evidence: EvidenceSpan[] }
  | { kind: 'search'; id: number; query: string; limit: number };

export interface TextSearchReply {
  id: number;
  results: TextResults;
}

/** What the index is built from: each document's text and the sentences that state a relation. */
export function textSources(graph: KnowledgeGraph): { documents: IndexedDocument[]; evidence: EvidenceSpan[] } {
  const documents = graph.getAttribute('documents').map(({ id, text }) => ({ id, text }));
  const evidence: EvidenceSpan[] = [];
  graph.forEachEdge((edge, attrs) => {
    // Co-occurrence "evidence" is any sentence naming two entities: not a statement of a relation.
    if (attrs.type === MENTIONED_WITH) return;
    for (const item of attrs.evidence)
      evidence.push({ document: item.document, start: item.start, end: item.end, edge });
  });
  return { documents, evidence };
}

export class TextSearch {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, (results: TextResults) => void>();
  private next = 0;

  constructor(private readonly graph: KnowledgeGraph) {}

  /** Sentences matching the query; the latest query's answer is the one to show (answers come in order). */
  search(query: string, limit = 50): Promise<TextResults> {
    if (!this.worker) {
      this.worker = new Worker(new URL('./textSearchWorker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = ({ data }: MessageEvent<TextSearchReply>) => {
        this.waiting.get(data.id)?.(data.results);
        this.waiting.delete(data.id);
      };
      this.worker.postMessage({ kind: 'build', ...textSources(this.graph) } satisfies TextSearchRequest);
    }
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker!.postMessage({ kind: 'search', id, query, limit } satisfies TextSearchRequest);
    });
  }

  kill(): void {
    this.worker?.terminate();
    this.worker = null;
    this.waiting.clear();
  }
}
