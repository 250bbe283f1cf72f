// Find entities by name or alias as the user types: "RVC" finds the Russian Volunteer Corps, and a name spelt
// another way or mistyped still finds it ("galeoti" finds Galeotti, "Dmitriy" finds Dmitry).
import type { KnowledgeGraph } from '../../model/graph.ts';
import type { EntityType } from '../../model/vocabulary.ts';
import { fuzzyCost, skeleton } from './fuzzy.ts';

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

interface IndexEntry {
  key: string;
  label: string;
  type: EntityType;
  mentions: number;
  names: { text: string; folded: string; isLabel: boolean; skeleton: string[] }[];
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
function matchScore(folded: string, query: string, isLabel: boolean): number {
  let score = 0;
  if (folded === query) score = 100;
  else if (folded.startsWith(query)) score = 80;
  else if (words(folded).some((word) => word.startsWith(query))) score = 60;
  else if (folded.includes(query)) score = 30;
  return score === 0 ? 0 : score + (isLabel ? 5 : 0);
}

export class SearchIndex {
  private entries: IndexEntry[] | null = null;

  constructor(private readonly graph: KnowledgeGraph) {}

  // Built on the first search, not at load: folding 50,000 names is time the first frame does not need to wait.
  private index(): IndexEntry[] {
    if (this.entries) return this.entries;
    const entries: IndexEntry[] = [];
    this.graph.forEachNode((key, attrs) => {
      const name = (text: string, isLabel: boolean) => {
        const folded = foldName(text);
        return { text, folded, isLabel, skeleton: words(folded).map(skeleton) };
      };
      const names = [name(attrs.label, true)];
      for (const alias of attrs.aliases ?? []) {
        if (!names.some((known) => known.folded === foldName(alias))) names.push(name(alias, false));
      }
      entries.push({ key, label: attrs.label, type: attrs.type, mentions: attrs.mentions, names });
    });
    return (this.entries = entries);
  }

  /**
   * Best matches first; ties go to the entity the documents mention most. Spelling variants and typos are looked
   * for only when names as typed leave room in the `limit` (and the query has three letters or more).
   */
  search(text: string, limit = 10): SearchHit[] {
    const query = foldName(text);
    if (!query) return [];
    const hits: SearchHit[] = [];
    const entries = this.index();
    const unmatched: IndexEntry[] = [];
    for (const entry of entries) {
      let best = { score: 0, alias: null as string | null };
      for (const name of entry.names) {
        const score = matchScore(name.folded, query, name.isLabel);
        if (score > best.score) best = { score, alias: name.isLabel ? null : name.text };
      }
      if (best.score > 0) hits.push({ key: entry.key, label: entry.label, type: entry.type, ...best, fuzzy: false });
      else unmatched.push(entry);
    }
    if (hits.length < limit && query.replace(/\W/g, '').length >= 3) {
      const typed = words(query).map(skeleton);
      for (const entry of unmatched) {
        let best = { score: 0, alias: null as string | null };
        for (const name of entry.names) {
          const cost = fuzzyCost(typed, name.skeleton);
          const score = cost === null ? 0 : FUZZY_SCORE - TYPO_COST * cost + (name.isLabel ? 1 : 0);
          if (score > best.score) best = { score, alias: name.isLabel ? null : name.text };
        }
        if (best.score > 0) hits.push({ key: entry.key, label: entry.label, type: entry.type, ...best, fuzzy: true });
      }
    }
    const mentions = new Map(entries.map((entry) => [entry.key, entry.mentions]));
    return hits
      .sort(
        (a, b) => b.score - a.score || mentions.get(b.key)! - mentions.get(a.key)! || a.label.localeCompare(b.label),
      )
      .slice(0, limit);
  }
}
