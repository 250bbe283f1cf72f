// The ways a news page names the outlet it comes from, as an ordered table of readers: the first that reads a name
// wins, so the most direct statements (a credit line, a dateline) come before the weaker signs (chrome naming a known
// outlet, a wire signing off a paragraph). Patterns are general; outlets are known only from the outlet gazetteer.
import { bylineOf, titleCase } from './bylines.ts';
import { afterDateLabel, dateInLine } from './dates.ts';
import {
  isWireService,
  knownOutlet,
  knownOutletAt,
  knownOutletIn,
  outletOfDomainLine,
  outletOfHost,
} from './outlets.ts';
import { wordCount } from './words.ts';

/** A page's text cut the ways the readers look at it. */
export interface PageLines {
  text: string;
  /** Every line, trimmed. */
  lines: string[];
  /** The non-empty lines. */
  filled: string[];
  /** The first paragraphs, a date label that opens one taken off: where datelines stand. */
  openings: string[];
}

export interface SourceRule {
  id: string;
  description: string;
  /** The outlet as the page writes it (a known outlet's canonical name is given later), or null. */
  read: (page: PageLines) => string | null;
}

/** Datelines open a story, so only the first paragraphs (page furniture may come before) are looked at. */
const DATELINE_PARAGRAPHS = 5;
/** Credits and stamps stand above the story: further down, "Reuters, May 3, 2024" is a reference in a list. */
export const STAMP_LINES = 10;
/** Lines from the top where the headline may repeat its page's title line (chrome may come between). */
const TITLE_REPEAT_LINES = 8;
/** Lines of the lead (the first may be the headline, or already the story) where a credit of the story is read. */
const LEAD_LINES = 4;
/** A credited name longer than this is a sentence, not an outlet. */
const MAX_OUTLET_WORDS = 6;

export function pageLines(text: string): PageLines {
  const lines = text.split('\n').map((line) => line.trim());
  return {
    text,
    lines,
    filled: lines.filter(Boolean),
    openings: text
      .split(/\n\s*\n/)
      .slice(0, DATELINE_PARAGRAPHS)
      .map((paragraph) => afterDateLabel(paragraph.trim())),
  };
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
// "New Delhi, Nov 18 (PTI) Bharti Global …": after a place and a day the story may follow without a dash; a scraped
// page may run the headline into it ("… for corruption Beijing, Feb 2 (AFP) Feb 02, 2026 A court …").
const DAY_DATELINE =
  /(?:^|\s)\p{Lu}[\p{L}.' -]{1,30},\s+\p{L}{3,9}\.?\s+\d{1,2}\s+\((\p{Lu}[\p{L}\p{N}.&' /-]{1,40})\)\s+(?=\p{Lu})/u;
// "Belgium, (Brussels Morning Newspaper) The EU Council …": a place, then the paper's own name in brackets, said to be
// a paper by its last word.
const PAPER_DATELINE =
  /^\p{Lu}[\p{L}.' -]{1,30},\s*\((\p{Lu}[\p{L}\p{N}.&' ]{1,40}\s(?:News|Newspaper|Times|Post|Daily|Herald|Tribune|Journal|Gazette|Observer|Radio|TV|Television|Agency|Press))\)\s+(?=\p{Lu})/u;
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
// "Al Jazeera and agencies": the site's credit line for its own story with wire copy in it.
const AGENCIES_CREDIT = /^(\p{Lu}[\p{L}\p{N}&.' -]{1,40}?)\s+(?:and|with|&)\s+(?:news\s+)?(?:agencies|wires)\.?$/u;
// "Headline | FRIDAY DIGITAL": a page's title line, the site's name after the headline that the page repeats below.
const TITLE_LINE = /^(.+?)\s+(?:\||[-–—])\s+([^|]+)$/u;
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
// "…, DAILY POST gathered.": a paper naming itself in capitals as the one that found something out.
const SELF_REFERENCE =
  /\b(\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,3})\s+(?:has\s+|have\s+)?(?:gathered|learnt|learned|observed|understands|can\s+(?:report|reveal|confirm))\b/u;
// "As UNIAN reported earlier, …": an outlet pointing to its own earlier story (known outlets only).
const OWN_EARLIER_REPORT =
  /\b[Aa]s\s+(?:the\s+)?(\p{Lu}[\p{L}.&' -]{1,30}?)\s+(?:has\s+|had\s+)?(?:reported|wrote)\s+(?:earlier|previously|before)\b/u;
// "© 2024 The Guardian", "Copyright 2023 The Associated Press. All rights reserved."
const COPYRIGHT =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:[.,]?\s*all rights reserved)?\.?$/iu;
// "… posted on media.guardian.co.uk", "Read more at www.reuters.com": a credit naming a site.
const SITE_CREDIT =
  /\b(?:published|posted|appeared|first ran|read (?:more|the full (?:story|report|article)))\b[^.]{0,40}?\b(?:on|at|in)\s+(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/iu;
// "… an officer told AFP.", "he told Reuters from Barire": the wire's own reporting, in the story ("according to
// Reuters" cites another's report).
// "… in a video message obtained by AFP", "contacted by telephone by AP": so too what was given to it.
const WIRE_REPORTING =
  /\b(?:told|(?:obtained|seen|reviewed|contacted)(?:\s+by\s+(?:tele)?phone)?\s+by)\s+(?:[Tt]he\s+)?/gu;

function knownIn(name: string | undefined): string | null {
  return name ? knownOutlet(name) : null;
}

/** A credited name short enough, and written as a name, to be an outlet's. */
function outletLike(name: string): boolean {
  return OUTLET_NAME.test(name) && wordCount(name) <= MAX_OUTLET_WORDS;
}

/** The first line for which `read` gives a name. */
function firstOf(lines: string[], read: (line: string) => string | null | undefined): string | null {
  for (const line of lines) {
    const found = read(line);
    if (found) return found;
  }
  return null;
}

/**
 * The known outlet credited over the story's date: "From Associated Press| December 27, 2007", "Xinhua, November 4,
 * 2016 Adjust font size:".
 */
export function creditOfStamp(line: string): string | null {
  const credit = dateInLine(line)?.lead.replace(/^from\s+/i, '');
  return credit ? knownIn(credit) : null;
}

/** The site's name in a page's title line ("Headline | Site") when the headline follows on a line of its own. */
function siteOfTitleLine(lines: string[]): string | null {
  const title = lines[0] ? TITLE_LINE.exec(lines[0]) : null;
  if (!title || !lines.slice(1, TITLE_REPEAT_LINES).includes(title[1]!.trim())) return null;
  const site = title[2]!.trim();
  return outletLike(site) ? site : null;
}

/** The first of a line's "|"-separated fields that is a known outlet's name. */
function knownField(line: string): string | null {
  return firstOf(line.split(FIELD_SEPARATOR), (field) => knownIn(field.trim()));
}

/** The outlet a story's opening paragraph files it under: a dateline's, or a known outlet opening it. */
function openingCredit(paragraph: string): string | null {
  const wire =
    DATELINE.exec(paragraph)?.[1] ??
    SLASHED_DATELINE.exec(paragraph)?.[1] ??
    knownIn((KNOWN_DATELINE.exec(paragraph) ?? DAY_DATELINE.exec(paragraph))?.[1]) ??
    PAPER_DATELINE.exec(paragraph)?.[1];
  if (wire) return wire.trim();
  const opening =
    knownIn(OUTLET_OPENING.exec(paragraph)?.[1]) ??
    BRACKETED_OPENING.exec(paragraph)?.[1] ??
    (FIELD_SEPARATOR.test(paragraph) ? knownField(paragraph) : null);
  return opening?.trim() ?? null;
}

/** A wire named once as told may be another outlet citing its interview; named so again, the story is its own. */
const WIRE_REPORTING_TIMES = 2;

/** The wire that reported the story itself: a known wire service named as the one told, more than once. */
function wireReporting(text: string): string | null {
  const times = new Map<string, number>();
  for (const match of text.matchAll(WIRE_REPORTING)) {
    const outlet = knownOutletAt(text, match.index + match[0].length);
    if (!outlet || !isWireService(outlet)) continue;
    times.set(outlet, (times.get(outlet) ?? 0) + 1);
    if (times.get(outlet) === WIRE_REPORTING_TIMES) return outlet;
  }
  return null;
}

export const sourceRules: SourceRule[] = [
  {
    id: 'credit-line',
    description: 'a credit line ("Source: Reuters", "via AFP", "Originally published by …")',
    read: ({ lines }) =>
      firstOf(lines, (line) => {
        const credit = CREDIT_LINE.exec(line)?.[1]?.trim();
        if (!credit || PHOTO_CREDIT.test(credit)) return null;
        return outletOfDomainLine(credit) ?? (outletLike(credit) ? credit : null);
      }),
  },
  {
    id: 'dated-credit',
    description: 'a known outlet credited over the story\'s date at the top ("Xinhua, November 4, 2016")',
    read: ({ filled }) => firstOf(filled.slice(0, STAMP_LINES), creditOfStamp),
  },
  {
    id: 'story-opening',
    description:
      'a dateline ("LONDON (Reuters) -", "MOSCOW. /TASS/.", "Belgium, (Example Newspaper) The …") or a known outlet ' +
      'opening the story ("REUTERS: …", "[JURIST] …", "Reuters | Rio | Updated …")',
    read: ({ openings }) => firstOf(openings, openingCredit),
  },
  {
    id: 'byline',
    description: 'a byline\'s outlet ("By Jane Doe, CNN", "By Reuters")',
    read: ({ text }) => bylineOf(text)?.outlet ?? null,
  },
  {
    id: 'agencies-credit',
    description: 'the site\'s credit for its own story with wire copy ("Al Jazeera and agencies")',
    read: ({ lines }) =>
      firstOf(lines, (line) => {
        const site = AGENCIES_CREDIT.exec(line)?.[1];
        return site && outletLike(site) ? site : null;
      }),
  },
  {
    id: 'copyright',
    description: 'a copyright line ("© 2024 The Guardian")',
    read: ({ lines }) =>
      firstOf(lines, (line) => {
        const owner = COPYRIGHT.exec(line)?.[1]?.trim();
        return owner && !PHOTO_CREDIT.test(owner) && outletLike(owner) ? owner : null;
      }),
  },
  {
    id: 'title-line',
    description: 'the site\'s name in the page\'s title line ("Headline | Site" above the headline)',
    read: ({ filled }) => siteOfTitleLine(filled),
  },
  {
    id: 'self-reference',
    description:
      'a paper naming itself in capitals ("…, DAILY POST gathered.") or its earlier story ("As UNIAN reported earlier")',
    read: ({ lines }) =>
      firstOf(lines, (line) => {
        const self = SELF_REFERENCE.exec(line)?.[1];
        return self ? titleCase(self) : knownIn(OWN_EARLIER_REPORT.exec(line)?.[1]);
      }),
  },
  {
    id: 'chrome-mention',
    description: 'the site\'s chrome or reader appeal naming a known outlet ("listen to Fox News articles")',
    read: ({ lines }) =>
      firstOf(
        lines,
        (line) =>
          knownIn(CHROME_MENTION.exec(line)?.[1]) ??
          (READER_APPEAL.test(line) && !QUOTATION.test(line) ? knownOutletIn(line) : null),
      ),
  },
  {
    id: 'site-line',
    description: "a credit naming a site, or a line that is a known outlet's address or name (the site in its chrome)",
    read: ({ lines }) =>
      firstOf(lines, (line) => {
        const site = SITE_CREDIT.exec(line)?.[1];
        return outletOfDomainLine(line) ?? (site ? outletOfHost(site) : null) ?? knownIn(line);
      }),
  },
  {
    id: 'lead-credit',
    description:
      'the lead retelling a known outlet\'s story, present tense ("…, the BBC reports."), or the first sentence in ' +
      'any tense ("…, Xinhua reported.")',
    read: ({ filled }) =>
      firstOf(
        filled.slice(0, LEAD_LINES).flatMap((line) => line.split(/(?<=[.!?])\s+/)),
        (sentence) => {
          const credit = LEAD_CREDIT.exec(sentence);
          return knownIn(credit?.[1] ?? credit?.[2]);
        },
      ),
  },
  {
    id: 'staff-title',
    description: 'a wire\'s staff title under a byline ("Associated Press Writer")',
    read: ({ lines }) => firstOf(lines, (line) => knownIn(STAFF_LINE.exec(line)?.[1])),
  },
  {
    id: 'sign-off',
    description: 'a known wire signing off a paragraph ("… ― AFP", "… rising. AP")',
    read: ({ lines }) =>
      firstOf(lines, (line) => knownIn(SIGN_OFF.exec(line)?.[1]) ?? knownIn(BARE_SIGN_OFF.exec(line)?.[1])),
  },
  {
    id: 'wire-reporting',
    description:
      'last, a wire service named as the one sources told, more than once ("an officer told AFP", "… obtained by ' +
      'AFP"); named once, or another outlet so named ("told NBC News"), it is a page citing another\'s interview',
    read: ({ text }) => wireReporting(text),
  },
];
