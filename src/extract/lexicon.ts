// The gazetteers turned into one lookup from token sequences to known entities.
import type { EntityType } from '../model/vocabulary.ts';
import { COMPANIES, INTERNATIONAL_BODIES, MEDIA_OUTLETS, METONYMS } from './gazetteers/organizations.ts';
import { WELL_KNOWN_PEOPLE } from './gazetteers/people.ts';
import { COUNTRIES, DIVISION_NOUNS, PLACES, REGIONS } from './gazetteers/places.ts';
import { wordList } from './gazetteers/lists.ts';
import worldPlaces from './gazetteers/worldPlaces.json' with { type: 'json' };

export type KnownKind = 'country' | 'place' | 'media' | 'company' | 'metonym' | 'international' | 'person';

export interface KnownEntity {
  /** Stable identity across documents, e.g. "country:Ukraine". */
  id: string;
  label: string;
  type: EntityType;
  kind: KnownKind;
}

interface Entry {
  tokens: string[];
  entity: KnownEntity;
}

/** Splits a name the way the tokenizer does, closely enough for matching ("King's" -> King, 's). */
export const nameTokens = (name: string): string[] =>
  name
    .replace(/[’']s\b/g, ' ’s')
    .replace(/-/g, ' - ')
    .split(/\s+|(?=[,])/)
    .filter(Boolean);

const byFirstToken = new Map<string, Entry[]>();
const countryByDemonym = new Map<string, string>();
const countryByName = new Map<string, string>();

function add(names: string[], entity: KnownEntity): void {
  for (const name of names) {
    const tokens = nameTokens(name.replace(/^the /, ''));
    const list = byFirstToken.get(tokens[0]) ?? [];
    list.push({ tokens, entity });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    byFirstToken.set(tokens[0], list);
  }
}

/** News spells "-ean" demonyms with "-ian" too: "Ecuadorean" and "Ecuadorian". */
const spellings = (demonym: string): string[] =>
  /eans?$/.test(demonym) ? [demonym, demonym.replace(/ean(s?)$/, 'ian$1')] : [demonym];

// Hand-written entries first: on the same words, the first entry added wins.
/** News writes a hyphenated country's name with a space too: "Guinea-Bissau" and "Guinea Bissau". */
const withSpaces = (names: string[]): string[] => [
  ...names,
  ...names.filter((n) => n.includes('-')).map((n) => n.replace(/-/g, ' ')),
];

for (const { names: written, demonyms } of [...COUNTRIES, ...worldPlaces.countries]) {
  const names = withSpaces(written);
  const label = countryByName.get(names[0]) ?? names[0];
  add(names, { id: `country:${label}`, label, type: 'Location', kind: 'country' });
  for (const name of names) if (!countryByName.has(name)) countryByName.set(name.replace(/^the /, ''), label);
  for (const demonym of demonyms.flatMap(spellings))
    if (demonym && !countryByDemonym.has(demonym)) countryByDemonym.set(demonym, label);
}
for (const names of [...PLACES, ...REGIONS, ...worldPlaces.cities.filter((c) => c.length > 3).map((c) => [c])]) {
  add(names, { id: `place:${names[0]}`, label: names[0], type: 'Location', kind: 'place' });
}
const organizations: [string[][], KnownKind][] = [
  [MEDIA_OUTLETS, 'media'],
  [COMPANIES, 'company'],
  [METONYMS, 'metonym'],
  [INTERNATIONAL_BODIES, 'international'],
];
for (const [lists, kind] of organizations) {
  for (const names of lists) add(names, { id: `${kind}:${names[0]}`, label: names[0], type: 'Organization', kind });
}
for (const names of WELL_KNOWN_PEOPLE)
  add(names, { id: `person:${names[0]}`, label: names[0], type: 'Person', kind: 'person' });

/** Words that may follow a division's noun written in lower case: it ends the place's name there. */
const AFTER_DIVISION = new Set(
  wordList(`in on at of and or to from for with by near since after before was is has had`),
);

/**
 * "Chin state" for "Chin State": news writes a division's noun in lower case as often as in capitals; not where it
 * opens a phrase of its own ("Shan state media", "state-run").
 */
const lowerDivision = (word: string, known: string, next: string | undefined): boolean =>
  word !== known &&
  DIVISION_NOUNS.has(word) &&
  word === known.toLowerCase() &&
  (!next || (!/^\p{Ll}/u.test(next) && next !== '-') || AFTER_DIVISION.has(next));

/** The longest known entity whose name starts at `words[at]`, with its length in tokens. */
export function matchKnown(
  words: readonly string[],
  at: number,
  end = words.length,
): { entity: KnownEntity; length: number } | null {
  for (const entry of byFirstToken.get(words[at]) ?? []) {
    const n = entry.tokens.length;
    if (at + n > end) continue;
    let ok = true;
    for (let i = 1; i < n && ok; i++)
      ok =
        words[at + i] === entry.tokens[i] ||
        (entry.tokens[i] === '’s' && words[at + i] === "'s") ||
        lowerDivision(words[at + i], entry.tokens[i], words[at + i + 1]);
    if (ok) return { entity: entry.entity, length: n };
  }
  return null;
}

/** The country a demonym or country name stands for ("Ukrainian" -> "Ukraine"). */
export const countryOf = (word: string): string | undefined => countryByDemonym.get(word) ?? countryByName.get(word);
export const isDemonym = (word: string): boolean => countryByDemonym.has(word);
