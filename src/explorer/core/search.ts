// Find entities by name or alias as the user types: "RVC" finds the Russian Volunteer Corps, and a name spelt
// another way or mistyped still finds it ("galeoti" finds Galeotti, "Dmitriy" finds Dmitry).
import type { KnowledgeGraph } from '../../model/graph.ts';
import type { EntityType } from '../../model/vocabulary.ts';
import { fuzzyCost, skeleton, typosAllowed, wordTypos } from './fuzzy.ts';

export interface SearchHit {
  key: string;
  label: string;
  type: EntityType;
  /** The name that matched, when it is an alias rather than the label. */
  alias: string | null;
  score: number;
  /** Matched by spelling variant or typo, not as typed. */
  fuzzy: boolean;
}

interface IndexName {
  text: string;
  folded: string;
  isLabel: boolean;
  /** The folded name's words, and their skeletons (fuzzy.ts). */
  words: string[];
  skeleton: string[];
}

interface IndexEntry {
  key: string;
  label: string;
  type: EntityType;
  mentions: number;
  names: IndexName[];
}

interface Match {
  entry: number;
  score: number;
  alias: string | null;
  fuzzy: boolean;
}

const words = (folded: string) => folded.split(/[\s\-'.]+/).filter(Boolean);

/** Case, accents and curly quotes do not matter when typing a name. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .trim();
}

/** A fuzzy match scores below every match as typed, less for each typo. */
const FUZZY_SCORE = 25;
const TYPO_COST = 5;

// Better matches score higher: a label over an alias, whole over prefix over word start over anywhere.
function matchScore(name: IndexName, query: string): number {
  const { folded } = name;
  const score =
    folded === query
      ? 100
      : folded.startsWith(query)
        ? 80
        : !folded.includes(query)
          ? 0
          : name.words.some((word) => word.startsWith(query))
            ? 60
            : 30;
  return score === 0 ? 0 : score + (name.isLabel ? 5 : 0);
}

export class SearchIndex {
  private entries: IndexEntry[] = [];
  /** Skeleton word -> the entries with a name holding it: typos are looked for among words, not entities. */
  private readonly byWord = new Map<string, number[]>();
  private built = false;

  constructor(private readonly graph: KnowledgeGraph) {}

  // Built on the first search, not at load: folding 50,000 names is time the first frame does not need to wait.
  private index(): IndexEntry[] {
    if (this.built) return this.entries;
    const skeletons = new Map<string, string>();
    const skeletonOf = (word: string) => skeletons.get(word) ?? skeletons.set(word, skeleton(word)).get(word)!;
    this.graph.forEachNode((key, attrs) => {
      const entry = this.entries.length;
      const name = (text: string, isLabel: boolean): IndexName => {
        const folded = foldName(text);
        const nameWords = words(folded);
        return { text, folded, isLabel, words: nameWords, skeleton: nameWords.map(skeletonOf) };
      };
      const names = [name(attrs.label, true)];
      for (const alias of attrs.aliases ?? []) {
        if (!names.some((known) => known.folded === foldName(alias))) names.push(name(alias, false));
      }
      for (const word of new Set(names.flatMap((n) => n.skeleton))) {
        const holders = this.byWord.get(word);
        if (holders) holders.push(entry);
        else this.byWord.set(word, [entry]);
      }
      this.entries.push({ key, label: attrs.label, type: attrs.type, mentions: attrs.mentions, names });
    });
    this.built = true;
    return this.entries;
  }

  /**
   * Best matches first; ties go to the entity the documents mention most. Spelling variants and typos are looked
   * for only when names as typed leave room in the `limit` (and the query has three letters or more).
   */
  search(text: string, limit = 10): SearchHit[] {
    const query = foldName(text);
    if (!query) return [];
    const entries = this.index();
    const matches: Match[] = [];
    entries.forEach((entry, i) => {
      let best: Match = { entry: i, score: 0, alias: null, fuzzy: false };
      for (const name of entry.names) {
        const score = matchScore(name, query);
        if (score > best.score) best = { ...best, score, alias: name.isLabel ? null : name.text };
      }
      if (best.score > 0) matches.push(best);
    });
    if (matches.length < limit && query.replace(/\W/g, '').length >= 3)
      matches.push(...this.fuzzyMatches(query, new Set(matches.map((match) => match.entry))));
    return matches
      .sort((a, b) => {
        const [x, y] = [entries[a.entry]!, entries[b.entry]!];
        return b.score - a.score || y.mentions - x.mentions || x.label.localeCompare(y.label);
      })
      .slice(0, limit)
      .map(({ entry, score, alias, fuzzy }) => {
        const { key, label, type } = entries[entry]!;
        return { key, label, type, alias, score, fuzzy };
      });
  }

  /** Entities (other than `found`) with, for every typed word, a name word within its typos; scored by name. */
  private fuzzyMatches(query: string, found: ReadonlySet<number>): Match[] {
    const typed = words(query).map(skeleton);
    let candidates: Set<number> | null = null;
    for (const word of typed) {
      const allowed = typosAllowed(word.length);
      const near = new Set<number>();
      for (const [candidate, holders] of this.byWord) {
        if (wordTypos(word, candidate, allowed) > allowed) continue;
        for (const entry of holders) if (!candidates || candidates.has(entry)) near.add(entry);
      }
      candidates = near;
      if (!near.size) return [];
    }
    const matches: Match[] = [];
    for (const entry of candidates ?? []) {
      if (found.has(entry)) continue;
      let best: Match = { entry, score: 0, alias: null, fuzzy: true };
      for (const name of this.entries[entry]!.names) {
        const cost = fuzzyCost(typed, name.skeleton);
        const score = cost === null ? 0 : FUZZY_SCORE - TYPO_COST * cost + (name.isLabel ? 1 : 0);
        if (score > best.score) best = { ...best, score, alias: name.isLabel ? null : name.text };
      }
      if (best.score > 0) matches.push(best);
    }
    return matches;
  }
}
