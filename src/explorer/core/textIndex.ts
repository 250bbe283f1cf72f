// Full-text search over the documents: every sentence indexed once by its words (folded: case and accents do not
// matter), each evidence sentence exactly as the relation's evidence gives it, so a hit can open the reader at the
// sentence and say which relations it states. Pure: built in the text-search worker, tested in Node.
import { foldName } from './search.ts';

export interface IndexedDocument {
  id: string;
  text: string;
}

/** A sentence that states a relation (evidence offsets), and the relation's key. */
export interface EvidenceSpan {
  document: string;
  start: number;
  end: number;
  edge: string;
}

export interface SentenceHit {
  document: string;
  /** Offsets of the sentence in the document's cleaned text. */
  start: number;
  end: number;
  text: string;
  /** The words that matched, as offsets into `text`. */
  marks: { start: number; end: number }[];
  /** Relations this sentence is evidence for (edge keys); empty for other sentences. */
  edges: string[];
}

export interface TextResults {
  query: string;
  /** Sentences that match, of which the first `hits.length` are listed. */
  total: number;
  documents: number;
  hits: SentenceHit[];
}

interface Sentence {
  document: number;
  start: number;
  end: number;
  edges: Set<string>;
}

const NOT_ASCII = /[^ -~]/;
// Most words are ASCII: lowercasing them is all folding does, and much cheaper than normalising.
const fold = (word: string) => (NOT_ASCII.test(word) ? foldName(word) : word.toLowerCase());

function* wordsOf(text: string, from = 0, to = text.length): Generator<{ word: string; start: number; end: number }> {
  const pattern = /[\p{L}\p{N}]+/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text))
    yield { word: fold(match[0]), start: match.index, end: match.index + match[0].length };
}

// A sentence ends at . ! or ? (and a closing quote or bracket) before a space, or at a line break.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s)|\n+/g;

function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const end = match.index + (match[0].startsWith('\n') ? 0 : match[0].length);
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans.map(({ start: s, end: e }) => {
    const lead = text.slice(s, e).search(/\S/);
    return { start: s + lead, end: e };
  });
}

export class TextIndex {
  private readonly postings = new Map<string, number[]>();
  /** The index's words in order, for prefixes (the word being typed). */
  private readonly words: string[];

  private constructor(
    private readonly documents: readonly IndexedDocument[],
    private readonly sentences: Sentence[],
  ) {
    sentences.forEach((sentence, id) => {
      const text = documents[sentence.document]!.text;
      for (const { word } of wordsOf(text, sentence.start, sentence.end)) {
        const list = this.postings.get(word);
        if (!list) this.postings.set(word, [id]);
        else if (list.at(-1) !== id) list.push(id);
      }
    });
    this.words = [...this.postings.keys()].sort();
  }

  /** Evidence sentences as given, then the rest of each document's sentences (those no evidence covers). */
  static build(documents: readonly IndexedDocument[], evidence: readonly EvidenceSpan[]): TextIndex {
    const index = new Map(documents.map((doc, i) => [doc.id, i]));
    const sentences: Sentence[] = [];
    const evidenceAt = new Map<string, Sentence>();
    const covered = documents.map(() => [] as { start: number; end: number }[]);
    for (const span of evidence) {
      const document = index.get(span.document);
      if (document === undefined || span.end > documents[document]!.text.length) continue;
      const at = `${document}:${span.start}:${span.end}`;
      const known = evidenceAt.get(at);
      if (known) {
        known.edges.add(span.edge);
        continue;
      }
      const sentence = { document, start: span.start, end: span.end, edges: new Set([span.edge]) };
      evidenceAt.set(at, sentence);
      sentences.push(sentence);
      covered[document]!.push(span);
    }
    documents.forEach((doc, document) => {
      // Sentences and spans in order: a sentence overlaps evidence when a span starting before its end reaches
      // past its start, so the furthest end so far answers it.
      const spans = covered[document]!.sort((x, y) => x.start - y.start);
      let next = 0;
      let furthest = -1;
      for (const { start, end } of splitSentences(doc.text)) {
        for (; next < spans.length && spans[next]!.start < end; next++) furthest = Math.max(furthest, spans[next]!.end);
        if (furthest <= start) sentences.push({ document, start, end, edges: new Set() });
      }
    });
    return new TextIndex(documents, sentences);
  }

  get sentenceCount(): number {
    return this.sentences.length;
  }

  /** Ids of the sentences holding a word that starts with `prefix`. */
  private withPrefix(prefix: string): Set<number> {
    const ids = new Set<number>();
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.words.length && this.words[i]!.startsWith(prefix); i++)
      for (const id of this.postings.get(this.words[i]!)!) ids.add(id);
    return ids;
  }

  /**
   * Sentences holding every word of the query (the last one as a prefix while it is being typed, i.e. unless the
   * query ends with a space); evidence sentences first, then by document and position.
   */
  search(query: string, limit = 50): TextResults {
    const terms = [...wordsOf(query)].map((w) => w.word);
    const empty = { query, total: 0, documents: 0, hits: [] };
    if (!terms.length) return empty;
    const typing = !/\s$/.test(query);
    const sets = terms.map((term, i) =>
      i === terms.length - 1 && typing ? this.withPrefix(term) : new Set(this.postings.get(term) ?? []),
    );
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sets;
    const matching = [...smallest!].filter((id) => rest.every((set) => set.has(id)));
    if (!matching.length) return empty;
    matching.sort((a, b) => {
      const [x, y] = [this.sentences[a]!, this.sentences[b]!];
      return Number(y.edges.size > 0) - Number(x.edges.size > 0) || x.document - y.document || x.start - y.start;
    });
    const documents = new Set(matching.map((id) => this.sentences[id]!.document)).size;
    const last = terms.at(-1)!;
    const isTerm = (word: string) => terms.includes(word) || (typing && word.startsWith(last));
    const hits = matching.slice(0, limit).map((id) => {
      const sentence = this.sentences[id]!;
      const doc = this.documents[sentence.document]!;
      const marks = [...wordsOf(doc.text, sentence.start, sentence.end)]
        .filter((w) => w.end <= sentence.end && isTerm(w.word))
        .map((w) => ({ start: w.start - sentence.start, end: w.end - sentence.start }));
      return {
        document: doc.id,
        start: sentence.start,
        end: sentence.end,
        text: doc.text.slice(sentence.start, sentence.end),
        marks,
        edges: [...sentence.edges],
      };
    });
    return { query, total: matching.length, documents, hits };
  }
}
