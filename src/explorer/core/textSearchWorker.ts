// The worker behind TextSearch: builds the text index once, off the page's thread, and answers queries from it.
import { TextIndex } from './textIndex.ts';
import type { TextSearchReply, TextSearchRequest } from './textSearch.ts';

let index: TextIndex | null = null;

onmessage = ({ data }: MessageEvent<TextSearchRequest>) => {
  if (data.kind === 'build') {
    index = TextIndex.build(data.documents, data.evidence);
    return;
  }
  const results = index!.search(data.query, data.limit);
  postMessage({ id: data.id, results } satisfies TextSearchReply);
};
