// The scorer's text report (per document, then one summary line) and the bars a run can be held to.
import type { ScoreReport, ScoreSummary } from './score.ts';

const percent = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

/** The line every run ends with: entity and relation P/R/F1, splits within+across documents, evidence. */
export function summaryLine(s: ScoreSummary): string {
  return (
    `entity P ${percent(s.entity.precision)} R ${percent(s.entity.recall)} F1 ${percent(s.entity.f1)} ` +
    `typed-R ${percent(s.entity.typedRecall)} | ` +
    `relation P ${percent(s.relation.precision)} R ${percent(s.relation.recall)} F1 ${percent(s.relation.f1)} ` +
    `pair-R ${percent(s.relation.pairRecall)} | ` +
    `splits ${s.splitsWithinDocuments}+${s.splitsAcrossCorpus} conflations ${s.conflations} ` +
    `evidence ${percent(s.evidenceVerbatim)}`
  );
}

/** What each document found, missed, split and conflated, where the missed relations were lost, then the summary line. */
export function reportLines({ perDoc, corpusSplits, summary }: ScoreReport): string[] {
  const lines: string[] = [];
  const list = (label: string, items: string[]) => {
    if (items.length) lines.push(`  ${label}: ${items.join('; ')}`);
  };
  for (const d of perDoc) {
    lines.push('', `## ${d.document}`);
    lines.push(`entities: found ${d.found}/${d.gold}, typed ${d.typed}, correct ${d.predOk}/${d.pred} extracted`);
    list('missed', d.missed);
    list('not in gold', d.spurious);
    list('split', d.splits);
    list('conflated', d.conflations);
    lines.push(`relations: found ${d.rFound}/${d.rGold} (pair ${d.rPair}), correct ${d.rPredOk}/${d.rPred} extracted`);
    list(
      'missed',
      d.rMissed.map((r, i) => `${r} (${d.rMissedWhy[i]})`),
    );
    list('not in gold', d.rSpurious);
  }
  if (corpusSplits.length) lines.push('', `split across documents: ${corpusSplits.join('; ')}`);
  lines.push('', missedByLine(summary), summaryLine(summary));
  return lines;
}

/** Where the missed relations were lost, so that work goes to the stage that lost most. */
export function missedByLine(s: ScoreSummary): string {
  const counts = Object.entries(s.missedBy).filter(([, n]) => n > 0);
  const total = counts.reduce((n, [, k]) => n + k, 0);
  return `relations missed ${total}: ${counts.map(([cause, n]) => `${cause} ${n}`).join(', ') || 'none'}`;
}

export interface QualityBars {
  minEntityF1?: number;
  minRelationF1?: number;
  /** Splits within documents plus splits across the corpus. */
  maxSplits?: number;
}

/** The bars `summary` misses, each said in words; empty when it meets them all. */
export function missedBars(summary: ScoreSummary, bars: QualityBars): string[] {
  const missed: string[] = [];
  const splits = summary.splitsWithinDocuments + summary.splitsAcrossCorpus;
  if (bars.minEntityF1 !== undefined && summary.entity.f1 < bars.minEntityF1)
    missed.push(`entity F1 ${percent(summary.entity.f1)} is under ${percent(bars.minEntityF1)}`);
  if (bars.minRelationF1 !== undefined && summary.relation.f1 < bars.minRelationF1)
    missed.push(`relation F1 ${percent(summary.relation.f1)} is under ${percent(bars.minRelationF1)}`);
  if (bars.maxSplits !== undefined && splits > bars.maxSplits)
    missed.push(`${splits} splits, more than ${bars.maxSplits}`);
  return missed;
}
