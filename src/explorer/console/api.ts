// The explorer's side of the HTTP API (contract in src/model/api.ts): detecting it, fetching the schema, running
// Cypher. Responses are outside input: their shape is checked before use.
import type { ApiError, CypherResponse, SchemaResponse } from '../../model/api.ts';
import type { ExampleQuery } from '../../model/exampleQuery.ts';
import type { Params } from '../core/queryParams.ts';

export type ApiStatus = { available: true; schema: SchemaResponse } | { available: false; reason: string };

export class CypherError extends Error {
  override name = 'CypherError';
  constructor(
    readonly code: ApiError['code'] | 'NETWORK' | 'BAD_RESPONSE',
    message: string,
    readonly position?: ApiError['position'],
  ) {
    super(message);
  }
}

export const apiUrl = (path: string) => new URL(`api/${path}`, document.baseURI).toString();
const CLIENT_TIMEOUT_MS = 60_000;

function isSchema(value: unknown): value is SchemaResponse {
  const schema = value as SchemaResponse;
  return (
    !!schema &&
    Array.isArray(schema.labels) &&
    Array.isArray(schema.relationshipTypes) &&
    Array.isArray(schema.propertyKeys)
  );
}

/** GET /api/schema: the console is on when it answers with a schema, and says why it is off otherwise. */
export async function detectApi(): Promise<ApiStatus> {
  const url = apiUrl('schema');
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && isSchema(body)) return { available: true, schema: body };
    const message = (body as Partial<ApiError> | null)?.error;
    if (response.status === 404 || !message)
      return {
        available: false,
        reason: `This page is served without the query API (${url} answered ${response.status}), so the Cypher console is off. Start the server with npm start to query the graph. Everything else works from graph.json.`,
      };
    return { available: false, reason: `The query API is not ready: ${message}` };
  } catch (error) {
    return {
      available: false,
      reason: `The query API could not be reached (${(error as Error).message}), so the Cypher console is off. Start the server with npm start.`,
    };
  }
}

const isExample = (value: unknown): value is ExampleQuery => {
  const example = value as ExampleQuery;
  return (
    !!example &&
    typeof example.id === 'string' &&
    typeof example.title === 'string' &&
    typeof example.query === 'string' &&
    typeof example.params === 'object' &&
    example.params !== null
  );
};

/** GET /api/queries: the server's example folder as it is now (serve --queries DIR); null when it does not answer. */
export async function fetchExamples(): Promise<ExampleQuery[] | null> {
  try {
    const response = await fetch(apiUrl('queries'), { headers: { accept: 'application/json' } });
    const body = (await response.json().catch(() => null)) as { queries?: unknown } | null;
    if (!response.ok || !Array.isArray(body?.queries)) return null;
    return body.queries.filter(isExample);
  } catch {
    return null;
  }
}

/** POST /api/cypher. Errors come back as CypherError with the server's code and query position. */
export async function runCypher(query: string, params: Params, signal?: AbortSignal): Promise<CypherResponse> {
  const timeout = AbortSignal.timeout(CLIENT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(apiUrl('cypher'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, params }),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (timeout.aborted)
      throw new CypherError('TIMEOUT', `No answer from the server after ${CLIENT_TIMEOUT_MS / 1000} s.`);
    throw new CypherError('NETWORK', `The query could not be sent: ${(error as Error).message}.`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const apiError = body as Partial<ApiError> | null;
    throw new CypherError(
      apiError?.code ?? 'INTERNAL',
      apiError?.error ?? `The server answered ${response.status} ${response.statusText}.`,
      apiError?.position,
    );
  }
  const result = body as CypherResponse | null;
  if (!result || !Array.isArray(result.columns) || !Array.isArray(result.rows) || !result.graph)
    throw new CypherError('BAD_RESPONSE', 'The server answered with something that is not a query result.');
  return result;
}
