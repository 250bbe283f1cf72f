// Recognizes state institutions named by kind and country, in any of their usual phrasings.
import { INSTITUTION_KINDS } from './gazetteers/institutions.ts';
import { countryOf } from './lexicon.ts';
import { addTo } from './multiMap.ts';

export interface InstitutionMatch {
  kind: string;
  /** Canonical country name, or null when the text does not say whose institution it is. */
  country: string | null;
}

const phrases = INSTITUTION_KINDS.flatMap((kind) =>
  kind.phrases.map((p) => ({ kind: kind.id, words: p.split(' ') })),
).sort((a, b) => b.words.length - a.words.length);
/** The phrases by their first word, longest first as in `phrases`: asked at every token, most of which start none. */
const phrasesByFirst = new Map<string, typeof phrases>();
for (const p of phrases) addTo(phrasesByFirst, p.words[0], p);
const acronyms = new Map(
  INSTITUTION_KINDS.flatMap((kind) =>
    Object.entries(kind.acronyms ?? {}).map(([acronym, country]) => [acronym, { kind: kind.id, country }] as const),
  ),
);
const labels = new Map(INSTITUTION_KINDS.map((kind) => [kind.id, kind.label]));

export const institutionByAcronym = (word: string): InstitutionMatch | undefined => acronyms.get(word);

/** The canonical label of an institution ("Armed Forces of Ukraine"); without a country, the kind's own name. */
export function institutionLabel({ kind, country }: InstitutionMatch): string {
  const pattern = labels.get(kind) ?? kind;
  return country ? pattern.replace('{country}', country) : pattern.replace(/ of \{country\}$/, '');
}

/** An institution phrase (any phrasing, even one generic word) starting at `words[at]`. */
export function phraseAt(words: readonly string[], at: number, end: number): { kind: string; length: number } | null {
  if (at >= end) return null;
  for (const p of phrasesByFirst.get(words[at].toLowerCase()) ?? []) {
    if (at + p.words.length > end) continue;
    let ok = true;
    for (let i = 1; i < p.words.length && ok; i++) ok = words[at + i].toLowerCase() === p.words[i];
    if (ok) return { kind: p.kind, length: p.words.length };
  }
  return null;
}

/**
 * An institution starting at `words[at]`: "[Demonym] phrase [of Country]" ("Ukrainian army", "Supreme Court of Russia").
 * Single generic words ("army", "forces") only count with a country, so "the army" alone is not a mention.
 */
export function matchInstitution(
  words: readonly string[],
  at: number,
  end: number,
  allowBare: boolean,
): { match: InstitutionMatch; length: number } | null {
  let country: string | null = null;
  let i = at;
  const leading = countryOf(words[i]);
  if (leading && i + 1 < end) {
    country = leading;
    i++;
  }
  const phrase = phraseAt(words, i, end);
  if (!phrase) return null;
  let length = i - at + phrase.length;
  const afterPhrase = at + length;
  if (!country && words[afterPhrase] === 'of' && afterPhrase + 1 < end) {
    const of = words[afterPhrase + 1] === 'the' ? afterPhrase + 2 : afterPhrase + 1;
    const trailing = of < end ? countryOf(words[of]) : undefined;
    if (trailing) {
      country = trailing;
      length = of + 1 - at;
    }
  }
  if (!country && (!allowBare || phrase.length < 2)) return null;
  return { match: { kind: phrase.kind, country }, length };
}
