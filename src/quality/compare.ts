// Where two scorers' reports on the same graph differ: our scorer against the reference one it was written after.
import type { GoldDocument, GoldEntity, GoldRelation } from './gold.ts';
import type { DocumentScore, ScoreReport, ScoreSummary } from './score.ts';

/** Summary figures that are shares agree when they are within a tenth of a point of each other. */
export const FIGURE_TOLERANCE = 0.001;

const figures = (s: ScoreSummary): [string, number | null][] => [
  ['documents', s.documents],
  ['entity precision', s.entity.precision],
  ['entity recall', s.entity.recall],
  ['entity F1', s.entity.f1],
  ['entity typed recall', s.entity.typedRecall],
  ['relation precision', s.relation.precision],
  ['relation recall', s.relation.recall],
  ['relation F1', s.relation.f1],
  ['relation pair recall', s.relation.pairRecall],
  ['splits within documents', s.splitsWithinDocuments],
  ['splits across the corpus', s.splitsAcrossCorpus],
  ['conflations', s.conflations],
  ['evidence verbatim', s.evidenceVerbatim],
];

const DETAIL: (keyof DocumentScore)[] = ['missed', 'spurious', 'splits', 'conflations', 'rMissed', 'rSpurious'];

/** Each difference between `ours` and `reference`, said in words; empty when they agree. */
export function reportDifferences(ours: ScoreReport, reference: ScoreReport): string[] {
  const differences: string[] = [];
  const theirs = new Map(figures(reference.summary));
  for (const [name, value] of figures(ours.summary)) {
    const other = theirs.get(name) ?? null;
    const agree = value === null || other === null ? value === other : Math.abs(value - other) < FIGURE_TOLERANCE;
    if (!agree) differences.push(`${name}: ours ${value}, reference ${other}`);
  }
  const referenceDocs = new Map(reference.perDoc.map((d) => [d.document, d]));
  for (const d of ours.perDoc) {
    const r = referenceDocs.get(d.document);
    if (!r) {
      differences.push(`${d.document}: scored by ours only`);
      continue;
    }
    for (const field of DETAIL) {
      const mine = d[field] as string[];
      const other = r[field] as string[];
      const onlyOurs = mine.filter((x) => !other.includes(x));
      const onlyTheirs = other.filter((x) => !mine.includes(x));
      if (onlyOurs.length) differences.push(`${d.document} ${field}: only ours lists ${onlyOurs.join('; ')}`);
      if (onlyTheirs.length)
        differences.push(`${d.document} ${field}: only the reference lists ${onlyTheirs.join('; ')}`);
    }
  }
  for (const r of reference.perDoc)
    if (!ours.perDoc.some((d) => d.document === r.document))
      differences.push(`${r.document}: scored by the reference only`);
  return differences;
}

const describeEntity = (e: GoldEntity) =>
  `${e.id} (${(e.types ?? [e.type]).join('/')}${e.optional ? ', optional' : ''}: ${e.names.join(', ')})`;
const describeRelation = (r: GoldRelation) => `${r.source} ${r.type} ${r.target}${r.optional ? ' (optional)' : ''}`;

/** Where two sets of annotations of the same documents differ: entities and relations only one of them has. */
export function annotationDifferences(ours: GoldDocument[], reference: GoldDocument[]): string[] {
  const differences: string[] = [];
  const theirs = new Map(reference.map((g) => [g.document, g]));
  for (const g of ours) {
    const r = theirs.get(g.document);
    if (!r) {
      differences.push(`${g.document}: annotated by ours only`);
      continue;
    }
    const only = (kind: string, mine: string[], other: string[]) => {
      for (const x of mine.filter((m) => !other.includes(m)))
        differences.push(`${g.document} ${kind}: only ours has ${x}`);
      for (const x of other.filter((o) => !mine.includes(o)))
        differences.push(`${g.document} ${kind}: only the reference has ${x}`);
    };
    only('entity', g.entities.map(describeEntity), r.entities.map(describeEntity));
    // Relations are told apart by their ends, type and optionality: a reworded evidence quote is the same annotation.
    only('relation', [...new Set(g.relations.map(describeRelation))], [...new Set(r.relations.map(describeRelation))]);
  }
  return differences;
}
