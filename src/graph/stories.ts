// Story lineage: documents that are versions of one story (copies, rewrites, translations) found by the word
// shingles of their normalised sentences. Corroboration counts independent stories, not documents.
import type { DocumentRecord, Story } from '../model/graph.ts';
import { addTo } from '../extract/multiMap.ts';

/** Shared shingles, over the smaller document's, from which two documents are one story. */
export const STORY_THRESHOLD = 0.2;
/** Words too common to tell stories apart. */
const STOP = new Set(
  'the a an of to in and or for on at by with from that this is was are were be been it its as has have had their they he she his her which who said'.split(
    ' ',
  ),
);

/** A text's content words, lowercased and without punctuation, in order (with repeats): a shingle is two in a row. */
function contentWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
}

/** Word numbers stay below this, since a Map holds at most 2^24 entries: a pair of them is one exact number. */
const WORD_LIMIT = 2 ** 24;

/** Shared shingles over the smaller set's size: a short rewrite of a long story still counts as its version. */
export function overlap(a: Int32Array, b: Int32Array): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (!small.length) return 0;
  let shared = 0;
  // Both ascending: one walk through each.
  for (let i = 0, j = 0; i < small.length && j < large.length;) {
    if (small[i] < large[j]) i++;
    else if (small[i] > large[j]) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / small.length;
}

/**
 * A shingle in more documents than this is a stock phrase of the corpus, not a sign of one story; leaving it out of
 * the candidate search keeps the search near-linear (every pair found is still measured on all its shingles).
 */
const COMMON_SHINGLE_DOCUMENTS = 100;

/**
 * Each document's shingles, and the documents each shingle is in, gathered one document at a time: as each arrives
 * from its worker, so that the candidate search has less left to do once the whole corpus is in. A shingle is kept
 * once, as a number: a corpus repeats most of its word pairs, and a string per pair per document held hundreds of
 * megabytes at a few million words.
 */
export class ShingleIndex {
  private readonly words = new Map<string, number>();
  /** Shingle numbers by `first * WORD_LIMIT + second` of its word numbers, not by a string made for each pair. */
  private readonly numbers = new Map<number, number>();
  /** Each document's distinct shingle numbers, ascending, by id. */
  readonly sets = new Map<string, Int32Array>();
  /** Documents in the order they were added. */
  readonly added: string[] = [];
  /** By shingle number, the documents it is in (as positions in `added`); null once in more than COMMON_SHINGLE_DOCUMENTS. */
  readonly postings: (number[] | null)[] = [];

  add(document: Pick<DocumentRecord, 'id' | 'text'>): void {
    const at = this.added.push(document.id) - 1;
    const set = new Set<number>();
    let previous = -1;
    for (const text of contentWords(document.text)) {
      let word = this.words.get(text);
      if (word === undefined) this.words.set(text, (word = this.words.size));
      if (previous >= 0) {
        const pair = previous * WORD_LIMIT + word;
        let n = this.numbers.get(pair);
        if (n === undefined) this.numbers.set(pair, (n = this.numbers.size));
        set.add(n);
      }
      previous = word;
    }
    const sorted = Int32Array.from(set).sort();
    this.sets.set(document.id, sorted);
    for (const n of sorted) {
      const list = this.postings[n];
      if (list === undefined) this.postings[n] = [at];
      else if (list !== null && list.push(at) > COMMON_SHINGLE_DOCUMENTS) this.postings[n] = null;
    }
  }
}

/**
 * The later documents (by position in `documents`) that share a shingle that is not a stock phrase with document
 * `i` and are not `together` with it already, ascending: of the pairs worth measuring, those that could change a story.
 * Gathered one document at a time, not as every pair of the corpus at once: in a corpus of versions of one story
 * nearly every pair shares a shingle, and a set and a sort of all of them grew faster than the corpus.
 */
function candidatesAfter(
  i: number,
  sets: Int32Array[],
  index: ShingleIndex,
  positionOf: number[],
  together: (j: number) => boolean,
): number[] {
  const later = new Set<number>();
  for (const n of sets[i]) {
    for (const added of index.postings[n] ?? []) {
      const j = positionOf[added];
      if (j > i && !later.has(j) && !together(j)) later.add(j);
    }
  }
  return [...later].sort((a, b) => a - b);
}

/**
 * Groups of two or more documents that tell one story, each with the lowest overlap that joined it. `index` holds
 * the documents' shingles, when they were gathered already (as each document arrived from its worker).
 */
export function findStories(
  documents: Pick<DocumentRecord, 'id' | 'text'>[],
  index: ShingleIndex = indexOf(documents),
): Story[] {
  const sets = documents.map((d) => index.sets.get(d.id)!);
  const position = new Map(documents.map((d, i) => [d.id, i]));
  const positionOf = index.added.map((id) => position.get(id)!);
  const parent = documents.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const joined = new Map<number, number>();
  // Pairs in the order (i, j); a pair already one story is skipped, since measuring it would change nothing.
  for (let i = 0; i < documents.length; i++) {
    for (const j of candidatesAfter(i, sets, index, positionOf, (j) => root(j) === root(i))) {
      const [a, b] = [root(i), root(j)];
      if (a === b) continue;
      const similarity = overlap(sets[i], sets[j]);
      if (similarity < STORY_THRESHOLD) continue;
      parent[b] = a;
      joined.set(a, Math.min(similarity, joined.get(a) ?? 1, joined.get(b) ?? 1));
    }
  }
  const groups = new Map<number, string[]>();
  documents.forEach((d, i) => addTo(groups, root(i), d.id));
  return [...groups]
    .filter(([, ids]) => ids.length > 1)
    .map(([r, ids], n) => ({
      id: `story-${n + 1}`,
      documents: ids.sort(),
      similarity: Math.round(joined.get(r)! * 1000) / 1000,
    }));
}

function indexOf(documents: Pick<DocumentRecord, 'id' | 'text'>[]): ShingleIndex {
  const index = new ShingleIndex();
  for (const d of documents) index.add(d);
  return index;
}

/** Counts how many independent stories documents make: each story once, each document outside a story once. */
export function independentStories(stories: Story[]): (documents: string[]) => number {
  const storyOf = new Map(stories.flatMap((s) => s.documents.map((d) => [d, s.id] as const)));
  return (documents) => new Set(documents.map((d) => storyOf.get(d) ?? d)).size;
}
