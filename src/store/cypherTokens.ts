// A small Cypher lexer: enough to tell keywords from strings, comments, quoted names, properties and map keys,
// so the read-only check never mistakes `RETURN 'CREATE'` or `n.set` for a write.

export interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';
  /** The word as written (for `word`), the name (for `quoted`), or the character (for `punct`). */
  text: string;
  offset: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;

/** The tokens of a query; comments and whitespace are dropped. An unterminated string or comment ends the list. */
export function cypherTokens(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n') i++;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      const start = i++;
      while (i < n && query[i] !== c) i += query[i] === '\\' ? 2 : 1;
      tokens.push({ kind: 'string', text: query.slice(start + 1, i), offset: start });
      i++;
    } else if (c === '`') {
      const start = i++;
      let name = '';
      while (i < n) {
        if (query[i] === '`' && query[i + 1] === '`') {
          name += '`';
          i += 2;
        } else if (query[i] === '`') break;
        else name += query[i++];
      }
      tokens.push({ kind: 'quoted', text: name, offset: start });
      i++;
    } else if (c === '$') {
      const start = i++;
      while (i < n && (WORD_PART.test(query[i]) || query[i] === '`')) i++;
      tokens.push({ kind: 'param', text: query.slice(start, i), offset: start });
    } else if (/[0-9]/.test(c)) {
      const start = i;
      while (i < n && /[0-9a-zA-Z_.]/.test(query[i]) && !(query[i] === '.' && query[i + 1] === '.')) i++;
      tokens.push({ kind: 'number', text: query.slice(start, i), offset: start });
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < n && WORD_PART.test(query[i])) i++;
      tokens.push({ kind: 'word', text: query.slice(start, i), offset: start });
    } else {
      tokens.push({ kind: 'punct', text: c, offset: i });
      i++;
    }
  }
  return tokens;
}
