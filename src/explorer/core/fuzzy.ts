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

/**
 * Levenshtein distance between a and b, or `bound + 1` as soon as it must exceed `bound` (one row of the table,
 * and a stop when a whole row is past the bound).
 */
export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > bound) return bound + 1;
    previous = row;
  }
  return Math.min(previous[b.length]!, bound + 1);
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
    for (const candidate of name) {
      if (candidate.startsWith(word)) {
        best = 0;
        break;
      }
      // A prefix being typed: compare with the start of the longer word too ("galeot" against "galeoti").
      const d = Math.min(
        editDistance(word, candidate, allowed),
        editDistance(word, candidate.slice(0, word.length), allowed),
      );
      if (d < best) best = d;
    }
    if (best > allowed) return null;
    cost += best;
  }
  return cost;
}
