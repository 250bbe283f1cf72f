// Who wrote a story, from the byline a page prints: "By Jane Doe", "By JANE DOE", "By Jane Doe and John Roe, CNN",
// "By Jane Doe/The Associated Press", a wire's "(Reporting by Jane Doe in Kyiv; Editing by …)", a name alone beside
// the story's date line.
import { dateInLine, dateOfLine } from './dates.ts';
import { knownOutlet } from './outlets.ts';

export interface Byline {
  /** Null where the byline credits only an outlet ("By Reuters"). */
  author: string | null;
  /** The outlet the byline names after the author ("…, CNN") or instead of one, under its canonical name. */
  outlet: string | null;
}

/** Bylines sit above the story, after the page's top chrome; a line further down starting "By" is prose. */
const BYLINE_LINES = 30;
const BYLINE = /^(?:(?:written\s+)?by|author:)\s+(.+?)\.?$/iu;
const WIRE_CREDIT = /^\(?(?:reporting|writing)\s+by\s+([^;()]+?)(?:\s+in\s+[^;()]+)?\s*(?:[;)]|$)/iu;
// A name: two to five capitalised words (initials and "al-"/"O'" forms too), particles such as "de" or "bin" between.
const NAME_WORD = "(?:(?:al|el|ad|as|ash|bin|ibn)-)?\\p{Lu}[\\p{L}'’.-]*";
const PARTICLES = '(?:(?:de|da|di|do|dos|del|della|der|den|du|la|le|van|von|bin|ibn|al|el|y)\\s+)*';
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+${PARTICLES}${NAME_WORD}){1,4}$`, 'u');
// "By Monday Morning", "By The Time": words of time and the article are not names.
const NOT_NAME_START =
  /^(?:the|this|that|these|mid|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const OUTLET_SEPARATOR = /\s*(?:\/|\||,|\s[-–—]\s)\s*/g;
// "By Dialogo": one word names no person (people are bylined with their full names), so it is the house's credit,
// unless it is a staff word.
const HOUSE_CREDIT = /^\p{Lu}\p{L}+$/u;
const STAFF_WORD =
  /\b(?:staff|admin(?:istrator)?|editors?|editorial|guest|team|desk|bureau|agencies|correspondents?|reporters?|writers?|anonymous)\b/i;
// "Dominic GianniniAAP": scraped pages run the author's name into the outlet's initials.
const GLUED_OUTLET = /^(.+?\p{Ll})(\p{Lu}{2,6})$/u;
/** Non-empty lines after the headline where a name alone may stand as the byline (beside the story's date line). */
const BARE_BYLINE_LINES = 4;

/** The byline of `text`, or null when it prints none. */
export function bylineOf(text: string): Byline | null {
  const lines = text.split('\n').map((line) => line.trim());
  for (const line of lines.filter(Boolean).slice(0, BYLINE_LINES)) {
    const stated = BYLINE.exec(line)?.[1];
    const byline = stated ? parseByline(stated) : null;
    if (byline) return byline;
  }
  const bare = bareByline(lines.filter(Boolean));
  if (bare) return bare;
  for (const line of lines) {
    const names = WIRE_CREDIT.exec(line)?.[1];
    const author = names ? authorOf(names) : null;
    if (author) return { author, outlet: null };
  }
  return null;
}

/** "Jane Doe and John Roe, CNN" -> the authors and the outlet after them; "VOA News September 18, 2014" -> the outlet. */
function parseByline(stated: string): Byline | null {
  const whole = authorOf(stated);
  if (whole) return { author: whole, outlet: null };
  const dated = dateInLine(stated);
  const credited = dated && !dated.after.trim() ? dated.lead : stated;
  const house = knownOutlet(credited) ?? (HOUSE_CREDIT.test(credited) && !STAFF_WORD.test(credited) ? credited : null);
  if (house) return { author: null, outlet: house };
  // The outlet is the last part after a separator, when it is a known one.
  const separators = [...stated.matchAll(OUTLET_SEPARATOR)];
  const last = separators.at(-1);
  if (!last) return null;
  const outlet = knownOutlet(stated.slice(last.index + last[0].length));
  const author = outlet ? authorOf(stated.slice(0, last.index)) : null;
  return author ? { author, outlet } : null;
}

/**
 * A byline without "By" under the headline: a name run into a known outlet's initials ("Dominic GianniniAAP"), or a
 * name alone on the line before or after a line that is only a date ("Natalie Wong", then "Friday, January 21, 2011").
 */
function bareByline(lines: string[]): Byline | null {
  for (let i = 1; i <= BARE_BYLINE_LINES && i < lines.length; i++) {
    const line = lines[i]!;
    if (STAFF_WORD.test(line)) continue;
    const glued = GLUED_OUTLET.exec(line);
    const outlet = glued ? knownOutlet(glued[2]!) : null;
    const gluedAuthor = outlet ? authorOf(glued![1]!) : null;
    if (gluedAuthor) return { author: gluedAuthor, outlet };
    const besideDate = [lines[i - 1], lines[i + 1]].some((next) => next !== undefined && dateOfLine(next));
    const author = besideDate && !dateOfLine(line) ? authorOf(line) : null;
    if (author) return { author, outlet: null };
  }
  return null;
}

/** The names of one or more authors as they should read, or null when any part is not a person's name. */
function authorOf(names: string): string | null {
  const parts = names.trim().split(/\s*,\s*|\s+(?:and|&)\s+/i);
  if (!parts.every((part) => NAME.test(part) && !NOT_NAME_START.test(part))) return null;
  // "JANE DOE" is how the page sets it, not how the name is written.
  return names === names.toUpperCase() ? titleCase(names.trim()) : names.trim();
}

/** "JANE DOE" -> "Jane Doe", "DAILY POST" -> "Daily Post". */
export function titleCase(text: string): string {
  const capitalised = text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
  return capitalised.replace(/ And /g, ' and ');
}
