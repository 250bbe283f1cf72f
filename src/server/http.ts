// JSON in and out, and the one place where an error becomes a status code and a plain message.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from '../model/api.ts';
import { KgError } from '../model/errors.ts';
import { QueryError, type QueryErrorCode } from '../store/queryError.ts';

const STATUS: Record<QueryErrorCode, number> = {
  SYNTAX_ERROR: 400,
  BAD_REQUEST: 400,
  READ_ONLY: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TIMEOUT: 408,
  TOO_LARGE: 413,
  STORE_UNAVAILABLE: 503,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

/** A body already written as JSON text (see cypherResponseJson). */
export function sendJsonText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

/** Turns any error into an ApiError response; unexpected ones are logged, with their stack, for the operator. */
export function sendError(res: ServerResponse, error: unknown): void {
  let body: ApiError;
  if (error instanceof QueryError) {
    body = { error: error.message, code: error.code };
    if (error.position) body.position = error.position;
    if (error.retryAfterSeconds && !res.headersSent) res.setHeader('retry-after', String(error.retryAfterSeconds));
  } else if (error instanceof KgError) {
    body = { error: error.message, code: 'STORE_UNAVAILABLE' };
  } else {
    console.error(`unexpected error (please report it): ${(error as Error)?.stack ?? error}`);
    body = { error: 'the server failed while answering; the details are in its log', code: 'INTERNAL' };
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, STATUS[body.code], body);
}

/** The request's JSON body; refuses bodies over `limit` bytes before reading them whole. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new QueryError('BAD_REQUEST', 'send the body as JSON, with the header content-type: application/json');
  const tooLarge = () => new QueryError('TOO_LARGE', `the request body is larger than the limit of ${limit} bytes`);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new QueryError('BAD_REQUEST', `the request body is not valid JSON (${(error as Error).message})`);
  }
}
