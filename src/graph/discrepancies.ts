// Where sources disagree: the same entity and measure counted differently beyond rounding, a pair's stance that
// flips between documents (SUPPORTS or ALLIED_WITH against OPPOSES, "for X" against "against X"), one entity
// named differently per document, and one person given different roles in an organization. Each item gives every
// side's document, sentence (with its offsets, so a reader can open the document there) and value. Pure: the CLI,
// the API and the explorer (on static hosting too) run this one implementation.
import { ROLE_RELATIONS } from '../extract/gazetteers/people.ts';
import type { Evidence, SerializedKnowledgeGraph } from '../model/graph.ts';
import type { RelationType } from '../model/vocabulary.ts';
import { quantitiesIn, sameQuantity } from './quantities.ts';

export const DISCREPANCY_KINDS = ['quantity', 'stance', 'names', 'roles'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export interface DiscrepancySide {
  document: string;
  sentence: string;
  /** The sentence's offsets in the document's cleaned text: `text.slice(start, end)` holds it. */
  start: number;
  end: number;
  value: string;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  /** Entity keys the sides are about. */
  entities: string[];
  /** For quantities, what is counted ("subscribers"). */
  measure?: string;
  sides: DiscrepancySide[];
}

interface Sentence {
  document: string;
  /** The document's publication date (ISO), when known. */
  published: string | null;
  text: string;
  start: number;
  end: number;
  /** Entity keys named in it. */
  entities: Set<string>;
}

const sideOf = (s: Sentence) => ({ document: s.document, sentence: s.text, start: s.start, end: s.end });

/** A side read from a relation's evidence sentence. */
const evidenceSide = (v: Omit<Evidence, 'rule'>, value: string): DiscrepancySide => ({
  document: v.document,
  sentence: v.text,
  start: v.start,
  end: v.end,
  value,
});

/** Sentences of every document, each with the entities its mention spans name. */
function sentencesOf(graph: SerializedKnowledgeGraph): Sentence[] {
  const sentences: Sentence[] = [];
  for (const d of graph.attributes?.documents ?? []) {
    const mine: Sentence[] = [];
    for (const m of d.text.matchAll(/[^.!?\n]+(?:[.!?]+["”’]?|$)/gm)) {
      const start = m.index + m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      mine.push({ document: d.id, published: d.published, text, start, end: start + text.length, entities: new Set() });
    }
    // Sentences come in text order: the one holding a span is the last starting at or before it (a binary search,
    // since a document may hold hundreds of thousands of mentions).
    for (const [key, spans] of Object.entries(d.mentions ?? {}))
      for (const span of spans) {
        let [lo, hi] = [0, mine.length - 1];
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (mine[mid].start <= span.start) lo = mid;
          else hi = mid - 1;
        }
        const holder = mine[lo];
        if (holder && holder.start <= span.start && span.end <= holder.end) holder.entities.add(key);
      }
    sentences.push(...mine);
  }
  return sentences;
}

/**
 * Counts of people in an event ("killed 492 people", "three men were convicted") differ because the events differ; an
 * entity's size ("25 million subscribers", "2,000 fighters") should not. Event counts are compared only between
 * documents of the same week that name at least two of the same entities.
 */
const EVENT_COUNTS = new Set([
  'people',
  'persons',
  'men',
  'women',
  'children',
  'civilians',
  'victims',
  'others',
  'dead',
  'casualties',
  'suspects',
  'protesters',
  'migrants',
]);
const EVENT_WINDOW_MS = 7 * 24 * 3600 * 1000;

function sameEvent(a: Sentence, b: Sentence, shared: string[]): boolean {
  if (shared.length < 2 || !a.published || !b.published) return false;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= EVENT_WINDOW_MS;
}

/** The same entity and measure counted differently in two documents: "25 million" against "a quarter of a million". */
function quantityDiscrepancies(sentences: Sentence[]): Discrepancy[] {
  const counted = sentences.flatMap((s) =>
    quantitiesIn(s.text)
      .filter((q) => q.measure)
      .map((q) => ({ s, q })),
  );
  const items: Discrepancy[] = [];
  for (let i = 0; i < counted.length; i++)
    for (let j = i + 1; j < counted.length; j++) {
      const [a, b] = [counted[i], counted[j]];
      if (a.s.document === b.s.document || a.q.measure !== b.q.measure || sameQuantity(a.q.value, b.q.value)) continue;
      const shared = [...a.s.entities].filter((e) => b.s.entities.has(e)).sort();
      if (!shared.length || (EVENT_COUNTS.has(a.q.measure) && !sameEvent(a.s, b.s, shared))) continue;
      items.push({
        kind: 'quantity',
        entities: shared,
        measure: a.q.measure,
        sides: [a, b].map(({ s, q }) => ({ ...sideOf(s), value: q.text })),
      });
    }
  return items;
}

const FOR_AGAINST = /\b(for|against)\s+((?:(?:the|and|,)\s*|[\p{Lu}][\p{L}’'-]*\s*)*)$/u;

/** The stance a sentence takes on each entity it names after "for" or "against" ("for Ukraine and Putin"). */
function stancesIn(graph: SerializedKnowledgeGraph, s: Sentence): Map<string, 'for' | 'against'> {
  const text = graph.attributes!.documents.find((d) => d.id === s.document)!;
  const stances = new Map<string, 'for' | 'against'>();
  for (const key of s.entities)
    for (const span of text.mentions[key] ?? []) {
      if (span.start < s.start || span.end > s.end) continue;
      const before = FOR_AGAINST.exec(text.text.slice(Math.max(s.start, span.start - 60), span.start));
      if (before) stances.set(key, before[1].toLowerCase() as 'for' | 'against');
    }
  return stances;
}

/** "fighting for Ukraine and Putin" in one document, "for Ukraine and against Putin" in another. */
function prepositionStances(graph: SerializedKnowledgeGraph, sentences: Sentence[]): Discrepancy[] {
  const stated = sentences.flatMap((s) => [...stancesIn(graph, s)].map(([entity, stance]) => ({ s, entity, stance })));
  const items: Discrepancy[] = [];
  // One item per entity and pair of documents: the first pair of sentences found.
  const seen = new Set<string>();
  for (let i = 0; i < stated.length; i++)
    for (let j = i + 1; j < stated.length; j++) {
      const [a, b] = [stated[i], stated[j]];
      if (a.entity !== b.entity || a.stance === b.stance || a.s.document === b.s.document) continue;
      // The same holder: another entity both sentences name ("the Legion … for Putin").
      const holders = [...a.s.entities].filter((e) => e !== a.entity && b.s.entities.has(e)).sort();
      const key = `${a.entity}\n${a.s.document}\n${b.s.document}`;
      if (!holders.length || seen.has(key)) continue;
      seen.add(key);
      items.push({
        kind: 'stance',
        entities: [...holders, a.entity],
        sides: [a, b].map(({ s, stance }) => ({ ...sideOf(s), value: stance })),
      });
    }
  return items;
}

/** A pair SUPPORTS or ALLIED_WITH in one document and OPPOSES in another. */
function relationStances(graph: SerializedKnowledgeGraph): Discrepancy[] {
  const byPair = new Map<string, { type: string; document: string; text: string; start: number; end: number }[]>();
  for (const e of graph.edges) {
    const type = e.attributes!.type;
    if (type !== 'SUPPORTS' && type !== 'ALLIED_WITH' && type !== 'OPPOSES') continue;
    const pair = [e.source, e.target].sort().join('\n');
    for (const v of e.attributes!.evidence) byPair.set(pair, [...(byPair.get(pair) ?? []), { type, ...v }]);
  }
  const items: Discrepancy[] = [];
  for (const [pair, said] of byPair) {
    const against = said.find((x) => x.type === 'OPPOSES');
    const with_ = said.find((x) => x.type !== 'OPPOSES' && x.document !== against?.document);
    if (!against || !with_) continue;
    items.push({
      kind: 'stance',
      entities: pair.split('\n'),
      sides: [with_, against].map((x) => evidenceSide(x, x.type)),
    });
  }
  return items;
}

/** Names of several words that one document uses for an entity and another does not: which uses which. */
function nameDiscrepancies(graph: SerializedKnowledgeGraph): Discrepancy[] {
  const forms = new Map<string, Map<string, { sentence: SentenceSpan; names: Set<string> }>>();
  for (const d of graph.attributes?.documents ?? [])
    for (const [key, spans] of Object.entries(d.mentions ?? {}))
      for (const span of spans) {
        const name = d.text.slice(span.start, span.end);
        if (name.split(/\s+/).length < 3) continue;
        const perDocument = forms.get(key) ?? new Map();
        forms.set(key, perDocument);
        const entry = perDocument.get(d.id) ?? { sentence: sentenceAround(d.text, span.start), names: new Set() };
        perDocument.set(d.id, entry);
        entry.names.add(name);
      }
  const items: Discrepancy[] = [];
  for (const [key, perDocument] of forms) {
    const all = [...perDocument.values()];
    const only = [...perDocument].map(([document, e]) => ({
      document,
      ...e.sentence,
      names: [...e.names].filter((n) => all.filter((x) => x.names.has(n)).length === 1),
    }));
    const distinct = only.filter((x) => x.names.length);
    if (distinct.length < 2) continue;
    items.push({
      kind: 'names',
      entities: [key],
      sides: distinct.map(({ names, ...side }) => ({ ...side, value: names.sort().join(' | ') })),
    });
  }
  return items;
}

interface SentenceSpan {
  sentence: string;
  start: number;
  end: number;
}

const sentenceAround = (text: string, at: number): SentenceSpan => {
  const from = Math.max(text.lastIndexOf('\n', at), ...['. ', '? ', '! '].map((p) => text.lastIndexOf(p, at))) + 1;
  const ends = ['\n', '. ', '? ', '! '].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  const raw = text.slice(from, ends.length ? Math.min(...ends) + 1 : text.length);
  const start = from + raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  return { sentence, start, end: start + sentence.length };
};

/** Relations that give a person a role in an organization, as the role nouns of people.ts state them. */
const ROLE_TYPES = new Set<string>(ROLE_RELATIONS.values());
const ROLE_WORDS = [...ROLE_RELATIONS].sort(([a], [b]) => b.length - a.length);

/** The role noun a sentence gives for a relation ("spokesman" for SPOKESPERSON_FOR), else the relation's name. */
function roleWord(sentence: string, type: RelationType): string {
  const lower = sentence.toLowerCase();
  const found = ROLE_WORDS.find(
    ([word, relation]) =>
      relation === type &&
      new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(lower),
  );
  return found?.[0] ?? type;
}

/**
 * One person given different roles in an organization: each of two documents states a role the other does not
 * ("the commander of" in one, "a spokesman for" in the other). One document saying more than another (a role the
 * other leaves out) is no disagreement.
 */
function roleDiscrepancies(graph: SerializedKnowledgeGraph): Discrepancy[] {
  type Stated = { type: RelationType; document: string; text: string; start: number; end: number };
  const byHolding = new Map<string, Map<string, Stated[]>>();
  for (const e of graph.edges) {
    const type = e.attributes!.type;
    if (!ROLE_TYPES.has(type)) continue;
    const holding = `${e.source}\n${e.target}`;
    const perDocument = byHolding.get(holding) ?? new Map<string, Stated[]>();
    byHolding.set(holding, perDocument);
    for (const v of e.attributes!.evidence)
      perDocument.set(v.document, [...(perDocument.get(v.document) ?? []), { type: type as RelationType, ...v }]);
  }
  const items: Discrepancy[] = [];
  for (const [holding, perDocument] of byHolding) {
    const documents = [...perDocument.keys()].sort();
    for (let i = 0; i < documents.length; i++)
      for (let j = i + 1; j < documents.length; j++) {
        const [a, b] = [perDocument.get(documents[i])!, perDocument.get(documents[j])!];
        const onlyA = a.find((x) => !b.some((y) => y.type === x.type));
        const onlyB = b.find((y) => !a.some((x) => x.type === y.type));
        if (!onlyA || !onlyB) continue;
        items.push({
          kind: 'roles',
          entities: holding.split('\n'),
          sides: [onlyA, onlyB].map((x) => evidenceSide(x, roleWord(x.text, x.type))),
        });
      }
  }
  return items;
}

/** Every discrepancy of the graph, quantities first. */
export function findDiscrepancies(graph: SerializedKnowledgeGraph): Discrepancy[] {
  const sentences = sentencesOf(graph);
  return [
    ...quantityDiscrepancies(sentences),
    ...relationStances(graph),
    ...prepositionStances(graph, sentences),
    ...nameDiscrepancies(graph),
    ...roleDiscrepancies(graph),
  ];
}
