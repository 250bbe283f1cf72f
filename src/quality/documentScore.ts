// One document's score: which extracted entities and relations match its gold annotations, and what is left over.
import { basename } from 'node:path';
import { RELATIONS, type RelationType } from '../model/vocabulary.ts';
import type { GoldDocument, GoldRelation } from './gold.ts';
import { normalizeName } from './names.ts';

/** One document's counts (optional gold items count nowhere) and the items behind them. */
export interface DocumentScore {
  document: string;
  /** Gold entities, those an extracted entity names, and those found with an accepted type. */
  gold: number;
  found: number;
  typed: number;
  /** Extracted entities of this document, and those that name a gold entity. */
  pred: number;
  predOk: number;
  /** Gold entities several extracted entities name ("gold <- label | label"). */
  splits: string[];
  /** Extracted entities that name several gold entities ("label -> id, id"). */
  conflations: string[];
  missed: string[];
  spurious: string[];
  /** Gold relations, those found with type and direction, and those whose two ends are linked by any relation. */
  rGold: number;
  rFound: number;
  rPair: number;
  /** Extracted relations stated in this document, and those that match a gold relation. */
  rPred: number;
  rPredOk: number;
  rMissed: string[];
  /** Why each relation of `rMissed` was missed, in the same order. */
  rMissedWhy: MissCause[];
  rSpurious: string[];
  /** Evidence sentences of the counted extracted relations, and those found verbatim in the document. */
  evid: number;
  evidOk: number;
}

/**
 * Why a gold relation was missed, from the graph alone: which stage to look at. `not typed`: both ends were named
 * in one sentence (a MENTIONED_WITH link) and no rule typed the pair; `wrong type`: a typed relation links them with
 * another type or direction; `apart, gold sentence names both`: the stating sentence names both ends, yet the graph
 * never has them in one sentence (a mention not linked, or the sentence cut otherwise); `apart, across sentences`:
 * stated through a reference or over several sentences.
 */
export const MISS_CAUSES = [
  'end not found',
  'wrong type',
  'not typed',
  'apart, gold sentence names both',
  'apart, across sentences',
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/** An extracted entity as the scorer sees it: its names normalized, its documents by file name. */
export interface ScoredEntity {
  key: string;
  label: string;
  type: string;
  names: Set<string>;
  documents: Set<string>;
}

export interface ScoredRelation {
  source: string;
  target: string;
  type: RelationType;
  evidence: { document: string; text: string }[];
}

/** What every document is scored against. */
export interface ScoredGraph {
  entities: ScoredEntity[];
  relations: ScoredRelation[];
  labelOf: Map<string, string>;
  /** Document name -> "source target" keys of the entity pairs named together in one of its sentences. */
  together: Map<string, Set<string>>;
  /** Gold id -> keys of the extracted entities naming it, filled over all documents (a split across the corpus). */
  corpusMatches: Map<string, Set<string>>;
}

// Documents are matched on their file name, wherever the graph's input folder was.
export const documentName = (id: string) => basename(id);

/** Scores one gold file; `text` is the document's, for the evidence check. */
export function scoreDocument(gold: GoldDocument, graph: ScoredGraph, text: string | undefined): DocumentScore {
  const document = documentName(gold.document);
  const stem = document.replace(/\.[^.]+$/, '');
  const extracted = graph.entities.filter((e) => e.documents.has(document) || e.documents.has(stem));
  const d: DocumentScore = {
    document,
    ...{ gold: 0, found: 0, typed: 0, pred: 0, predOk: 0, splits: [], conflations: [], missed: [], spurious: [] },
    ...{
      rGold: 0,
      rFound: 0,
      rPair: 0,
      rPred: 0,
      rPredOk: 0,
      rMissed: [],
      rMissedWhy: [],
      rSpurious: [],
      evid: 0,
      evidOk: 0,
    },
  };
  const matchOf = countEntities(d, gold, extracted, graph.corpusMatches);
  const stated = graph.relations.filter((r) => r.evidence.some((v) => documentName(v.document) === document));
  countRelations(d, gold, stated, matchOf, graph, text);
  return d;
}

/** Counts entities into `d`; returns extracted entity key -> the gold ids it names (several: a conflation). */
function countEntities(
  d: DocumentScore,
  gold: GoldDocument,
  extracted: ScoredEntity[],
  corpusMatches: Map<string, Set<string>>,
): Map<string, string[]> {
  const goldNames = gold.entities.map((g) => ({ ...g, normalized: new Set(g.names.map(normalizeName)) }));
  const matchOf = new Map(
    extracted.map((e) => [
      e.key,
      goldNames.filter((g) => [...g.normalized].some((n) => e.names.has(n))).map((g) => g.id),
    ]),
  );
  for (const g of goldNames) {
    const hits = extracted.filter((e) => matchOf.get(e.key)!.includes(g.id));
    const keys = corpusMatches.get(g.id) ?? new Set();
    corpusMatches.set(g.id, keys);
    for (const e of hits) keys.add(e.key);
    if (g.optional) continue;
    d.gold++;
    if (hits.length) d.found++;
    else d.missed.push(g.names[0]);
    const accepted: string[] = g.types ?? [g.type];
    if (hits.some((e) => accepted.includes(e.type))) d.typed++;
    if (hits.length > 1) d.splits.push(`${g.names[0]} <- ${hits.map((e) => e.label).join(' | ')}`);
  }
  const optionalIds = new Set(goldNames.filter((g) => g.optional).map((g) => g.id));
  for (const e of extracted) {
    const ids = matchOf.get(e.key)!;
    // Naming only optional entities is neither right nor wrong.
    if (ids.length && ids.every((id) => optionalIds.has(id))) continue;
    d.pred++;
    if (ids.length) d.predOk++;
    else d.spurious.push(`${e.label} (${e.type})`);
    if (ids.length > 1) d.conflations.push(`${e.label} -> ${ids.join(', ')}`);
  }
  return matchOf;
}

/** Counts relations stated in the document into `d`, and checks their evidence against `text` when given. */
function countRelations(
  d: DocumentScore,
  gold: GoldDocument,
  stated: ScoredRelation[],
  matchOf: Map<string, string[]>,
  graph: ScoredGraph,
  text: string | undefined,
): void {
  const goldIds = (key: string) => matchOf.get(key) ?? [];
  const links = (r: ScoredRelation, g: GoldRelation) => ({
    forward: goldIds(r.source).includes(g.source) && goldIds(r.target).includes(g.target),
    backward: goldIds(r.source).includes(g.target) && goldIds(r.target).includes(g.source),
  });
  const matches = (r: ScoredRelation, g: GoldRelation) => {
    const { forward, backward } = links(r, g);
    return r.type === g.type && (forward || (RELATIONS[g.type].symmetric && backward));
  };
  const linksPair = (r: ScoredRelation, g: GoldRelation) => {
    const { forward, backward } = links(r, g);
    return forward || backward;
  };
  for (const g of gold.relations) {
    if (g.optional) continue;
    d.rGold++;
    const paired = stated.some((r) => linksPair(r, g));
    if (stated.some((r) => matches(r, g))) d.rFound++;
    else {
      d.rMissed.push(`${g.source} ${g.type} ${g.target}`);
      d.rMissedWhy.push(paired ? 'wrong type' : missCause(g, gold, matchOf, graph.together.get(d.document)));
    }
    if (paired) d.rPair++;
  }
  for (const r of stated) {
    const matched = gold.relations.filter((g) => matches(r, g));
    if (matched.length && matched.every((g) => g.optional)) continue;
    d.rPred++;
    if (matched.length) d.rPredOk++;
    else d.rSpurious.push(`${graph.labelOf.get(r.source)} ${r.type} ${graph.labelOf.get(r.target)}`);
    if (text === undefined) continue;
    for (const v of r.evidence.filter((x) => documentName(x.document) === d.document)) {
      d.evid++;
      if (v.text && text.includes(v.text)) d.evidOk++;
    }
  }
}

/** Why `g`, missed and linked by no typed relation, was missed: an end not found, or its ends named apart or together. */
function missCause(
  g: GoldRelation,
  gold: GoldDocument,
  matchOf: Map<string, string[]>,
  together = new Set<string>(),
): MissCause {
  const keysOf = (id: string) => [...matchOf].filter(([, ids]) => ids.includes(id)).map(([key]) => key);
  const [sources, targets] = [keysOf(g.source), keysOf(g.target)];
  if (!sources.length || !targets.length) return 'end not found';
  if (sources.some((a) => targets.some((b) => together.has(`${a} ${b}`) || together.has(`${b} ${a}`))))
    return 'not typed';
  const named = (id: string) => gold.entities.find((e) => e.id === id)?.names.some((n) => g.evidence.includes(n));
  return named(g.source) && named(g.target) ? 'apart, gold sentence names both' : 'apart, across sentences';
}
