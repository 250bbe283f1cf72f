// Numbers as news writes them, to one value: "25 million", "a quarter of a million", "250,000", "250k", "two dozen".

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3 };
const SCALES: Record<string, number> = {
  dozen: 12,
  dozens: 12,
  hundred: 100,
  hundreds: 100,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
};

/** A quantity found in a sentence: its value, the words that state it, and the noun it counts. */
export interface Quantity {
  value: number;
  text: string;
  /** The word after the number: "subscribers", "fighters", "people". */
  measure: string;
}

const NUMBER_WORD = `(?:\\d[\\d,]*(?:\\.\\d+)?(?:bn|mn|k|m)?|a|an|${Object.keys(UNITS).join('|')}|${Object.keys(FRACTIONS).join('|')})`;
const SCALE_WORD = Object.keys(SCALES).join('|');
// "a quarter of a million", "25 million", "two dozen", "250k", "1.5bn": number words, "of", "a" and scales.
const QUANTITY = new RegExp(
  `\\b${NUMBER_WORD}(?:[\\s-]+(?:of\\s+)?(?:a\\s+|an\\s+)?(?:${SCALE_WORD}|${NUMBER_WORD}))*(?=[\\s,.;:)]|$)\\s*(?:[\\p{L}-]+)?`,
  'giu',
);

// A document's word is looked up only among the table's own keys: "constructor" is no number.
const valueIn = (table: Record<string, number>, word: string) => (Object.hasOwn(table, word) ? table[word] : undefined);

/** The value of number words: "a quarter of a million" = 250,000; null when the words are no number. */
export function numberValue(words: string): number | null {
  const parts = words
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    // Articles count nothing themselves: "a quarter of a million", "a dozen", "half a million".
    .filter((w) => w && !['of', 'and', 'a', 'an'].includes(w));
  let total = 0;
  let current: number | null = null;
  for (const w of parts) {
    const digits = /^(\d[\d,]*(?:\.\d+)?)(bn|mn|k|m)?$/.exec(w);
    const [unit, fraction, scale] = [UNITS, FRACTIONS, SCALES].map((table) => valueIn(table, w));
    if (digits) {
      current = (current ?? 0) + Number(digits[1].replace(/,/g, '')) * (digits[2] ? SCALES[digits[2]] : 1);
    } else if (unit !== undefined) current = (current ?? 0) + unit;
    else if (fraction !== undefined) current = (current ?? 1) * fraction;
    else if (scale !== undefined) {
      const scaled: number = (current ?? 1) * scale;
      if (scale >= 1000) {
        total += scaled;
        current = null;
      } else current = scaled;
    } else return null;
  }
  const value = total + (current ?? 0);
  return value > 0 ? value : null;
}

/** Every quantity of a sentence with the noun after it; "a" or "one" alone counts nothing. */
export function quantitiesIn(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of sentence.matchAll(QUANTITY)) {
    const words = match[0].trim().split(/\s+/);
    const measure = words[words.length - 1].toLowerCase();
    const numberWords = numberValue(measure) === null ? words.slice(0, -1) : words;
    if (!numberWords.length) continue;
    const value = numberValue(numberWords.join(' '));
    if (value === null || (numberWords.length === 1 && /^(a|an|one)$/i.test(numberWords[0]))) continue;
    // Years are dates, not counts: "in 2014".
    if (/^(1[89]|20)\d\d$/.test(numberWords.join(''))) continue;
    found.push({ value, text: match[0].trim(), measure: numberValue(measure) === null ? measure : '' });
  }
  return found;
}

/** Two values the same but for rounding: within a tenth of the larger. */
export const sameQuantity = (a: number, b: number): boolean => Math.abs(a - b) <= 0.1 * Math.max(a, b);
