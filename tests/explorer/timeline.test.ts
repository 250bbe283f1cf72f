// The timeline's bins: the unit follows the span, every period between the first and last date is there (empty
// ones too), each document is counted once, and documents without a usable date are counted apart.
import { describe, expect, it } from 'vitest';
import { binChosen, periodOfBins, timelineOf, toggleUndated } from '../../src/explorer/core/timeline.ts';

const doc = (id: string, published: string | null) => ({ id, published });

describe('the publication timeline', () => {
  it.each([
    [['2023-05-20', '2023-05-25'], 'day', 6, '2023-05-20'],
    [['2023-01-31', '2023-05-02T10:00:00Z'], 'month', 5, '2023-01'],
    [['2017-05-16', '2024-08-11'], 'year', 8, '2017'],
    [['2024-02-29', '2024-02-29'], 'day', 1, '2024-02-29'],
  ])('bins %j by %s into %i periods from %s', (dates, unit, count, first) => {
    const timeline = timelineOf(dates.map((date, i) => doc(`d${i}`, date)));
    expect(timeline.unit).toBe(unit);
    expect(timeline.bins.length).toBe(count);
    expect(timeline.bins[0]!.key).toBe(first);
    expect(timeline.bins.flatMap((bin) => bin.documents).sort()).toEqual(dates.map((_d, i) => `d${i}`).sort());
  });

  it('counts undated documents and dates that are not ISO apart, and gives months their last day', () => {
    const timeline = timelineOf([
      doc('a', '2023-12-15'),
      doc('b', null),
      doc('c', 'last Tuesday'),
      doc('d', '2024-02-03'),
      doc('e', '2024-02-29'),
    ]);
    expect(timeline.undated).toEqual(['b', 'c']);
    expect(timeline.bins.map((bin) => [bin.key, bin.to, bin.documents.length])).toEqual([
      ['2023-12', '2023-12-31', 1],
      ['2024-01', '2024-01-31', 0],
      ['2024-02', '2024-02-29', 2],
    ]);
    expect(timelineOf([doc('x', null)])).toEqual({ unit: 'year', bins: [], undated: ['x'] });
  });

  it('turns a brush over bins into a period, and says which bins it holds', () => {
    const timeline = timelineOf(['2015-03-01', '2018-06-01', '2022-01-01'].map((d, i) => doc(`d${i}`, d)));
    const period = periodOfBins(timeline, 5, 3, true);
    expect(period).toEqual({ from: '2018-01-01', to: '2020-12-31', dated: true, undated: true });
    expect(timeline.bins.map((bin) => binChosen(period, bin))).toEqual([0, 0, 0, 1, 1, 1, 0, 0].map(Boolean));
    expect(timeline.bins.every((bin) => binChosen(null, bin))).toBe(true);
  });

  it('switches the undated documents: alone, added to a period, and back to no period', () => {
    const only = toggleUndated(null);
    expect(only).toEqual({ from: null, to: null, dated: false, undated: true });
    expect(toggleUndated(only)).toBeNull();
    const period = { from: '2020-01-01', to: null, dated: true, undated: false };
    expect(toggleUndated(period)).toEqual({ ...period, undated: true });
  });
});
