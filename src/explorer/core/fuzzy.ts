// Names that are spelt another way: a skeleton that writes transliteration variants one way ("Galeotti",
// "Galeoti"; "Dmitriy", "Dmitry", "Dmitrii"; "Yevgeny", "Evgeny"; "Tchaikovsky", "Chaikovskiy"), and an edit
// distance with a bound, for typos the skeleton does not cover.

// Order matters: longer spellings first, so "tch" is read before "ch" and "sch" before "sh".
const VARIANTS: [RegExp, string][] = [
  [/sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/dzh/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/c(?=[aou])/g, 'k'],
  [/t[sz]/g, 'c'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/\bye/g, 'e'],
  [/(?:iy|ij|yi|ii|y)\b/g, 'i'],
  [/y/g, 'i'],
  [/j(?=[aeiou])/g, 'i'],
];

/** One spelling for the variants of a folded word (lowercase, no accents): compare skeletons, not spellings. */
export function skeleton(folded: string): string {
  let text = folded;
  for (const [pattern, replacement] of VARIANTS) text = text.replace(pattern, replacement);
  // Doubled letters last: the replacements above can make new pairs ("ii" from "iy").
  return text.replace(/(.)\1+/g, '$1');
}

/** Typos allowed in a word of this length: none below 4 letters, one up to 6, two beyond. */
export function typosAllowed(length: number): number {
  return length < 4 ? 0 : length <= 6 ? 1 : 2;
}

// Two rows of the distance table, reused: a search compares the typed words with thousands of name words.
let previous = new Int32Array(64);
let row = new Int32Array(64);

/**
 * Levenshtein distance between `a` and the first `bLength` letters of `b`, or `bound + 1` as soon as it must
 * exceed `bound` (a stop when a whole row of the table is past the bound).
 */
export function editDistance(a: string, b: string, bound: number, bLength = b.length): number {
  if (Math.abs(a.length - bLength) > bound) return bound + 1;
  if (previous.length <= bLength) [previous, row] = [new Int32Array(bLength + 1), new Int32Array(bLength + 1)];
  for (let j = 0; j <= bLength; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= bLength; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > bound) return bound + 1;
    [previous, row] = [row, previous];
  }
  return Math.min(previous[bLength]!, bound + 1);
}

/**
 * How many typos make `typed` a word of a name, or the start of one ("galeot" of "galeoti"); above `allowed` when
 * it is neither.
 */
export function wordTypos(typed: string, word: string, allowed: number): number {
  if (word.startsWith(typed)) return 0;
  const whole = editDistance(typed, word, allowed);
  if (whole === 0 || word.length <= typed.length) return whole;
  return Math.min(whole, editDistance(typed, word, allowed, typed.length));
}

/**
 * How far a typed name is from a name, word by word (both as skeleton words): every typed word must start a word
 * of the name or be within its allowed typos of one. The sum of typos, or null when a word matches nothing.
 */
export function fuzzyCost(typed: readonly string[], name: readonly string[]): number | null {
  let cost = 0;
  for (const word of typed) {
    const allowed = typosAllowed(word.length);
    let best = allowed + 1;
    for (const candidate of name) best = Math.min(best, wordTypos(word, candidate, allowed));
    if (best > allowed) return null;
    cost += best;
  }
  return cost;
}
