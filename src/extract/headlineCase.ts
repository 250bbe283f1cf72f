// Title Case stretches (headlines, quoted report titles): their capitals are style, not evidence of a name.
import { wordList } from './gazetteers/lists.ts';
import { hasNewline, type Token } from './tokenize.ts';

/** Words that Title Case leaves in lowercase. */
const MINOR_WORDS = new Set(
  wordList(`a an the of in on at to for and or nor but is are was were be been by with from as vs via into over up
  out off per than that its it`),
);
const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
/** Fewer content words than this is too short to tell a headline from a name ("Prime Minister Benjamin Netanyahu"). */
const MIN_WORDS = 5;

// Asked of every token: ASCII is decided without the Unicode regular expressions.
const isWord = (t: Token): boolean => {
  const c = t.text.charCodeAt(0) | 32;
  return t.text.charCodeAt(0) < 128 ? c >= 97 && c <= 122 : /^\p{L}/u.test(t.text);
};
const isCapitalized = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};

/** Capitalized common words, beyond a sentence's first, that tell Title Case from a line of names. */
const MIN_COMMON = 2;
/**
 * Words that Title Case capitalizes and no name holds: a line of three words or more with one of them inside is a
 * headline ("SDF Gains Ground Amid Power Struggles", "Where the Violence Took Place?").
 */
const HEADLINE_WORDS = new Set(
  wordList(`Amid Amidst Despite Where When Why How What Took Takes Gains Gain Faces Says Warns Vows Urges Slams Hits
  Seeks Plans Sees Gets Is Are Was Were Has Have Had Could Should Would Might Must After Over Into Against Before As`),
);
const HEADLINE_MIN_WORDS = 3;

/**
 * Marks the tokens of lines (a headline may hold several sentences) and quotations written in Title Case: at least
 * five content words, all but one capitalized, two of them words that the document also writes in lowercase ("They
 * Scammed Wall Street. Now They Want to Get Out of Prison Early"). A byline or a list of names has no such words.
 */
export function titleCaseTokens(text: string, tokens: Token[]): boolean[] {
  const marked = new Array<boolean>(tokens.length).fill(false);
  const lowercase = new Set(tokens.filter((t) => t.text === t.lower && isWord(t)).map((t) => t.text));
  const startsSentence = (k: number) => k === 0 || tokens[k - 1].sentence !== tokens[k].sentence;
  const mark = (first: number, last: number, line = false) => {
    const words: number[] = [];
    for (let k = first; k < last; k++) if (isWord(tokens[k]) && !MINOR_WORDS.has(tokens[k].text)) words.push(k);
    if (words.length < HEADLINE_MIN_WORDS || words.filter((k) => !isCapitalized(tokens[k])).length > 1) return;
    const telltale =
      line && tokens[last - 1].text !== '.' && words.some((k) => k > first && HEADLINE_WORDS.has(tokens[k].text));
    const common = words.filter(
      (k) => !startsSentence(k) && isCapitalized(tokens[k]) && lowercase.has(tokens[k].lower),
    );
    if (!telltale && (words.length < MIN_WORDS || common.length < MIN_COMMON)) return;
    for (let k = first; k < last; k++) marked[k] = true;
  };
  let lineStart = 0;
  let quoteStart = -1;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > lineStart && hasNewline(text, tokens[i - 1].end, tokens[i].start))) {
      mark(lineStart, i, true);
      lineStart = i;
      quoteStart = -1;
    }
    if (i === tokens.length) break;
    const straight = tokens[i].text === '"';
    if (OPENING.has(tokens[i].text) || (straight && quoteStart < 0)) quoteStart = i + 1;
    else if ((CLOSING.has(tokens[i].text) || straight) && quoteStart >= 0) {
      mark(quoteStart, i);
      quoteStart = -1;
    }
  }
  return marked;
}
