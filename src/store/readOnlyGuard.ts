// The first line of the read-only defence: refuse, with a plain message and a position, what obviously writes or
// reaches beyond the graph. The real guards stay in the stores (Grafeo opened read-only; Neo4j's plan type and a
// read session); this check makes the refusal clear and catches what a read-only engine would still do (LOAD CSV).
import { cypherTokens, type Token } from './cypherTokens.ts';
import { positionAt, QueryError } from './queryError.ts';

const WRITE_CLAUSES = new Set([
  'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'NODETACH', 'REMOVE', 'DROP', 'FOREACH', 'INSERT', 'ALTER', 'RENAME',
  'GRANT', 'DENY', 'REVOKE', 'TERMINATE',
]); // prettier-ignore

/** Administration commands that only mean something at the start of a statement. */
const ADMIN_COMMANDS = new Set(['START', 'STOP', 'ENABLE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN']);

/** SHOW commands that read the schema; the others (users, roles, databases, settings…) administer the server. */
const SHOWABLE = new Set([
  'INDEX',
  'INDEXES',
  'CONSTRAINT',
  'CONSTRAINTS',
  'PROCEDURE',
  'PROCEDURES',
  'FUNCTION',
  'FUNCTIONS',
]);

/** Procedures that write, administer the server or reach files and URLs. */
const REFUSED_PROCEDURES = [
  /^dbms\./i,
  /^db\.(create|clearquerycaches|checkpoint|awaitindex|resampleindex|resampleoutdatedindexes|preparefor)/i,
  /^db\.index\.fulltext\.(create|drop|awaiteventuallyconsistentindexrefresh)/i,
  /^tx\./i,
  /^apoc\.(load|import|export|periodic|trigger|systemdb|custom|log|cypher|create|merge|refactor|atomic|lock|schema|do|config|nodes\.delete|util\.sleep|redis|mongo|es|couchbase|bolt|model|uuid|ttl|warmup)\b/i,
  /^gds\..*\.(write|mutate)$/i,
  /^gds\.(graph\.(project|drop|export|writ|remove|nodelabel|relationshipproperty)|model|pipeline|alpha\.(graph|model))/i,
  /^genai\./i,
];

/** Words after which an expression follows, so a clause keyword there is a name (`RETURN load`, `WHERE NOT use`). */
const EXPRESSION_BEFORE = new Set([
  'RETURN', 'WITH', 'WHERE', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'BY', 'SKIP', 'LIMIT', 'UNWIND', 'CASE', 'WHEN', 'THEN',
  'ELSE', 'DISTINCT', 'IS', 'CONTAINS', 'AS', 'YIELD', 'STARTS', 'ENDS',
]); // prettier-ignore

/** Keywords that open an expression where one is expected; Cypher reserves them, so they are never names. */
const EXPRESSION_PREFIX = new Set(['NOT', 'CASE', 'WHEN', 'THEN', 'ELSE', 'DISTINCT']);

/** Punctuation after which an expression follows. Not `*` (`WITH * LOAD`), `|` (FOREACH) nor `{` (`CALL {`). */
const EXPRESSION_PUNCT = new Set(['(', ',', '[', '=', '<', '>', '+', '-', '/', '%', '^', '.', ':']);

/**
 * Which words are in a clause position: a keyword there starts a clause, while the same word after `AS`, an
 * operator, `RETURN`, `WHERE` and the like, or as a property, label or map key, is a name (`WITH 1 AS load RETURN
 * load`). When in doubt a word counts as a clause, so the check refuses rather than lets a clause through.
 */
function clausePositions(tokens: Token[]): boolean[] {
  const clause: boolean[] = [];
  let expressionNext = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const word = token.text.toUpperCase();
    const isName =
      token.kind === 'word' &&
      ((expressionNext && !EXPRESSION_PREFIX.has(word)) ||
        (next?.kind === 'punct' && next.text === ':' && tokens[i + 2]?.text !== ':'));
    clause.push(token.kind === 'word' && !isName);
    if (token.kind === 'punct') expressionNext = EXPRESSION_PUNCT.has(token.text);
    // A word that is a keyword here and asks for an expression; a name ends one, as do numbers, strings, `)`.
    else expressionNext = clause[i] && EXPRESSION_BEFORE.has(word);
  }
  return clause;
}

/** The procedure name after CALL (`apoc.load.json`), or null for a CALL { … } subquery. */
function procedureName(tokens: Token[], i: number): string | null {
  const parts: string[] = [];
  let j = i + 1;
  while (tokens[j] && (tokens[j].kind === 'word' || tokens[j].kind === 'quoted')) {
    parts.push(tokens[j].text);
    if (tokens[j + 1]?.text !== '.') break;
    j += 2;
  }
  return parts.length ? parts.join('.') : null;
}

/** Throws a READ_ONLY QueryError (or BAD_REQUEST for several statements); returns the query without a final `;`. */
export function assertReadOnly(query: string): string {
  const tokens = cypherTokens(query);
  const refuse = (token: Token, what: string): never => {
    const at = positionAt(query, token.offset);
    throw new QueryError(
      'READ_ONLY',
      `${what} is not allowed (line ${at.line}, column ${at.column}): the Cypher API is read-only. ` +
        'Change the graph by editing the documents or the curation file and running npm run load.',
      at,
    );
  };
  const clause = clausePositions(tokens);
  let statementStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'punct' && token.text === ';') {
      if (i < tokens.length - 1) {
        const at = positionAt(query, token.offset);
        throw new QueryError('BAD_REQUEST', 'send one statement per request (found ";" followed by more)', at);
      }
      return query.slice(0, token.offset);
    }
    if (!clause[i]) {
      statementStart = false;
      continue;
    }
    const word = token.text.toUpperCase();
    if (WRITE_CLAUSES.has(word)) refuse(token, word);
    if (statementStart && ADMIN_COMMANDS.has(word)) refuse(token, `${word} (an administration command)`);
    if (word === 'LOAD') refuse(token, 'LOAD CSV (reading files or URLs from the server)');
    if (word === 'USE') refuse(token, 'USE (choosing another database)');
    if (word === 'SHOW') {
      const next = tokens.slice(i + 1, i + 4).map((t) => t.text.toUpperCase());
      if (!next.some((w) => SHOWABLE.has(w)))
        refuse(token, `SHOW ${next.slice(0, 2).join(' ')} (an administration command)`);
    }
    if (word === 'CALL') {
      const name = procedureName(tokens, i);
      if (name && REFUSED_PROCEDURES.some((p) => p.test(name))) refuse(token, `CALL ${name}`);
    }
    statementStart = word === 'UNION';
  }
  return query;
}
