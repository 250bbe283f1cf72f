// Where sources disagree: the same entity and measure counted differently beyond rounding, a pair's stance that
// flips between documents (SUPPORTS or ALLIED_WITH against OPPOSES, "for X" against "against X"), and one entity
// named differently per document. Each item gives every side's document, sentence and value.
import type { SerializedKnowledgeGraph } from '../model/graph.ts';
import { quantitiesIn, sameQuantity } from './quantities.ts';

export type DiscrepancyKind = 'quantity' | 'stance' | 'names';

export interface DiscrepancySide {
  document: string;
  sentence: string;
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
  text: string;
  start: number;
  end: number;
  /** Entity keys named in it. */
  entities: Set<string>;
}

/** Sentences of every document, each with the entities its mention spans name. */
function sentencesOf(graph: SerializedKnowledgeGraph): Sentence[] {
  const sentences: Sentence[] = [];
  for (const d of graph.attributes?.documents ?? []) {
    const mine: Sentence[] = [];
    for (const m of d.text.matchAll(/[^.!?\n]+(?:[.!?]+["”’]?|$)/gm)) {
      const start = m.index + m[0].length - m[0].trimStart().length;
      mine.push({ document: d.id, text: m[0].trim(), start, end: m.index + m[0].length, entities: new Set() });
    }
    for (const [key, spans] of Object.entries(d.mentions ?? {}))
      for (const span of spans) mine.find((s) => s.start <= span.start && span.end <= s.end)?.entities.add(key);
    sentences.push(...mine);
  }
  return sentences;
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
      if (!shared.length) continue;
      items.push({
        kind: 'quantity',
        entities: shared,
        measure: a.q.measure,
        sides: [a, b].map(({ s, q }) => ({ document: s.document, sentence: s.text, value: q.text })),
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
        sides: [a, b].map(({ s, stance }) => ({ document: s.document, sentence: s.text, value: stance })),
      });
    }
  return items;
}

/** A pair SUPPORTS or ALLIED_WITH in one document and OPPOSES in another. */
function relationStances(graph: SerializedKnowledgeGraph): Discrepancy[] {
  const byPair = new Map<string, { type: string; document: string; text: string }[]>();
  for (const e of graph.edges) {
    const type = e.attributes!.type;
    if (type !== 'SUPPORTS' && type !== 'ALLIED_WITH' && type !== 'OPPOSES') continue;
    const pair = [e.source, e.target].sort().join('\n');
    for (const v of e.attributes!.evidence)
      byPair.set(pair, [...(byPair.get(pair) ?? []), { type, document: v.document, text: v.text }]);
  }
  const items: Discrepancy[] = [];
  for (const [pair, said] of byPair) {
    const against = said.find((x) => x.type === 'OPPOSES');
    const with_ = said.find((x) => x.type !== 'OPPOSES' && x.document !== against?.document);
    if (!against || !with_) continue;
    items.push({
      kind: 'stance',
      entities: pair.split('\n'),
      sides: [with_, against].map((x) => ({ document: x.document, sentence: x.text, value: x.type })),
    });
  }
  return items;
}

/** Names of several words that one document uses for an entity and another does not: which uses which. */
function nameDiscrepancies(graph: SerializedKnowledgeGraph): Discrepancy[] {
  const forms = new Map<string, Map<string, { sentence: string; names: Set<string> }>>();
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
      sentence: e.sentence,
      names: [...e.names].filter((n) => all.filter((x) => x.names.has(n)).length === 1),
    }));
    const distinct = only.filter((x) => x.names.length);
    if (distinct.length < 2) continue;
    items.push({
      kind: 'names',
      entities: [key],
      sides: distinct.map((x) => ({ document: x.document, sentence: x.sentence, value: x.names.sort().join(' | ') })),
    });
  }
  return items;
}

const sentenceAround = (text: string, at: number): string => {
  const start = Math.max(text.lastIndexOf('\n', at), ...['. ', '? ', '! '].map((p) => text.lastIndexOf(p, at))) + 1;
  const ends = ['\n', '. ', '? ', '! '].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : text.length).trim();
};

/** Every discrepancy of the graph, quantities first. */
export function findDiscrepancies(graph: SerializedKnowledgeGraph): Discrepancy[] {
  const sentences = sentencesOf(graph);
  return [
    ...quantityDiscrepancies(sentences),
    ...relationStances(graph),
    ...prepositionStances(graph, sentences),
    ...nameDiscrepancies(graph),
  ];
}
