// The errors a query can end in, with the API's stable codes, so the server maps them to statuses in one place.
import type { ApiError } from '../model/api.ts';
import { KgError } from '../model/errors.ts';

export type QueryErrorCode = ApiError['code'];
export type QueryPosition = NonNullable<ApiError['position']>;

export class QueryError extends KgError {
  override name = 'QueryError';
  constructor(
    override readonly code: QueryErrorCode,
    message: string,
    readonly position?: QueryPosition,
    /** For TOO_MANY_REQUESTS: when to try again, sent as the Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message);
  }
}

/** Line and column (both from 1, as Neo4j counts them) of a 0-based offset. */
export function positionAt(query: string, offset: number): QueryPosition {
  const before = query.slice(0, Math.max(0, Math.min(offset, query.length)));
  const lines = before.split('\n');
  return { offset: before.length, line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** The 0-based offset of a line and column counted from 1. */
export function offsetOf(query: string, line: number, column: number): number {
  const lines = query.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  return Math.min(query.length, offset + Math.max(0, column - 1));
}
