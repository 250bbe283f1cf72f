// Scores an extracted graph against a set's gold annotations: entity and relation precision, recall and F1,
// splits, conflations and verbatim evidence, with the detail per document.
import type { SerializedKnowledgeGraph } from '../model/graph.ts';
import { fromGraphFile, type GraphFile } from '../model/graphFile.ts';
import { isRelationType, MENTIONED_WITH } from '../model/vocabulary.ts';
import {
  documentName,
  MISS_CAUSES,
  scoreDocument,
  type DocumentScore,
  type MissCause,
  type ScoredGraph,
} from './documentScore.ts';
import type { GoldDocument } from './gold.ts';
import { normalizeName } from './names.ts';

export type { DocumentScore } from './documentScore.ts';

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
  /** Missed gold relations counted by cause. */
  missedBy: Record<MissCause, number>;
}

export interface ScoreReport {
  summary: ScoreSummary;
  perDoc: DocumentScore[];
  /** "id: label | label" for each split across documents. */
  corpusSplits: string[];
}

type Count = { [K in keyof DocumentScore]: DocumentScore[K] extends number ? K : never }[keyof DocumentScore];

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/**
 * Scores `graph` against the gold files of a set. With `texts` (document name -> file text), also checks that each
 * evidence sentence is quoted verbatim. An extracted entity matches a gold one when they share a name; a relation
 * counts when its type and direction match (symmetric types either way).
 */
export function scoreGraph(
  file: SerializedKnowledgeGraph | GraphFile,
  gold: GoldDocument[],
  texts: Map<string, string> | null = null,
): ScoreReport {
  // Claim nodes are statements, not extracted entities: as the reference scorer, count entities only.
  const graph = fromGraphFile(file as GraphFile);
  const scored: ScoredGraph = {
    entities: graph.nodes.map(({ key, attributes: a }) => ({
      key,
      label: a!.label,
      type: a!.type,
      names: new Set([a!.label, ...a!.aliases].filter(Boolean).map(normalizeName)),
      documents: new Set(a!.documents.map(documentName)),
    })),
    relations: graph.edges.flatMap(({ source, target, attributes: a }) =>
      isRelationType(a!.type) ? [{ source, target, type: a!.type, evidence: a!.evidence }] : [],
    ),
    labelOf: new Map(graph.nodes.map((n) => [n.key, n.attributes!.label])),
    together: new Map(),
    corpusMatches: new Map(),
  };
  for (const { source, target, attributes: a } of graph.edges) {
    if (a!.type !== MENTIONED_WITH) continue;
    for (const v of a!.evidence) {
      const name = documentName(v.document);
      const pairs = scored.together.get(name) ?? new Set<string>();
      scored.together.set(name, pairs.add(`${source} ${target}`));
    }
  }
  const perDoc = gold.map((g) => scoreDocument(g, scored, texts?.get(g.document)));

  const sum = (field: Count) => perDoc.reduce((n, d) => n + d[field], 0);
  const corpusSplits = [...scored.corpusMatches]
    .filter(([, keys]) => keys.size > 1)
    .map(([id, keys]) => `${id}: ${[...keys].map((k) => scored.labelOf.get(k)).join(' | ')}`);
  const entity = {
    recall: ratio(sum('found'), sum('gold')),
    precision: ratio(sum('predOk'), sum('pred')),
    typedRecall: ratio(sum('typed'), sum('gold')),
  };
  const relation = {
    recall: ratio(sum('rFound'), sum('rGold')),
    pairRecall: ratio(sum('rPair'), sum('rGold')),
    precision: ratio(sum('rPredOk'), sum('rPred')),
  };
  return {
    summary: {
      documents: perDoc.length,
      entity: { ...entity, f1: f1(entity.precision, entity.recall) },
      relation: { ...relation, f1: f1(relation.precision, relation.recall) },
      splitsWithinDocuments: perDoc.reduce((n, d) => n + d.splits.length, 0),
      conflations: perDoc.reduce((n, d) => n + d.conflations.length, 0),
      splitsAcrossCorpus: corpusSplits.length,
      evidenceVerbatim: texts ? ratio(sum('evidOk'), sum('evid')) : null,
      missedBy: Object.fromEntries(
        MISS_CAUSES.map((cause) => [
          cause,
          perDoc.reduce((n, d) => n + d.rMissedWhy.filter((c) => c === cause).length, 0),
        ]),
      ) as Record<MissCause, number>,
    },
    perDoc,
    corpusSplits,
  };
}
