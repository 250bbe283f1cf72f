// A small Cypher lexer that follows Cypher's lexical rules where the read-only check depends on them: where a
// number, a string, a comment and a quoted name end. The engine reads `LIMIT 1LOAD` as `1` then `LOAD`, so this
// lexer must too; otherwise a clause hides inside what it takes for one token.

export interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';
  /** The word as written (for `word`), the name (for `quoted`), or the character (for `punct`). */
  text: string;
  offset: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;

/**
 * The end of the number starting at `i`: `0x1F`, `0o17`, `17`, `1.5`, `.5`, `1e3`, `1.5E-3`. A letter after a
 * number starts the next token (`1LOAD` is `1`, `LOAD`), as in Cypher; an exponent needs digits (`1e` is `1`, `e`).
 */
function numberEnd(query: string, i: number): number {
  const digitsFrom = (from: number, digit: RegExp) => {
    let j = from;
    while (j < query.length && digit.test(query[j])) j++;
    return j;
  };
  const radix = /^0[xX][0-9a-fA-F]|^0[oO][0-7]/.exec(query.slice(i, i + 3));
  if (radix) return digitsFrom(i + 2, /[xX]/.test(query[i + 1]) ? /[0-9a-fA-F]/ : /[0-7]/);
  let j = digitsFrom(i, /[0-9]/);
  if (query[j] === '.' && /[0-9]/.test(query[j + 1] ?? '')) j = digitsFrom(j + 1, /[0-9]/);
  const exponent = /^[eE][+-]?[0-9]/.exec(query.slice(j, j + 3));
  if (exponent) j = digitsFrom(j + exponent[0].length, /[0-9]/);
  return j;
}

/** The end of the quoted text starting at `i` (a string or a backtick name), past its closing quote. */
function quotedEnd(query: string, i: number): number {
  const quote = query[i];
  let j = i + 1;
  while (j < query.length) {
    if (quote !== '`' && query[j] === '\\') j += 2;
    else if (query[j] === quote && quote === '`' && query[j + 1] === '`') j += 2;
    else if (query[j] === quote) return j + 1;
    else j++;
  }
  return query.length;
}

/** The text between the quotes at `start` and `end` (the end of the query when unterminated). */
const inside = (query: string, start: number, end: number) =>
  query.slice(start + 1, end === query.length && query[end - 1] !== query[start] ? end : end - 1);

/** The tokens of a query; comments and whitespace are dropped. An unterminated string or comment ends the list. */
export function cypherTokens(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i];
    const start = i;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n') i++;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      i = quotedEnd(query, i);
      tokens.push({ kind: 'string', text: inside(query, start, i), offset: start });
    } else if (c === '`') {
      i = quotedEnd(query, i);
      tokens.push({ kind: 'quoted', text: inside(query, start, i).replaceAll('``', '`'), offset: start });
    } else if (c === '$') {
      i++;
      if (query[i] === '`') i = quotedEnd(query, i);
      else while (i < n && WORD_PART.test(query[i])) i++;
      tokens.push({ kind: 'param', text: query.slice(start, i), offset: start });
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(query[i + 1] ?? ''))) {
      i = numberEnd(query, i);
      tokens.push({ kind: 'number', text: query.slice(start, i), offset: start });
    } else if (WORD_START.test(c)) {
      while (i < n && WORD_PART.test(query[i])) i++;
      tokens.push({ kind: 'word', text: query.slice(start, i), offset: start });
    } else {
      tokens.push({ kind: 'punct', text: c, offset: i });
      i++;
    }
  }
  return tokens;
}
