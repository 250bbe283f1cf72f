// What a document's cleaned text says about itself: title, outlet, publication date, length.
import { dateOfLine } from './dates.ts';
import { outletOfDomainLine } from './outlets.ts';

/** What a format states outright (front matter, HTML meta); null where it says nothing. */
export interface StatedMeta {
  title: string | null;
  source: string | null;
  published: string | null;
}

export const NOTHING_STATED: StatedMeta = { title: null, source: null, published: null };

/** Past this a first line is a paragraph rather than a headline, and the explorer's panels need a short title. */
const MAX_TITLE_LENGTH = 160;

/** The stated title, else the first non-empty line of the text (the headline, once boilerplate is gone). */
export function documentTitle(stated: string | null, text: string): string {
  const title = stated?.trim() || (text.split('\n').find((line) => line.trim() !== '') ?? '').trim();
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_TITLE_LENGTH).trimEnd()}…`;
}

const CREDIT_LEADS = [
  'sources?',
  'via',
  '(?:originally |first )?published (?:by|in|on|at)',
  'this (?:article|story) (?:was )?(?:originally |first )?(?:published|appeared) (?:by|in|on|at)',
];
const CREDIT_LINE = new RegExp(`^(?:${CREDIT_LEADS.join('|')})\\s*[:\\-–—]?\\s+(.+?)\\.?$`, 'iu');
const OUTLET_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&.' -]{0,60}$/u;
// "Source: Getty Images" credits a photo, not the story.
const PHOTO_CREDIT = /\b(?:getty|shutterstock|alamy|images?|photos?)\b/i;
// "LONDON (Reuters) -", "KYIV, Ukraine (AP) —", "(CNN)The": the wire or outlet that filed the story.
const DATELINE = /^(?:\p{Lu}{2,}[\p{L}\p{N}.,' /-]{0,40}\s)?\((\p{Lu}[\p{L}\p{N}.&' ]{1,30})\)\s*(?:[-–—]|(?=\p{Lu}))/u;
/** Datelines open a story, so only the first paragraphs (page furniture may come before) are looked at. */
const DATELINE_PARAGRAPHS = 5;

/**
 * The outlet the text itself names as its origin: a credit line ("Source: Reuters"), a wire dateline
 * ("LONDON (Reuters) -") or a line that is a known outlet's domain. A mere mention ("told NBC News") is not enough.
 */
export function sourceOfText(text: string): string | null {
  const lines = text.split('\n').map((line) => line.trim());
  for (const line of lines) {
    const credit = CREDIT_LINE.exec(line)?.[1]?.trim();
    if (!credit || PHOTO_CREDIT.test(credit)) continue;
    const outlet = outletOfDomainLine(credit) ?? (OUTLET_NAME.test(credit) && wordCount(credit) <= 6 ? credit : null);
    if (outlet) return outlet;
  }
  const openings = text.split(/\n\s*\n/).slice(0, DATELINE_PARAGRAPHS);
  for (const paragraph of openings) {
    const wire = DATELINE.exec(paragraph.trim())?.[1];
    if (wire) return wire.trim();
  }
  for (const line of lines) {
    const outlet = outletOfDomainLine(line);
    if (outlet) return outlet;
  }
  return null;
}

/** The date of the first line that is only a date (and maybe a time), such as "25 May 2023 02:02". */
export function publishedOfText(text: string): string | null {
  for (const line of text.split('\n')) {
    const date = dateOfLine(line);
    if (date) return date;
  }
  return null;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Word tokens: runs of letters and digits, with inner apostrophes, dots and hyphens ("Putin’s", "neo-Nazi"). */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
