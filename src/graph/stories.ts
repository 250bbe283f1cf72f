// Story lineage: documents that are versions of one story (copies, rewrites, translations) found by the word
// shingles of their normalised sentences. Corroboration counts independent stories, not documents.
import type { DocumentRecord, Story } from '../model/graph.ts';

/** Shared shingles, over the smaller document's, from which two documents are one story. */
export const STORY_THRESHOLD = 0.2;
/** Words too common to tell stories apart. */
const STOP = new Set(
  'the a an of to in and or for on at by with from that this is was are were be been it its as has have had their they he she his her which who said'.split(
    ' ',
  ),
);

/** The word pairs of a text's content words, lowercased and without punctuation, in order (with repeats). */
export function shingles(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

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
  private readonly numbers = new Map<string, number>();
  /** Each document's distinct shingle numbers, ascending, by id. */
  readonly sets = new Map<string, Int32Array>();
  /** Documents in the order they were added. */
  readonly added: string[] = [];
  /** By shingle number, the documents it is in (as positions in `added`); null once in more than COMMON_SHINGLE_DOCUMENTS. */
  readonly postings: (number[] | null)[] = [];

  add(document: Pick<DocumentRecord, 'id' | 'text'>): void {
    const at = this.added.push(document.id) - 1;
    const set = new Set<number>();
    for (const s of shingles(document.text)) {
      let n = this.numbers.get(s);
      if (n === undefined) this.numbers.set(s, (n = this.numbers.size));
      set.add(n);
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
 * Pairs of documents (by their positions in `documents`, in order) that share at least one shingle that is not a
 * stock phrase: the only pairs worth measuring.
 */
function candidatePairs(index: ShingleIndex, documents: Pick<DocumentRecord, 'id'>[]): [number, number][] {
  const position = new Map(documents.map((d, i) => [d.id, i]));
  const positionOf = index.added.map((id) => position.get(id)!);
  const n = documents.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of index.postings) {
    if (list === null || list.length < 2) continue;
    const at = list.map((added) => positionOf[added]);
    for (let x = 0; x < at.length; x++)
      for (let y = x + 1; y < at.length; y++) {
        const i = Math.min(at[x], at[y]);
        const j = Math.max(at[x], at[y]);
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
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
  const parent = documents.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const joined = new Map<number, number>();
  for (const [i, j] of candidatePairs(index, documents)) {
    const [a, b] = [root(i), root(j)];
    // Already one story: measuring the pair again would change nothing but the cost.
    if (a === b) continue;
    const similarity = overlap(sets[i], sets[j]);
    if (similarity < STORY_THRESHOLD) continue;
    parent[b] = a;
    joined.set(a, Math.min(similarity, joined.get(a) ?? 1, joined.get(b) ?? 1));
  }
  const groups = new Map<number, string[]>();
  documents.forEach((d, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), d.id]));
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
