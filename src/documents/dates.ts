// Reading publication dates written the ways news pages write them, as ISO calendar dates (YYYY-MM-DD).

/** The months' English names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|' +
  'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// "GMT+3", "EDT", "(UTC +04:00)".
const ZONE = '(?:\\s*\\(?(?:z|utc|gmt|[a-z]{2,4}t)?\\s*(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)';
const SEPARATOR = '(?:,|\\||·|•|-|–|—|at)';
const TIME = `(?:\\s*${SEPARATOR}?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:[ap]\\.?m\\.?)?${ZONE})?`;
// "Published"/"Posted" say the date is the publication's; "Updated" lines are left alone on purpose.
const LABEL = '(?:(?:first\\s+)?published|posted|date[d]?)(?:\\s+on)?\\s*:?\\s*';
// "• November 5, 2024": a page's date line may open with a list bullet or a separator.
const LEAD = `(?:[•·|]\\s*)?(?:${LABEL})?`;
// "Published 3:45 PM EST, Mon May 22, 2023": the time may come first.
const TIME_FIRST = '(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:z|utc|gmt|[a-z]{2,4}t))?\\s*,?\\s*)?';

const DAY_MONTH_YEAR_FORM = `${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}${TIME}`;
// "December 27 , 2007": scraped pages may space the comma.
const MONTH_DAY_YEAR_FORM = `${WEEKDAY}${MONTH}\\s+${DAY}\\s*,?\\s+${YEAR}${TIME}`;
const ISO_FORM = `(\\d{4})-(\\d{2})-(\\d{2})(?:(?:t|\\s+)\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?${ZONE})?`;
// "12.03.2024": with dots the day comes first (European pages); slashed dates are left alone, "03/12/2024" being
// either day.
const DOTTED_FORM = `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}`;

const DAY_MONTH_YEAR = new RegExp(`^${LEAD}${TIME_FIRST}${DAY_MONTH_YEAR_FORM}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${LEAD}${TIME_FIRST}${MONTH_DAY_YEAR_FORM}$`, 'i');
const ISO = new RegExp(`^${LEAD}${ISO_FORM}$`, 'i');
const DOTTED = new RegExp(`^${LEAD}${DOTTED_FORM}$`, 'i');
// With a label, the date may open a line that goes on ("date 2023-11-01 They Scammed Wall Street …"): scraped pages
// run the page's date line into the headline.
const LABELLED = [DAY_MONTH_YEAR_FORM, MONTH_DAY_YEAR_FORM, ISO_FORM, DOTTED_FORM].map(
  (form) => new RegExp(`^${LABEL}${TIME_FIRST}${form}(?=$|\\s|[,.;|·•])`, 'i'),
);
// A date written anywhere in a line, not inside a word or number.
const ANY_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[DAY_MONTH_YEAR_FORM, MONTH_DAY_YEAR_FORM, ISO_FORM, DOTTED_FORM].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * The date a line gives when the line is nothing but a date (and maybe a time), e.g. "25 May 2023 02:02", or
 * opens with a labelled one ("Published 3:45 PM EST, Mon May 22, 2023 …"). A date inside a sentence is not one.
 */
export function dateOfLine(line: string): string | null {
  const text = line.trim();
  const [dayMonthYear, monthDayYear, iso, dotted] = LABELLED.map((pattern) => pattern.exec(text));
  let match = DAY_MONTH_YEAR.exec(text) ?? dayMonthYear;
  if (match) return isoDate(match[3]!, monthNumber(match[2]!), match[1]!);
  match = MONTH_DAY_YEAR.exec(text) ?? monthDayYear;
  if (match) return isoDate(match[3]!, monthNumber(match[1]!), match[2]!);
  match = ISO.exec(text) ?? iso;
  if (match) return isoDate(match[1]!, Number(match[2]), match[3]!);
  match = DOTTED.exec(text) ?? dotted;
  if (match) return isoDate(match[3]!, Number(match[2]), match[1]!);
  return null;
}

/** A date written in a line, with what comes before and after it; `timed` when a clock time follows the day. */
export interface DateInLine {
  date: string;
  before: string;
  /** `before` without the separator that sets it off from the date ("Xinhua, " -> "Xinhua"). */
  lead: string;
  after: string;
  timed: boolean;
}

/** The first date written anywhere in `line` ("by VOA News September 18, 2014"), or null. */
export function dateInLine(line: string): DateInLine | null {
  const match = ANY_DATE.exec(line);
  const date = match && dateOfLine(match[0]);
  if (!match || !date) return null;
  return {
    date,
    before: line.slice(0, match.index),
    lead: line.slice(0, match.index).replace(/[\s,|·•–—-]+$/u, ''),
    after: line.slice(match.index + match[0].length),
    // Every form has its clock time after the year.
    timed: /\d[:.]\d{2}/.test(match[0].slice(match[0].search(/\d{4}/) + 4)),
  };
}

// "BUENOS AIRES, Oct. 25 (Xinhua) --", "… Beijing, Feb 2 (AFP) …": a dateline's day, before a wire's or paper's name
// in brackets; the month is checked apart (a month pattern here would need the flag that makes \p{Lu} any letter).
const DATELINE_DAY = /(?:^|\s)\p{Lu}[\p{L}.' -]{1,30},\s+(\p{L}{3,9})\.?\s+(\d{1,2})\s+\(\s?\p{Lu}/u;
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'i');
const EVERY_DATE = new RegExp(ANY_DATE.source, 'giu');

/**
 * The date a dateline's day falls on when the dateline gives no year ("BUENOS AIRES, Oct. 25 (Xinhua) --"): the
 * first full date of that month and day elsewhere in `text` ("… in Guatemala City on Oct. 25, 2015", a caption).
 */
export function dateOfDatelineDay(paragraph: string, text: string): string | null {
  const dateline = DATELINE_DAY.exec(paragraph);
  if (!dateline || !MONTH_WORD.test(dateline[1]!)) return null;
  const day = `-${String(monthNumber(dateline[1]!)).padStart(2, '0')}-${dateline[2]!.padStart(2, '0')}`;
  for (const match of text.matchAll(EVERY_DATE)) {
    const date = dateOfLine(match[0]);
    if (date?.endsWith(day)) return date;
  }
  return null;
}

/** The date of a line that is only an update stamp ("Updated: 2014-07-31 15:35", "Last updated May 3, 2024"). */
export function dateOfUpdatedLine(line: string): string | null {
  const stamp = /^(?:last\s+)?updated(?:\s+on)?\s*:?\s*/i.exec(line.trim());
  return stamp ? dateOfLine(line.trim().slice(stamp[0].length)) : null;
}

/** The line after the labelled date it opens with ("date 2024-07-16 KYIV (AP) — …" -> "KYIV (AP) — …"). */
export function afterDateLabel(line: string): string {
  const text = line.trimStart();
  const match = LABELLED.map((pattern) => pattern.exec(text)).find(Boolean);
  return match ? text.slice(match[0].length).trimStart() : line;
}

/** The date in the path of a line that is only a page's address ("news.example.org/2024/02/06/strikes-…"). */
export function dateOfAddressLine(line: string): string | null {
  const match = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*?\b((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//i.exec(
    line.trim(),
  );
  return match && !/\s/.test(line.trim()) ? isoDate(match[1]!, Number(match[2]), match[3]!) : null;
}

/** A date from page metadata: ISO timestamps keep the publisher's own calendar day; other forms are parsed. */
export function dateOfValue(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return isoDate(iso[1]!, Number(iso[2]), iso[3]!);
  const fromLine = dateOfLine(text);
  if (fromLine) return fromLine;
  // RFC 2822 ("Thu, 25 May 2023 02:02:00 GMT") and other forms the JavaScript parser knows.
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isoDate(year: string, month: number, day: string): string | null {
  const y = Number(year);
  const d = Number(day);
  if (y < 1900 || y > 2100 || month < 1 || month > 12 || d < 1) return null;
  // Day 0 of the next month is the last day of this one, which rejects dates like 31 April.
  if (d > new Date(Date.UTC(y, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
