// Who wrote a story, from the byline a page prints: "By Jane Doe", "By JANE DOE", "By Jane Doe and John Roe, CNN",
// "By Jane Doe/The Associated Press", a wire's "(Reporting by Jane Doe in Kyiv; Editing by …)".
import { knownOutlet } from './outlets.ts';

export interface Byline {
  author: string;
  /** The outlet the byline names after the author ("…, CNN"), under its canonical name. */
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

/** The byline of `text`, or null when it prints none. */
export function bylineOf(text: string): Byline | null {
  const lines = text.split('\n').map((line) => line.trim());
  for (const line of lines.filter(Boolean).slice(0, BYLINE_LINES)) {
    const stated = BYLINE.exec(line)?.[1];
    const byline = stated ? parseByline(stated) : null;
    if (byline) return byline;
  }
  for (const line of lines) {
    const names = WIRE_CREDIT.exec(line)?.[1];
    const author = names ? authorOf(names) : null;
    if (author) return { author, outlet: null };
  }
  return null;
}

/** "Jane Doe and John Roe, CNN" -> the authors and the outlet after them. */
function parseByline(stated: string): Byline | null {
  const whole = authorOf(stated);
  if (whole) return { author: whole, outlet: null };
  // The outlet is the last part after a separator, when it is a known one.
  const separators = [...stated.matchAll(OUTLET_SEPARATOR)];
  const last = separators.at(-1);
  if (!last) return null;
  const outlet = knownOutlet(stated.slice(last.index + last[0].length));
  const author = outlet ? authorOf(stated.slice(0, last.index)) : null;
  return author ? { author, outlet } : null;
}

/** The names of one or more authors as they should read, or null when any part is not a person's name. */
function authorOf(names: string): string | null {
  const parts = names.trim().split(/\s*,\s*|\s+(?:and|&)\s+/i);
  if (!parts.every((part) => NAME.test(part) && !NOT_NAME_START.test(part))) return null;
  // "JANE DOE" is how the page sets it, not how the name is written.
  return names === names.toUpperCase() ? titleCase(names.trim()) : names.trim();
}

function titleCase(text: string): string {
  const capitalised = text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
  return capitalised.replace(/ And /g, ' and ');
}
