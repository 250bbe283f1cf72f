// Sentences, tokens and parts of speech from wink-nlp, with character offsets into the cleaned text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ...). */
  pos: string;
  lower: string;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

// Loading the model takes ~100 ms: once per process (or worker), on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;
const CLOSING = new Set(['”', '’', '"', "'", ')', ']', '»']);

/** Tokenizes `text`; offsets are found by walking the text, so every token is a verbatim slice of it. */
export function tokenize(text: string): TokenizedText {
  // Only sentence boundaries and parts of speech: wink's entity recognizer and sentiment are not used, and cost a third.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = [];
  const firstTokenOf: number[] = [];
  let cursor = 0;
  let sentence = 0;
  // Sentences wink missed ("… port of Ploč" "e." "The …"): each one found shifts the numbers of those after it.
  let added = 0;
  for (let i = 0; i < values.length; i++) {
    while (sentence + 1 < spans.length && spans[sentence + 1][0] <= i) sentence++;
    const value = values[i];
    if (tags[i] === 'SPACE' || !value.trim()) continue;
    const at = text.indexOf(value, cursor);
    if (at < 0) continue;
    cursor = at + value.length;
    // A closing quote that wink puts at the start of the next sentence belongs to the one it closes.
    const s = firstTokenOf[sentence] === undefined && CLOSING.has(value) && sentence > 0 ? sentence - 1 : sentence;
    const previous = tokens[tokens.length - 1];
    // The patterns are tried only on the tokens they can match: they would run on every token of every document.
    const stop = value.endsWith('.') ? FINAL_STOP.exec(value) : null;
    const part = stop ? stop[1] : value;
    if (previous?.end === at && previous.sentence === s + added && splitWord(previous.text, part)) {
      // wink cuts words at letters beyond Latin-1 ("Miki" "ć", "Babi" "š"): one word again, with the part's tag.
      previous.text += part;
      previous.end = at + part.length;
      previous.lower = previous.text.toLowerCase();
      if (previous.pos === 'X') previous.pos = tags[i];
      if (!stop) continue;
      // "Ploč" "e.": the rest, read as an abbreviation, was a word and the stop that ends its sentence.
      tokens.push({ text: '.', start: previous.end, end: cursor, pos: 'PUNCT', lower: '.', sentence: s + added });
      if (/^\p{Lu}/u.test(values[i + 1] ?? '')) added++;
      continue;
    }
    if (firstTokenOf[s] === undefined) firstTokenOf[s] = tokens.length;
    const compound = value.includes('-') ? GLUED_COMPOUND.exec(value) : null;
    if (compound) {
      // "UN-backed" as wink splits "Turkey-backed": the name, the hyphen, the participle.
      const [name, participle] = [compound[1], compound[2]];
      const hyphen = at + name.length;
      const sentence = s + added;
      tokens.push({ text: name, start: at, end: hyphen, pos: 'PROPN', lower: name.toLowerCase(), sentence });
      tokens.push({ text: '-', start: hyphen, end: hyphen + 1, pos: 'PUNCT', lower: '-', sentence });
      tokens.push({ text: participle, start: hyphen + 1, end: cursor, pos: 'VERB', lower: participle, sentence });
      continue;
    }
    tokens.push({ text: value, start: at, end: cursor, pos: tags[i], lower: value.toLowerCase(), sentence: s + added });
  }
  return { tokens, sentences: groupSentences(tokens, text) };
}

const LETTERS = /^\p{L}+$/u;
/** A name glued to a participle that wink keeps as one word ("UN-backed", "EU-brokered"); it splits most others. */
const GLUED_COMPOUND =
  /^(\p{Lu}[\p{Lu}\p{Ll}]*)-(backed|brokered|led|based|funded|owned|run|controlled|allied|aligned|sponsored|supported|armed|linked|affiliated|held|installed|appointed|mediated|designated)$/u;
const EXTENDED_LATIN = /[\u0100-\u024f]/;
const FINAL_STOP = /^(\p{L}+)\.$/u;

/** Two glued runs of letters that are one word cut at a letter of Latin Extended ("Mikić", "Łódź", "Srđan"). */
const splitWord = (a: string, b: string): boolean =>
  LETTERS.test(a) && LETTERS.test(b) && (EXTENDED_LATIN.test(a[a.length - 1]) || EXTENDED_LATIN.test(b[0]));

/** Abbreviated ranks and titles, whose stop wink may read as a sentence's end ("Commander Maj. Gen. Jane Roe"). */
const TITLE_ABBREVIATIONS = new Set(
  'Maj Gen Lt Col Sgt Capt Cpl Brig Adm Cmdr Cdr Sen Rep Gov Dr Mr Mrs Ms Prof Rev Hon Insp Supt Det Pvt'.split(' '),
);

/** "Maj." before a capitalized word: the stop abbreviates a title and ends no sentence. */
const afterTitleStop = (tokens: Token[], i: number): boolean =>
  i > 1 &&
  tokens[i - 1].text === '.' &&
  tokens[i - 1].start === tokens[i - 2].end &&
  TITLE_ABBREVIATIONS.has(tokens[i - 2].text) &&
  /^\p{Lu}/u.test(tokens[i].text);

// Paragraph and line breaks end sentences too: headlines and date lines have no final stop.
function groupSentences(tokens: Token[], text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // wink's sentence of the last token kept in the current sentence (a title's stop joins two of them).
  let wink = -1;
  for (let i = 0; i < tokens.length; i++) {
    const last = sentences[sentences.length - 1];
    const sameLine = i > 0 && !hasNewline(text, tokens[i - 1].end, tokens[i].start);
    const joined = tokens[i].sentence === wink || afterTitleStop(tokens, i);
    wink = tokens[i].sentence;
    if (last && sameLine && joined) {
      last.last = i + 1;
      last.end = tokens[i].end;
    } else {
      sentences.push({ start: tokens[i].start, end: tokens[i].end, first: i, last: i + 1 });
    }
  }
  for (let i = 0; i < tokens.length; i++) tokens[i].sentence = 0;
  sentences.forEach((s, index) => {
    for (let i = s.first; i < s.last; i++) tokens[i].sentence = index;
  });
  return sentences;
}

/** Whether a line break lies between two offsets: asked between every two tokens, so without making a slice. */
export function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
