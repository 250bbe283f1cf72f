// Normal forms of names, used to compare mentions within and across documents.
import { GROUP_FORMS, LEGAL_SUFFIXES, ORGANIZATION_HEADS, PARTY_WORDS } from './gazetteers/organizations.ts';
import type { EntityType } from '../model/vocabulary.ts';
import { countryOf, isDemonym } from './lexicon.ts';

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'al']);

const normalized = new Map<string, string>();

/** Case, quotes, possessives and diacritics removed: "Russia’s Supreme Court" -> "russia supreme court". */
export function normalizeName(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    // Names recur across a corpus: remember each normal form (bounded, so a huge corpus cannot grow it forever).
    if (normalized.size > 200_000) normalized.clear();
    n = computeNormalName(name);
    normalized.set(name, n);
  }
  return n;
}

const computeNormalName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'‘`]s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const LEGAL_FORMS = new Set([...LEGAL_SUFFIXES].map((w) => normalizeName(w)));
const GROUP_WORDS = new Set([...GROUP_FORMS].map((w) => normalizeName(w)));

const PARTY_STEMS = new Map([...PARTY_WORDS].map(([form, stem]) => [form.toLowerCase(), stem]));

/**
 * Content words in sorted order: equal for reordered names ("Freedom Legion of Russia" / "Freedom of Russia Legion"),
 * for a company with and without its legal form ("Office Depot Inc" / "Office Depot"), and for a party and its
 * members ("Social Democratic Party" / "Social Democrats" / "Social Democrat"); with `type`, an organization's words
 * in the singular and without a closing "Group" ("Heineken NV" / "Heineken Group").
 */
export function wordBag(name: string, type?: EntityType): string {
  const words = normalizeName(name)
    .split(' ')
    .filter((w) => !FUNCTION_WORDS.has(w) && !LEGAL_FORMS.has(w));
  if (type === 'Organization' && words.length > 1 && GROUP_WORDS.has(words.at(-1)!)) words.pop();
  // An organization's words in the singular: "Revolutionary Guards Corps" / "Revolutionary Guard Corps". (Not a
  // person's: "John Adams" is not "John Adam".)
  const singular = (w: string) => (type === 'Organization' && /[^s]s$/.test(w) && w.length > 3 ? w.slice(0, -1) : w);
  const stems = words.map((w) => PARTY_STEMS.get(w) ?? singular(americanSpelling(w)));
  const party = words.some((w) => PARTY_STEMS.has(w));
  return (party ? stems.filter((w) => w !== 'party') : stems).sort().join(' ');
}

/** "Organised" / "Organized", "Defence" / "Defense", "Centre" / "Center": one word in British and American spelling. */
const americanSpelling = (word: string): string =>
  word
    .replace(/^(organi|moderni|mobili|speciali|stabili|reali|normali)s(e|ed|es|ing|ation|ations)$/, '$1z$2')
    .replace(/^(defen|offen|licen)ce$/, '$1se')
    .replace(/^(cent|theat|met|fib)re$/, '$1er')
    .replace(/^(labo|favo|harbo|neighbo)ur$/, '$1r')
    .replace(/^programme$/, 'program');

/** Initials of the capitalized words: "Russian Volunteer Corps" -> "RVC". */
export const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('');

/** An organization's initials with and without the legal forms that close its name: "General Motors Corp." -> GMC, GM. */
export function organizationInitials(name: string): string[] {
  const words = name.split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(normalizeName(words.at(-1)!))) words.pop();
  return [...new Set([initials(name), initials(words.join(' '))])];
}

/** "IRGC Quds Force" -> "IRGC-QF": a unit named after its parent's acronym, abbreviated as both. */
export function compoundAcronym(name: string): string | undefined {
  const [parent, ...rest] = name.split(' ');
  if (rest.length < 2 || !/^[A-Z][A-Z0-9]{1,6}$/.test(parent)) return undefined;
  const unit = initials(rest.join(' '));
  return unit.length > 1 ? `${parent}-${unit}` : undefined;
}

const HEADS = new Set([...ORGANIZATION_HEADS].map((w) => w.toLowerCase()));

/** The noun that says what an organization is: "Freedom Legion of Russia" and "Freedom of Russia Legion" -> "legion". */
export function headWord(name: string): string {
  const words = normalizeName(name).split(' ');
  const head = words.findLast((w) => HEADS.has(w));
  if (head) return head;
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/**
 * The name without a leading demonym or, before a head word, a country: "Ukrainian International Brigade" ->
 * "International Brigade", "US Treasury Department" -> "Treasury Department" ("China Daily" stays).
 */
export function coreName(name: string): string {
  const [first, ...rest] = name.split(' ');
  if (rest.length && isDemonym(first)) return rest.join(' ');
  return rest.length && countryOf(first) && rest.some((w) => ORGANIZATION_HEADS.has(w)) ? rest.join(' ') : name;
}

/** The last word of a name, without an Arabic article: "Abdel Fattah al-Burhan" -> "Burhan". */
export const surname = (name: string): string =>
  name
    .split(' ')
    .slice(-1)[0]
    .replace(/^(?:al|el|ad|as|ash|at|az|ar|an)-/i, '');

/** Optimal string alignment distance, capped: enough to tell "Yosov" from "Yusov" (1) and from "Peskov" (3). */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** A place's name with its vowels masked but the first letter, for blocking; undefined under five letters. */
export function vowelSkeleton(name: string): string | undefined {
  const n = normalizeName(name);
  return n.length < 5 ? undefined : n[0] + n.slice(1).replace(/[aeiou]/g, '*');
}

/**
 * "Idleb" / "Idlib", "Cameroun" / "Cameroon", "Hasakah" / "Hasakeh": a place written with one vowel changed in a
 * transliteration. Short names are left alone ("Iran" / "Oran", "Gaza" / "Giza" are other places).
 */
export const spelledWithOtherVowel = (a: string, b: string): boolean =>
  vowelSkeleton(a) !== undefined &&
  vowelSkeleton(a) === vowelSkeleton(b) &&
  editDistance(normalizeName(a), normalizeName(b), 1) === 1;

/**
 * A transliterated name with its spelling choices folded: "Oleksii" / "Oleksiy" -> "oleks", "Dmytro" / "Dmitry" ->
 * "dmitr", "Zelenskyy" / "Zelenskiy" / "Zelensky" -> "zelensk". A final "a" stays ("Maria" is not "Mario").
 */
export const transliterationKey = (name: string): string =>
  normalizeName(name)
    .replace(/kh/g, 'h')
    .replace(/iy|yi|ii|ij|yy/g, 'i')
    .replace(/y/g, 'i')
    .replace(/[io]+$/, '');
