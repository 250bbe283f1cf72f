// Find entities by name or alias as the user types: "RVC" finds the Russian Volunteer Corps.
import type { KnowledgeGraph } from '../../model/graph.ts';
import type { EntityType } from '../../model/vocabulary.ts';

export interface SearchHit {
  key: string;
  label: string;
  type: EntityType;
  /** The name that matched, when it is an alias rather than the label. */
  alias: string | null;
  score: number;
}

interface IndexEntry {
  key: string;
  label: string;
  type: EntityType;
  mentions: number;
  names: { text: string; folded: string; isLabel: boolean }[];
}

/** Case, accents and curly quotes do not matter when typing a name. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .trim();
}

// Better matches score higher: a label over an alias, whole over prefix over word start over anywhere.
function matchScore(folded: string, query: string, isLabel: boolean): number {
  let score = 0;
  if (folded === query) score = 100;
  else if (folded.startsWith(query)) score = 80;
  else if (folded.split(/[\s\-'.]+/).some((word) => word.startsWith(query))) score = 60;
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
      const names = [{ text: attrs.label, folded: foldName(attrs.label), isLabel: true }];
      for (const alias of attrs.aliases ?? []) {
        const folded = foldName(alias);
        if (!names.some((name) => name.folded === folded)) names.push({ text: alias, folded, isLabel: false });
      }
      entries.push({ key, label: attrs.label, type: attrs.type, mentions: attrs.mentions, names });
    });
    return (this.entries = entries);
  }

  /** Best matches first; ties go to the entity the documents mention most. */
  search(text: string, limit = 10): SearchHit[] {
    const query = foldName(text);
    if (!query) return [];
    const hits: SearchHit[] = [];
    const entries = this.index();
    for (const entry of entries) {
      let best: { score: number; alias: string | null } = { score: 0, alias: null };
      for (const name of entry.names) {
        const score = matchScore(name.folded, query, name.isLabel);
        if (score > best.score) best = { score, alias: name.isLabel ? null : name.text };
      }
      if (best.score > 0) hits.push({ key: entry.key, label: entry.label, type: entry.type, ...best });
    }
    const mentions = new Map(entries.map((entry) => [entry.key, entry.mentions]));
    return hits
      .sort(
        (a, b) => b.score - a.score || mentions.get(b.key)! - mentions.get(a.key)! || a.label.localeCompare(b.label),
      )
      .slice(0, limit);
  }
}
