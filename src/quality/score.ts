// Scores an extracted graph against gold annotations: what was found, missed, split, conflated, and how precisely.
import { basename } from 'node:path';
import type { SerializedKnowledgeGraph } from '../model/graph.ts';
import { isRelationType, RELATIONS, type RelationType } from '../model/vocabulary.ts';
import type { GoldDocument, GoldRelation } from './gold.ts';
import { normalizeName } from './names.ts';

/** One document's counts (gold items that are optional count nowhere) and the items behind them. */
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
  rSpurious: string[];
  /** Evidence sentences of the extracted relations, and those found verbatim in the document. */
  evid: number;
  evidOk: number;
}

export interface ScoreSummary {
  documents: number;
  entity: { recall: number; precision: number; typedRecall: number; f1: number };
  relation: { recall: number; pairRecall: number; precision: number; f1: number };
  splitsWithinDocuments: number;
  conflations: number;
  /** Gold ids (one entity across the set's files) that more than one extracted entity names. */
  splitsAcrossCorpus: number;
  /** Null when the documents were not given. */
  evidenceVerbatim: number | null;
}

export interface ScoreReport {
  summary: ScoreSummary;
  perDoc: DocumentScore[];
  /** "id: label | label" for each split across documents. */
  corpusSplits: string[];
}

interface ScoredEntity {
  key: string;
  label: string;
  type: string;
  names: Set<string>;
  documents: Set<string>;
}

interface ScoredRelation {
  source: string;
  target: string;
  type: RelationType;
  evidence: { document: string; text: string }[];
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
// Documents are matched on their file name, wherever the graph's input folder was.
const documentName = (id: string) => basename(id);

/**
 * Scores `graph` against the gold annotations of a set. With `texts` (document name -> file text), also checks that
 * each evidence sentence is quoted verbatim. A relation counts when its type and direction match (symmetric types
 * either way); an extracted entity matches a gold one when they share a name.
 */
export function scoreGraph(
  graph: SerializedKnowledgeGraph,
  gold: GoldDocument[],
  texts: Map<string, string> | null = null,
): ScoreReport {
  const entities: ScoredEntity[] = graph.nodes.map(({ key, attributes: a }) => ({
    key,
    label: a!.label,
    type: a!.type,
    names: new Set([a!.label, ...a!.aliases].filter(Boolean).map(normalizeName)),
    documents: new Set(a!.documents.map(documentName)),
  }));
  const labelOf = new Map(entities.map((e) => [e.key, e.label]));
  const relations: ScoredRelation[] = graph.edges.flatMap(({ source, target, attributes: a }) =>
    isRelationType(a!.type) ? [{ source, target, type: a!.type, evidence: a!.evidence }] : [],
  );
  // Gold id -> extracted entities naming it, over all documents: an id shared by several files is one entity.
  const corpusMatches = new Map<string, Set<string>>();
  const perDoc = gold.map((g) => scoreDocument(g, entities, relations, labelOf, corpusMatches, texts));

  const total = (count: (d: DocumentScore) => number) => perDoc.reduce((sum, d) => sum + count(d), 0);
  const corpusSplits = [...corpusMatches]
    .filter(([, keys]) => keys.size > 1)
    .map(([id, keys]) => `${id}: ${[...keys].map((k) => labelOf.get(k)).join(' | ')}`);
  const goldEntities = total((d) => d.gold);
  const goldRelations = total((d) => d.rGold);
  const entity = {
    recall: ratio(
      total((d) => d.found),
      goldEntities,
    ),
    precision: ratio(
      total((d) => d.predOk),
      total((d) => d.pred),
    ),
    typedRecall: ratio(
      total((d) => d.typed),
      goldEntities,
    ),
  };
  const relation = {
    recall: ratio(
      total((d) => d.rFound),
      goldRelations,
    ),
    pairRecall: ratio(
      total((d) => d.rPair),
      goldRelations,
    ),
    precision: ratio(
      total((d) => d.rPredOk),
      total((d) => d.rPred),
    ),
  };
  return {
    summary: {
      documents: perDoc.length,
      entity: { ...entity, f1: f1(entity.precision, entity.recall) },
      relation: { ...relation, f1: f1(relation.precision, relation.recall) },
      splitsWithinDocuments: total((d) => d.splits.length),
      conflations: total((d) => d.conflations.length),
      splitsAcrossCorpus: corpusSplits.length,
      evidenceVerbatim: texts
        ? ratio(
            total((d) => d.evidOk),
            total((d) => d.evid),
          )
        : null,
    },
    perDoc,
    corpusSplits,
  };
}

function scoreDocument(
  gold: GoldDocument,
  entities: ScoredEntity[],
  relations: ScoredRelation[],
  labelOf: Map<string, string>,
  corpusMatches: Map<string, Set<string>>,
  texts: Map<string, string> | null,
): DocumentScore {
  const document = documentName(gold.document);
  const stem = document.replace(/\.[^.]+$/, '');
  const extracted = entities.filter((e) => e.documents.has(document) || e.documents.has(stem));
  const goldNames = gold.entities.map((g) => ({ ...g, normalized: new Set(g.names.map(normalizeName)) }));
  // Extracted entity key -> the gold ids it names (several: a conflation).
  const matchOf = new Map(
    extracted.map((e) => [
      e.key,
      goldNames.filter((g) => [...g.normalized].some((n) => e.names.has(n))).map((g) => g.id),
    ]),
  );
  const d: DocumentScore = {
    document,
    gold: 0,
    found: 0,
    typed: 0,
    pred: 0,
    predOk: 0,
    splits: [],
    conflations: [],
    missed: [],
    spurious: [],
    rGold: 0,
    rFound: 0,
    rPair: 0,
    rPred: 0,
    rPredOk: 0,
    rMissed: [],
    rSpurious: [],
    evid: 0,
    evidOk: 0,
  };

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
    if (ids.length && ids.every((id) => optionalIds.has(id))) continue;
    d.pred++;
    if (ids.length) d.predOk++;
    else d.spurious.push(`${e.label} (${e.type})`);
    if (ids.length > 1) d.conflations.push(`${e.label} -> ${ids.join(', ')}`);
  }

  const stated = relations.filter((r) => r.evidence.some((v) => documentName(v.document) === document));
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
    if (stated.some((r) => matches(r, g))) d.rFound++;
    else d.rMissed.push(`${g.source} ${g.type} ${g.target}`);
    if (stated.some((r) => linksPair(r, g))) d.rPair++;
  }
  const text = texts?.get(gold.document);
  for (const r of stated) {
    const matched = gold.relations.filter((g) => matches(r, g));
    if (matched.length && matched.every((g) => g.optional)) continue;
    d.rPred++;
    if (matched.length) d.rPredOk++;
    else d.rSpurious.push(`${labelOf.get(r.source)} ${r.type} ${labelOf.get(r.target)}`);
    if (text === undefined) continue;
    for (const v of r.evidence.filter((x) => documentName(x.document) === document)) {
      d.evid++;
      if (v.text && text.includes(v.text)) d.evidOk++;
    }
  }
  return d;
}
