// The timeline's data: documents counted per period of publication (days, months or years, whichever keeps the span
// readable), every period between the first and the last shown, and the undated documents counted apart.
import type { DocumentRecord } from '../../model/graph.ts';
import type { Period } from './filters.ts';

export type TimeUnit = 'day' | 'month' | 'year';

export interface TimeBin {
  /** "2023", "2023-05" or "2023-05-25". */
  key: string;
  /** First and last day of the period (ISO). */
  from: string;
  to: string;
  documents: string[];
}

export interface Timeline {
  unit: TimeUnit;
  bins: TimeBin[];
  undated: string[];
}

/** Days up to this span, months up to MONTHS_UP_TO, years beyond. */
const DAYS_UP_TO = 62;
const MONTHS_UP_TO = 48;

const DAY_MS = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const lastDayOfMonth = (year: number, month: number) => isoDay(Date.UTC(year, month + 1, 0));

function binsOf(unit: TimeUnit, first: string, last: string): TimeBin[] {
  const bins: TimeBin[] = [];
  if (unit === 'day') {
    for (let t = Date.parse(first); t <= Date.parse(last); t += DAY_MS) {
      const day = isoDay(t);
      bins.push({ key: day, from: day, to: day, documents: [] });
    }
  } else if (unit === 'month') {
    let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1];
    while (`${year}-${String(month + 1).padStart(2, '0')}` <= last.slice(0, 7)) {
      const key = `${year}-${String(month + 1).padStart(2, '0')}`;
      bins.push({ key, from: `${key}-01`, to: lastDayOfMonth(year, month), documents: [] });
      [year, month] = month === 11 ? [year + 1, 0] : [year, month + 1];
    }
  } else {
    for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++)
      bins.push({ key: String(year), from: `${year}-01-01`, to: `${year}-12-31`, documents: [] });
  }
  return bins;
}

const VALID_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The documents per period of publication. A date that is not ISO counts as undated. */
export function timelineOf(documents: readonly Pick<DocumentRecord, 'id' | 'published'>[]): Timeline {
  const dated = documents
    .filter((doc) => doc.published && VALID_DAY.test(doc.published) && Number.isFinite(Date.parse(doc.published)))
    .map((doc) => ({ id: doc.id, day: doc.published!.slice(0, 10) }))
    .sort((a, b) => a.day.localeCompare(b.day));
  const hasDate = new Set(dated.map((doc) => doc.id));
  const undated = documents.filter((doc) => !hasDate.has(doc.id)).map((doc) => doc.id);
  if (!dated.length) return { unit: 'year', bins: [], undated };
  const first = dated[0]!.day;
  const last = dated.at(-1)!.day;
  const days = (Date.parse(last) - Date.parse(first)) / DAY_MS;
  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  const unit: TimeUnit = days <= DAYS_UP_TO ? 'day' : months <= MONTHS_UP_TO ? 'month' : 'year';
  const bins = binsOf(unit, first, last);
  // Sorted dates fill sorted bins in one pass.
  let at = 0;
  for (const doc of dated) {
    while (bins[at]!.to < doc.day) at++;
    bins[at]!.documents.push(doc.id);
  }
  return { unit, bins, undated };
}

/** The period from bin `a` to bin `b` (in either order), keeping whether undated documents are in. */
export function periodOfBins(timeline: Timeline, a: number, b: number, undated: boolean): Period {
  const [low, high] = a <= b ? [a, b] : [b, a];
  return { from: timeline.bins[low]!.from, to: timeline.bins[high]!.to, dated: true, undated };
}

/** Whether a bin lies within the period's dated range (every bin, with no period). */
export function binChosen(period: Period | null, bin: TimeBin): boolean {
  if (!period) return true;
  return period.dated && (!period.from || bin.to >= period.from) && (!period.to || bin.from <= period.to);
}

/** The undated bar switched: on its own it means "only undated documents"; within a period it adds or drops them. */
export function toggleUndated(period: Period | null): Period | null {
  if (!period) return { from: null, to: null, dated: false, undated: true };
  const next = { ...period, undated: !period.undated };
  if (!next.dated && !next.undated) return null;
  return next;
}
