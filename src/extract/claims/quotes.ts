// Quoted stretches of a whole document, in any quotation marks: across sentences, and over paragraphs by the news
// convention (a paragraph that ends inside a quote and a next one that opens with a quotation mark go on quoting).
import { hasNewline, type Token } from '../tokenize.ts';

/** A quotation: the marks' tokens, the tokens inside, and the character span inside the outer marks. */
export interface QuoteSpan {
  open: number;
  /** The closing mark's token; -1 when the quote runs to the end of its paragraph unclosed. */
  close: number;
  /** Tokens inside, [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';

/** A straight quote opens when it is glued to the word after it and not to the word before it. */
function straightOpens(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!after && after.start === tokens[i].end && (!before || before.end < tokens[i].start);
}

const opensDouble = (tokens: Token[], i: number) =>
  DOUBLE_OPEN.has(tokens[i].text) || (tokens[i].text === '"' && straightOpens(tokens, i));
const closesDouble = (tokens: Token[], i: number) =>
  DOUBLE_CLOSE.has(tokens[i].text) || (tokens[i].text === '"' && !straightOpens(tokens, i));

/** Whether a paragraph break lies between tokens `i` and `i + 1` (asked of every token a quote runs over). */
const paragraphBreakAfter = (text: string, tokens: Token[], i: number) =>
  i + 1 < tokens.length && hasNewline(text, tokens[i].end, tokens[i + 1].start);

/** Every quotation in the document, in order; single marks only outside double ones ("‘partisans’"). */
export function findQuoteSpans(text: string, tokens: Token[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const double = opensDouble(tokens, i);
    if (!double && tokens[i].text !== SINGLE_OPEN) continue;
    const closes = double ? (k: number) => closesDouble(tokens, k) : (k: number) => tokens[k].text === SINGLE_CLOSE;
    let k = i + 1;
    let close = -1;
    for (; k < tokens.length; k++) {
      if (closes(k)) {
        close = k;
        break;
      }
      if (!paragraphBreakAfter(text, tokens, k)) continue;
      // A single quote never runs over a paragraph; a double one goes on when the next paragraph reopens it.
      if (!double || !opensDouble(tokens, k + 1)) break;
      k++;
    }
    const last = close >= 0 ? close : Math.min(k + 1, tokens.length);
    if (last > i + 1)
      spans.push({ open: i, close, first: i + 1, last, start: tokens[i + 1].start, end: tokens[last - 1].end });
    i = last;
  }
  return spans;
}
