// Comparing two scorers' reports: figures within a tenth of a point agree, and every detail that differs is listed.
import { describe, expect, it } from 'vitest';
import { reportDifferences } from '../../src/quality/compare.ts';
import { scoreGraph, type ScoreReport } from '../../src/quality/score.ts';
import { entity, goldOf, graphOf } from './graphs.ts';

const report = (): ScoreReport =>
  scoreGraph(graphOf([{ key: 'p:galeotti', label: 'Galeotti' }]), [
    goldOf([entity('galeotti', ['Galeotti']), entity('clarke', ['Michael Clarke'])]),
  ]);

describe('reportDifferences', () => {
  it('finds none between equal reports, or figures less than 0.1 point apart', () => {
    const other = report();
    other.summary.entity.recall += 0.0009;
    expect(reportDifferences(report(), other)).toEqual([]);
  });

  it('names each figure further apart, and each detail only one of them lists', () => {
    const other = report();
    other.summary.entity.recall = 0.6;
    other.summary.evidenceVerbatim = 1;
    other.perDoc[0].missed = ['Mark Galeotti'];
    expect(reportDifferences(report(), other)).toEqual([
      'entity recall: ours 0.5, reference 0.6',
      'evidence verbatim: ours null, reference 1',
      'a.txt missed: only ours lists Michael Clarke',
      'a.txt missed: only the reference lists Mark Galeotti',
    ]);
  });

  it('names a document only one of them scored', () => {
    const other = report();
    other.perDoc[0].document = 'b.txt';
    expect(reportDifferences(report(), other)).toEqual([
      'a.txt: scored by ours only',
      'b.txt: scored by the reference only',
    ]);
  });
});
