// One-word names that stand for a fuller name of the same document, whatever type their own context suggested:
// "Rogers" for "Rogers Communications Inc", "Najib" for "Najib Razak", "Banks" for "Frederick Banks".
import { DROPPABLE_HEADS, LEGAL_SUFFIXES } from './gazetteers/organizations.ts';
import { DIVISION_NOUNS } from './gazetteers/places.ts';
import type { EntityType } from '../model/vocabulary.ts';
import { editDistance, normalizeName, surname } from './names.ts';

export interface NamedGroup {
  name: string;
  type: EntityType;
}

/** What may follow a company's short name in its full name: "Staples Inc", "Jiji Press", "Prudential Insurance". */
const isCompanyTail = (word: string): boolean => LEGAL_SUFFIXES.has(word) || DROPPABLE_HEADS.has(word);

/**
 * Whether the one-word `short` may stand for the fuller name `full`: a company without its business word or legal
 * form, a region without its noun, a person's surname, or a person's first name used alone (Malay and Chinese names are shortened to it,
 * "Najib", "Lim"), or the surname written with one letter off ("Caredenas-Guillen").
 */
export function standsFor(short: string, full: NamedGroup): boolean {
  const words = full.name.split(' ');
  if (words.length < 2) return false;
  if (full.type === 'Organization') return words[0] === short && words.slice(1).every(isCompanyTail);
  // "Amhara" after "the Amhara region": a place that is not known as a city of its own is the region.
  if (full.type === 'Location') return words.length === 2 && words[0] === short && DIVISION_NOUNS.has(words[1]);
  if (full.type !== 'Person') return false;
  if (words[0] === short || surname(full.name) === short) return true;
  if (short.length < 6) return false;
  const normal = normalizeName(short);
  return [1, 2].some((k) => editDistance(normal, normalizeName(words.slice(-k).join(' ')), 1) <= 1);
}
