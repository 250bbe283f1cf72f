// What a document's text says about itself: title, outlet, publication date, author, length.
import { bylineOf } from './bylines.ts';
import {
  afterDateLabel,
  dateInLine,
  dateOfAddressLine,
  dateOfDatelineDay,
  dateOfLine,
  dateOfUpdatedLine,
} from './dates.ts';
import { outletName } from './outlets.ts';
import { creditOfStamp, pageLines, sourceRules, STAMP_LINES } from './sourceRules.ts';

/** What a format states outright (front matter, HTML meta); null where it says nothing. */
export interface StatedMeta {
  title: string | null;
  source: string | null;
  published: string | null;
  author: string | null;
}

export const NOTHING_STATED: StatedMeta = { title: null, source: null, published: null, author: null };

/** Past this a first line is a paragraph rather than a headline, and the explorer's panels need a short title. */
const MAX_TITLE_LENGTH = 160;

/** The first line with words, past a scraped page's date label ("date 2024-07-16 They Scam…" -> "They Scam…"). */
function firstLine(text: string): string {
  for (const line of text.split('\n')) {
    const words = afterDateLabel(line).trim();
    if (words) return words;
  }
  return '';
}

/** The stated title, else the first non-empty line of the text (the headline, once boilerplate is gone). */
export function documentTitle(stated: string | null, text: string): string {
  const title = stated?.trim() || firstLine(text);
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_TITLE_LENGTH).trimEnd()}…`;
}

/**
 * The outlet the text itself names as its origin, under its canonical name when it is a known outlet: what the first
 * of `sourceRules` that reads one gives. A mere mention ("told NBC News", "…, Reuters reported.": pages cite other
 * outlets so) is not one; only a wire service named as the one told is, and last of all.
 */
export function sourceOfText(text: string): string | null {
  const page = pageLines(text);
  for (const rule of sourceRules) {
    const stated = rule.read(page);
    if (stated) return outletName(stated.trim());
  }
  return null;
}

/** Who wrote the story, as its byline gives it. */
export function authorOfText(text: string): string | null {
  return bylineOf(text)?.author ?? null;
}

/**
 * The date of the first line that is only a date (and maybe a time), such as "25 May 2023 02:02", opens with a
 * labelled one ("Published 26 Jun 2023") or, among the top lines, is a stamp ("Brussels, 3 June 2022", "by VOA News
 * September 18, 2014"), unless that is a masthead's date above the headline; else the date in the path of a line that
 * is the page's address; else the day of a dateline without its year, in a full date elsewhere in the page; else an
 * "Updated: …" line's.
 */
export function publishedOfText(text: string): string | null {
  const lines = text.split('\n');
  const top = new Set(lines.flatMap((line, i) => (line.trim() ? [i] : [])).slice(0, STAMP_LINES));
  const dated = lines.flatMap((line, i) => {
    const date = dateOfLine(line) ?? (top.has(i) ? dateOfStampLine(line) : null);
    return date ? [{ date, i }] : [];
  });
  if (dated.length) return (afterMastheadDate(lines, dated) ?? dated[0]!).date;
  for (const line of lines) {
    const date = dateOfAddressLine(line);
    if (date) return date;
  }
  for (const paragraph of pageLines(text).openings) {
    const date = dateOfDatelineDay(paragraph, text);
    if (date) return date;
  }
  // An "Updated" date is a later one than the publication's, but where the page gives no other it is the best known.
  for (const line of lines) {
    const date = dateOfUpdatedLine(line);
    if (date) return date;
  }
  return null;
}

// "Other News Materials 19 February 2008 03:06": a short label before a timestamp (a day and a clock time), in
// capitalised words, as a label is set ("Talks were held on 19 February 2008 03:06" is a sentence).
const STAMP_LABEL = /^\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3}$/u;
// "by VOA News September 18, 2014": a byline with the story's date after it.
const DATED_BYLINE = /^by\s+[^.;:!?]{1,40}$/iu;
const NOT_PUBLISHED = /\b(?:updated|modified|edited|revised)\b/i;
// "Brussels, 3 June 2022": a press release's place before its date.
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2},\s*$/u;

/**
 * The date of a line that is a credit or label with the story's date: a known outlet's, a byline's, a place's, a
 * timestamp's.
 */
function dateOfStampLine(line: string): string | null {
  const found = dateInLine(line.trim());
  if (!found) return null;
  if (creditOfStamp(line.trim())) return found.date;
  if (found.after.trim() || NOT_PUBLISHED.test(found.lead)) return null;
  const stamp =
    DATED_BYLINE.test(found.lead) ||
    PLACE_BEFORE_DATE.test(found.before.trim()) ||
    (found.timed && STAMP_LABEL.test(found.lead));
  return stamp ? found.date : null;
}

/** Lines from a headline to the story's own date line: the byline block ("Jane Doe", "Staff Reporter"). */
const BYLINE_BLOCK_LINES = 3;

/**
 * A page's masthead may print the day it was viewed above the headline ("Thursday, November 26, 2015", then the
 * headline, the byline and the story's own date): where a date line opens the page and another follows the headline
 * within the byline block, the story's is the second.
 */
function afterMastheadDate(lines: string[], dated: { date: string; i: number }[]): { date: string; i: number } | null {
  const words = lines.map((line, i) => ({ line: line.trim(), i })).filter((l) => l.line);
  const [top, headline] = words;
  if (!top || !headline || dated[0]!.i !== top.i) return null;
  const block = words.slice(2, 2 + BYLINE_BLOCK_LINES).map((l) => l.i);
  return dated.find((d) => block.includes(d.i)) ?? null;
}
