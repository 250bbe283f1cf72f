// Grafeo's errors -> QueryError: the GQLSTATUS says which kind, the message's "--> query:L:C" says where.
import { offsetOf, QueryError } from '../queryError.ts';
import type { WorkerRefusal } from './protocol.ts';

/** What a query's failure means to an API user; `query` locates syntax errors. */
export function grafeoQueryError(
  error: { message?: string; gqlStatus?: string; refused?: WorkerRefusal },
  query: string,
): QueryError {
  const raw = error.message ?? String(error);
  if (error.refused) return new QueryError(error.refused, raw);
  // The operating system's words about a path ("No such file", "Is a directory") would tell what exists there.
  if (/\(os error \d+\)/.test(raw))
    return new QueryError('READ_ONLY', 'the query tried to reach a file: the Cypher API reads only the graph');
  const status = error.gqlStatus ?? '';
  // "Query error: GRAFEO-Q001: syntax error: [Cypher] Expected identifier\n  --> query:1:92 ..."
  const message = (raw.split('\n')[0] ?? raw)
    .replace(/^[\w ]+error: GRAFEO-\w+: /i, '')
    .replace(/^(syntax|semantic) error: \[Cypher\] /, '')
    .trim();
  const at = /--> query:(\d+):(\d+)/.exec(raw);
  if (status === '25G03' || /read-only transaction/i.test(raw))
    return new QueryError('READ_ONLY', 'writes are refused: the Cypher API is read-only');
  if (status === '42001' || /syntax error/i.test(raw)) {
    const line = at ? Number(at[1]) : 1;
    const column = at ? Number(at[2]) : 1;
    const position = { offset: offsetOf(query, line, column), line, column };
    return new QueryError('SYNTAX_ERROR', `syntax error at line ${line}, column ${column}: ${message}`, position);
  }
  if (status.startsWith('42') || status.startsWith('22') || status.startsWith('G2'))
    return new QueryError('BAD_REQUEST', message);
  return new QueryError('INTERNAL', `the embedded database failed: ${message}`);
}
