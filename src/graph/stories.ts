// Story lineage: documents that are versions of one story (copies, rewrites, translations) found by the word
// shingles of their normalised sentences. Corroboration counts independent stories, not documents.
import type { DocumentRecord, Story } from '../model/graph.ts';

const SHINGLE = 2;
/** Shared shingles, over the smaller document's, from which two documents are one story. */
export const STORY_THRESHOLD = 0.2;
/** Words too common to tell stories apart. */
const STOP = new Set(
  'the a an of to in and or for on at by with from that this is was are were be been it its as has have had their they he she his her which who said'.split(
    ' ',
  ),
);

/** The word pairs of a text's content words, lowercased and without punctuation. */
export function shingles(text: string): Set<string> {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

/** Shared shingles over the smaller set's size: a short rewrite of a long story still counts as its version. */
export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Groups of two or more documents that tell one story, each with the lowest overlap that joined it. */
export function findStories(documents: Pick<DocumentRecord, 'id' | 'text'>[]): Story[] {
  const sets = documents.map((d) => shingles(d.text));
  const parent = documents.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const joined = new Map<number, number>();
  for (let i = 0; i < documents.length; i++)
    for (let j = i + 1; j < documents.length; j++) {
      const similarity = overlap(sets[i], sets[j]);
      if (similarity < STORY_THRESHOLD) continue;
      const [a, b] = [root(i), root(j)];
      const least = Math.min(similarity, joined.get(a) ?? 1, joined.get(b) ?? 1);
      if (a !== b) parent[b] = a;
      joined.set(a, least);
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

/** How many independent stories the documents make: each story once, each document outside a story once. */
export function independentStories(documents: string[], stories: Story[]): number {
  const storyOf = new Map(stories.flatMap((s) => s.documents.map((d) => [d, s.id] as const)));
  return new Set(documents.map((d) => storyOf.get(d) ?? d)).size;
}
