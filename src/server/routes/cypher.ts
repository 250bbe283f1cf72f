// POST /api/cypher {query, params} -> {columns, rows, graph, truncated, elapsedMs}.
import type { CypherRequest } from '../../model/api.ts';
import { QueryError } from '../../store/queryError.ts';
import type { Route } from '../context.ts';
import { readJsonBody, sendJsonText } from '../http.ts';
import { collectElements, cypherResponseJson, missingEndpoints } from '../resultGraph.ts';

const MAX_QUERY_LENGTH = 100_000;

function checkRequest(body: unknown): Required<CypherRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new QueryError('BAD_REQUEST', 'expected a JSON object {"query": "...", "params": {...}}');
  const { query, params = {} } = body as Record<string, unknown>;
  if (typeof query !== 'string' || !query.trim())
    throw new QueryError('BAD_REQUEST', '"query" must be a non-empty string of Cypher');
  if (query.length > MAX_QUERY_LENGTH)
    throw new QueryError('TOO_LARGE', `"query" is longer than ${MAX_QUERY_LENGTH} characters`);
  if (typeof params !== 'object' || params === null || Array.isArray(params))
    throw new QueryError('BAD_REQUEST', '"params" must be an object mapping parameter names to values');
  return { query, params: params as Record<string, unknown> };
}

export const cypherRoute: Route = {
  method: 'POST',
  path: /^\/api\/cypher$/,
  async handle({ reader, options }, req, res) {
    const { query, params } = checkRequest(await readJsonBody(req, options.maxBodyBytes));
    const started = performance.now();
    const limits = { timeoutMs: options.timeoutMs, maxRows: options.maxRows };
    // The user's Cypher runs in its own lane, limited per client; the endpoint lookup below is the server's own.
    const client = req.socket.remoteAddress ?? 'unknown';
    const result = await reader.read(query, params, { ...limits, lane: 'query', client });
    // Endpoints the store did not read with the rows (Neo4j's) are fetched in a second statement.
    const elements = collectElements(result.rows);
    const read = result.endpoints ?? [];
    for (const node of read) elements.nodes.set(node.elementId, node);
    const missing = missingEndpoints(elements);
    const fetched = missing.length ? await reader.nodesByElementId(missing, limits) : [];
    sendJsonText(res, 200, cypherResponseJson(result, [...read, ...fetched], performance.now() - started));
  },
};
