// Short names that stand for a fuller name of the same document, whatever type their own context suggested:
// "Rogers" for "Rogers Communications Inc", "Najib" for "Najib Razak", "Banks" for "Frederick Banks", "Mato Grosso"
// for "Mato Grosso state".
import { DROPPABLE_HEADS, LEGAL_SUFFIXES } from './gazetteers/organizations.ts';
import { DIVISION_NOUNS } from './gazetteers/places.ts';
import type { EntityType } from '../model/vocabulary.ts';
import { editDistance, normalizeName, surname } from './names.ts';
import { countryOf } from './lexicon.ts';
import { PARTICLES } from './nameSpans.ts';

export interface NamedGroup {
  name: string;
  type: EntityType;
}

/** What may follow a company's short name in its full name: "Staples Inc", "Jiji Press", "Prudential Insurance". */
export const isCompanyTail = (word: string): boolean => LEGAL_SUFFIXES.has(word) || DROPPABLE_HEADS.has(word);

// "Capital & Management": the "&" between two business words.
const LOWERCASE_TAILS = new Set([...LEGAL_SUFFIXES, ...DROPPABLE_HEADS, '&'].map((w) => normalizeName(w)));
const LOWERCASE_LEGAL = new Set([...LEGAL_SUFFIXES].map((w) => normalizeName(w)));

/**
 * The one word a company's name is shortened to, when the rest is business words and legal forms: "Toyota Motor
 * Corporation" -> "toyota" (normalized). With `legal`, only for a name that carries a legal form.
 */
export function companyShortName(name: string, legal = false): string | undefined {
  const [short, ...rest] = normalizeName(name).split(' ');
  if (!rest.length || !rest.every((w) => LOWERCASE_TAILS.has(w))) return undefined;
  return !legal || rest.some((w) => LOWERCASE_LEGAL.has(w)) ? short : undefined;
}

/**
 * Whether the one-word `short` may stand for the fuller name `full`: a company without its business word, legal
 * form or country, a region without its noun, a person's surname, or a person's first name used alone (Malay and Chinese names are shortened to it,
 * "Najib", "Lim"), or, when its own context made it a person too, the surname written with one letter off
 * ("Caredenas-Guillen"): a village one letter off a photographer's surname is not the photographer.
 */
export function standsFor(short: string, full: NamedGroup, shortType?: EntityType): boolean {
  const words = full.name.split(' ');
  if (words.length < 2) return false;
  if (short.includes(' ')) return lacksOnlyTail(short.split(' '), words, full.type);
  // "Telecel" for "Telecel Zimbabwe" as for "Telecel International": a company's business in a country.
  if (full.type === 'Organization')
    return (
      words[0] === short && words.slice(1).every((w) => isCompanyTail(w) || (words.length === 2 && !!countryOf(w)))
    );
  // "Amhara" after "the Amhara region": a place that is not known as a city of its own is the region; "Rio" after
  // "Rio de Janeiro": a place of a name, a particle and a name goes by its first name.
  if (full.type === 'Location')
    return (
      words[0] === short &&
      ((words.length === 2 && DIVISION_NOUNS.has(words[1].toLowerCase())) ||
        (words.length === 3 && PARTICLES.has(words[1])))
    );
  if (full.type !== 'Person') return false;
  if (words[0] === short || surname(full.name) === short) return true;
  if (short.length < 6 || shortType !== 'Person') return false;
  const normal = normalizeName(short);
  return [1, 2].some((k) => editDistance(normal, normalizeName(words.slice(-k).join(' ')), 1) <= 1);
}

/**
 * "Chongchongang Shipping" for "Chongchongang Shipping Company", "Mato Grosso" for "Mato Grosso state": a name of
 * several words that is the fuller name without its business words and legal form, or without a region's noun.
 */
function lacksOnlyTail(short: string[], full: string[], type: EntityType): boolean {
  if (full.length <= short.length || short.some((w, k) => full[k] !== w)) return false;
  const tail = full.slice(short.length);
  if (type === 'Organization') return tail.every(isCompanyTail);
  return type === 'Location' && tail.length === 1 && DIVISION_NOUNS.has(tail[0]);
}
