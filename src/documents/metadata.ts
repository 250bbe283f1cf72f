// What a document's text says about itself: title, outlet, publication date, author, length.
import { bylineOf, titleCase } from './bylines.ts';
import { afterDateLabel, dateInLine, dateOfAddressLine, dateOfLine, dateOfUpdatedLine } from './dates.ts';
import { knownOutlet, knownOutletIn, outletName, outletOfDomainLine, outletOfHost } from './outlets.ts';

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

/** The stated title, else the first non-empty line of the text (the headline, once boilerplate is gone). */
/** The first line with words, past a scraped page's date label ("date 2024-07-16 They Scam…" -> "They Scam…"). */
function firstLine(text: string): string {
  for (const line of text.split('\n')) {
    const words = afterDateLabel(line).trim();
    if (words) return words;
  }
  return '';
}

export function documentTitle(stated: string | null, text: string): string {
  const title = stated?.trim() || firstLine(text);
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_TITLE_LENGTH).trimEnd()}…`;
}

const CREDIT_LEADS = [
  // "Source" as pages in other languages label it: Russian, Spanish, Portuguese, German, Turkish.
  'sources?|источник|fuente|fonte|quelle|kaynak',
  'via',
  '(?:originally |first )?published (?:by|in|on|at)',
  'this (?:article|story) (?:was )?(?:originally |first )?(?:published|appeared) (?:by|in|on|at)',
];
// "Source: Reuters", "SOURCE:AA", "via Reuters": a separator, a space, or both.
// "(Source: Bloomberg News, Jan. 11, 2010; Wall Street Journal, …)": in brackets, the first outlet of several.
const CREDIT_LINE = new RegExp(
  `^\\(?(?:${CREDIT_LEADS.join('|')})(?:\\s*[:\\-–—]\\s*|\\s+)([^,;()]+?)\\.?(?:$|\\)|[,;]\\s)`,
  'iu',
);
const OUTLET_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&.' -]{0,60}$/u;
// "Source: Getty Images" credits a photo, not the story.
const PHOTO_CREDIT = /\b(?:getty|shutterstock|alamy|images?|photos?)\b/i;
// "LONDON (Reuters) -", "KYIV, Ukraine (AP) —", "TOWN, Country — (AP) —", "(CNN)The", "( BBC ) -": the wire or outlet
// that filed the story.
const DATELINE =
  /^(?:\p{Lu}{2,}[\p{L}\p{N}.,' /–—-]{0,40}\s)?\(\s?(\p{Lu}[\p{L}\p{N}.&' ]{1,30})\)\s*(?:[-–—]|(?=\p{Lu}))/u;
// "Kuala Lumpur (VNA) –", "Hong Kong, Apr 30 (EFE).-", "(Bloomberg) --": a place (and day) before a known outlet in
// brackets.
const KNOWN_DATELINE = /^(?:\p{Lu}[\p{L}\p{N}.,' -]{1,40}\s)?\((\p{Lu}[\p{L}\p{N}.&' /-]{1,40})\)\.?\s*(?:[-–—]|$)/mu;
// "New Delhi, Nov 18 (PTI) Bharti Global …": after a place and a day the story may follow without a dash.
const DAY_DATELINE =
  /^\p{Lu}[\p{L}.' -]{1,30},\s+\p{L}{3,9}\.?\s+\d{1,2}\s+\((\p{Lu}[\p{L}\p{N}.&' /-]{1,40})\)\s+(?=\p{Lu})/u;
// "[JURIST] Lawyers for …": the site's name in capitals, in square brackets, opening the story.
const BRACKETED_OPENING = /^\[(\p{Lu}[\p{Lu}\p{N}&.' -]{1,30})\]\s/u;
// "Reuters | Rio De Janeiro | Updated: …", "Nairobi, Kenya | AFP | Veteran …": a page's story line as fields.
const FIELD_SEPARATOR = /\s\|\s/;
// "Associated Press Writer": the wire's staff title under a byline.
const STAFF_LINE = /^(.+?)\s+(?:staff\s+)?(?:writer|correspondent|reporter)$/iu;
// "REUTERS: Rogers said …", "AFP - The army said …": a known outlet opening the story.
const OUTLET_OPENING = /^(\p{Lu}[\p{L}.&' ]{1,30}?)\s*(?::|\s[-–—])\s/u;
// "LONDON, March 10. /TASS/. The UK …": a wire's dateline with its name between slashes.
const SLASHED_DATELINE = /^\p{Lu}[\p{L}\p{N}.,' -]{1,40}?\.\s*\/(\p{Lu}[\p{L}\p{N}.&' -]{1,30})\/\.?\s/u;
// "… against the rebel holdouts. ― AFP", "- Reuters": a wire signing off a paragraph (known outlets only).
const SIGN_OFF = /(?:^|\s)[―—–-]{1,2}\s*(\p{Lu}[\p{L}.&' ]{1,30}?)\.?$/u;
// "… as oil prices were rising. AP": a wire's initials alone after the paragraph's last sentence.
const BARE_SIGN_OFF = /[.!?”"’]\s+(\p{Lu}{2,5})$/u;
/** Datelines open a story, so only the first paragraphs (page furniture may come before) are looked at. */
const DATELINE_PARAGRAPHS = 5;
/** Credits and stamps stand above the story: further down, "Reuters, May 3, 2024" is a reference in a list. */
const STAMP_LINES = 10;
// "Headline | FRIDAY DIGITAL": a page's title line, the site's name after the headline that the page repeats below.
const TITLE_LINE = /^(.+?)\s+(?:\||[-–—])\s+([^|]+)$/u;
/** Lines from the top where the headline may repeat its page's title line (chrome may come between). */
const TITLE_REPEAT_LINES = 8;
// "You can now listen to Fox News articles!", "… by downloading the RFI app", "Follow Reuters on X": the site's
// chrome naming the site (known outlets only: "download the TikTok app" names no outlet of the page).
const CHROME_MENTION =
  /\b(?:[Ll]isten to|[Dd]ownload(?:ing)? the|[Ff]ollow)\s+(\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)(?:['’]s)?\s+(?:articles|app|on)\b/u;
// "…, the BBC reports.", "…, reports Xinhua news agency.": the lead retelling a known outlet's story, present tense
// (a past "…, Reuters reported." cites one report among the page's own).
const LEAD_CREDIT =
  /(?:,\s+(?:the\s+)?(\p{Lu}[\p{L}.&' -]{1,40}?)\s+reports|,?\s+reports\s+(?:the\s+)?(\p{Lu}[\p{L}.&' -]{1,40}?))\.$/u;
// "The Independent is trusted by Americans … we choose not to lock Americans out of our reporting": the site's appeal
// to its readers, naming it (a line without quotation marks: "We stand by our reporting," the BBC said, is a quote).
// Within a sentence, bounded so that a long line of "our … our …" costs no more than a pass.
const READER_APPEAL =
  /\b(?:our|us)\b[^.]{0,200}?\b(?:journalism|reporting|journalists|newsroom)\b|\b(?:support|donate to) us\b/i;
const QUOTATION = /["“”«»]/;
/** Lines of the lead (the first may be the headline, or already the story) where a credit of the story is read. */
const LEAD_LINES = 4;
// "…, DAILY POST gathered.": a paper naming itself in capitals as the one that found something out.
const SELF_REFERENCE =
  /\b(\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,3})\s+(?:has\s+|have\s+)?(?:gathered|learnt|learned|observed|understands|can\s+(?:report|reveal|confirm))\b/u;
// "© 2024 The Guardian", "Copyright 2023 The Associated Press. All rights reserved."
const COPYRIGHT =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:[.,]?\s*all rights reserved)?\.?$/iu;
// "… posted on media.guardian.co.uk", "Read more at www.reuters.com": a credit naming a site.
const SITE_CREDIT =
  /\b(?:published|posted|appeared|first ran|read (?:more|the full (?:story|report|article)))\b[^.]{0,40}?\b(?:on|at|in)\s+(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/iu;

/**
 * The outlet the text itself names as its origin, under its canonical name when it is a known outlet: a credit line
 * ("Source: Reuters"), a known outlet credited over the story's date at the top ("Xinhua, November 4, 2016"), a wire
 * dateline ("LONDON (Reuters) -"), a known outlet opening the story ("REUTERS: …"), a byline's outlet ("By Jane Doe,
 * CNN", "By Reuters"), a copyright line ("© 2024 The Guardian"), the site's name in the page's title line
 * ("Headline | Site" above the headline), a paper naming itself in capitals ("DAILY POST gathered"), the site's chrome
 * or reader appeal naming a known outlet ("listen to Fox News articles"), a credit naming a site, a line that is a
 * known outlet's address or name (a site name in the page's chrome), the lead retelling a known outlet's story
 * ("…, the BBC reports."), a wire's staff title ("Associated Press Writer"), last a known wire signing off a
 * paragraph ("… ― AFP", "… rising. AP"). In the opening paragraphs also "[JURIST] …" and a story line of fields
 * ("Reuters | Rio De Janeiro | Updated: …"). A mere mention ("told NBC News", "…, Reuters reported.": pages cite
 * other outlets so) is not.
 */
export function sourceOfText(text: string): string | null {
  const stated = statedSource(text);
  return stated ? outletName(stated) : null;
}

function statedSource(text: string): string | null {
  const lines = text.split('\n').map((line) => line.trim());
  const filled = lines.filter(Boolean);
  for (const line of lines) {
    const credit = CREDIT_LINE.exec(line)?.[1]?.trim();
    if (!credit || PHOTO_CREDIT.test(credit)) continue;
    const outlet = outletOfDomainLine(credit) ?? (OUTLET_NAME.test(credit) && wordCount(credit) <= 6 ? credit : null);
    if (outlet) return outlet;
  }
  for (const line of filled.slice(0, STAMP_LINES)) {
    const outlet = creditOfStamp(line);
    if (outlet) return outlet;
  }
  const openings = text.split(/\n\s*\n/).slice(0, DATELINE_PARAGRAPHS);
  // A scraped page's date label may open the first paragraph ("date 2024-07-16 KYIV (AP) — …").
  for (const paragraph of openings.map((p) => afterDateLabel(p.trim()))) {
    const wire =
      DATELINE.exec(paragraph)?.[1] ??
      SLASHED_DATELINE.exec(paragraph)?.[1] ??
      knownIn((KNOWN_DATELINE.exec(paragraph) ?? DAY_DATELINE.exec(paragraph))?.[1]);
    if (wire) return wire.trim();
    const opening =
      knownIn(OUTLET_OPENING.exec(paragraph)?.[1]) ??
      BRACKETED_OPENING.exec(paragraph)?.[1] ??
      (FIELD_SEPARATOR.test(paragraph) ? knownField(paragraph) : null);
    if (opening) return opening.trim();
  }
  const byline = bylineOf(text)?.outlet;
  if (byline) return byline;
  for (const line of lines) {
    const owner = COPYRIGHT.exec(line)?.[1]?.trim();
    if (owner && !PHOTO_CREDIT.test(owner) && OUTLET_NAME.test(owner) && wordCount(owner) <= 6) return owner;
  }
  const site = siteOfTitleLine(filled);
  if (site) return site;
  for (const line of lines) {
    const self = SELF_REFERENCE.exec(line)?.[1];
    if (self) return titleCase(self);
  }
  for (const line of lines) {
    const outlet =
      knownIn(CHROME_MENTION.exec(line)?.[1]) ??
      (READER_APPEAL.test(line) && !QUOTATION.test(line) ? knownOutletIn(line) : null);
    if (outlet) return outlet;
  }
  for (const line of lines) {
    const site = SITE_CREDIT.exec(line)?.[1];
    const outlet = outletOfDomainLine(line) ?? (site ? outletOfHost(site) : null) ?? knownIn(line);
    if (outlet) return outlet;
  }
  const lead = filled.slice(0, LEAD_LINES);
  for (const sentence of lead.flatMap((line) => line.split(/(?<=[.!?])\s+/))) {
    const credit = LEAD_CREDIT.exec(sentence);
    const outlet = knownIn(credit?.[1] ?? credit?.[2]);
    if (outlet) return outlet;
  }
  for (const line of lines) {
    const outlet = knownIn(STAFF_LINE.exec(line)?.[1]);
    if (outlet) return outlet;
  }
  for (const line of lines) {
    const outlet = knownIn(SIGN_OFF.exec(line)?.[1]) ?? knownIn(BARE_SIGN_OFF.exec(line)?.[1]);
    if (outlet) return outlet;
  }
  return null;
}

/**
 * The known outlet credited over the story's date: "From Associated Press| December 27, 2007", "Xinhua, November 4,
 * 2016 Adjust font size:".
 */
function creditOfStamp(line: string): string | null {
  const credit = dateInLine(line)?.lead.replace(/^from\s+/i, '');
  return credit ? knownIn(credit) : null;
}

/** The site's name in a page's title line ("Headline | Site") when the headline follows on a line of its own. */
function siteOfTitleLine(lines: string[]): string | null {
  const title = lines[0] ? TITLE_LINE.exec(lines[0]) : null;
  if (!title || !lines.slice(1, TITLE_REPEAT_LINES).includes(title[1]!.trim())) return null;
  const site = title[2]!.trim();
  return OUTLET_NAME.test(site) && wordCount(site) <= 6 ? site : null;
}

/** The first of a line's "|"-separated fields that is a known outlet's name. */
function knownField(line: string): string | null {
  for (const field of line.split(FIELD_SEPARATOR)) {
    const outlet = knownIn(field.trim());
    if (outlet) return outlet;
  }
  return null;
}

function knownIn(name: string | undefined): string | null {
  return name ? knownOutlet(name) : null;
}

/** Who wrote the story, as its byline gives it. */
export function authorOfText(text: string): string | null {
  return bylineOf(text)?.author ?? null;
}

/**
 * The date of the first line that is only a date (and maybe a time), such as "25 May 2023 02:02", opens with a
 * labelled one ("Published 26 Jun 2023") or, among the top lines, is a stamp ("Brussels, 3 June 2022", "by VOA News
 * September 18, 2014"), unless that is a masthead's date above the headline; else the date in the path of a line that
 * is the page's address; else an "Updated: …" line's.
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

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Word tokens: runs of letters and digits, with inner apostrophes, dots and hyphens ("Putin’s", "neo-Nazi"). */
export function wordCount(text: string): number {
  // Counted without the array of every word that match() would make: it runs on whole documents.
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) count++;
  return count;
}
