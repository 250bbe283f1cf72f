// GET /api/path?from=<id>&to=<id>[&maxHops=6]: the fewest hops between two entities, over any relation, as
// POST /api/cypher answers shortestPath((a)-[*..6]-(b)): columns p and hops, no row when there is no such path.
import { ENTITY } from '../../store/cypher/read.ts';
import { QueryError } from '../../store/queryError.ts';
import type { Route } from '../context.ts';
import { sendJsonText } from '../http.ts';
import { cypherResponseJson } from '../resultGraph.ts';

const MAX_HOPS = 15;

export const pathRoute: Route = {
  method: 'GET',
  path: /^\/api\/path$/,
  async handle({ reader, options }, req, res) {
    const started = performance.now();
    const url = new URL(req.url ?? '', 'http://localhost');
    const [from, to] = [url.searchParams.get('from'), url.searchParams.get('to')];
    if (!from || !to) throw new QueryError('BAD_REQUEST', 'give both entities: /api/path?from=<id>&to=<id>');
    if (from === to) throw new QueryError('BAD_REQUEST', `from and to are the same entity ("${from}")`);
    const maxHops = Number(url.searchParams.get('maxHops') ?? 6);
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
      throw new QueryError('BAD_REQUEST', `maxHops must be a whole number from 1 to ${MAX_HOPS}`);
    const limits = { timeoutMs: options.timeoutMs, maxRows: 1 };
    const result = await reader.shortestPath(from, to, maxHops, limits);
    // No path: say so when it is because an entity does not exist.
    if (!result.rows.length)
      for (const id of [from, to])
        if (!(await reader.read(ENTITY, { id }, limits)).rows.length)
          throw new QueryError('NOT_FOUND', `no entity has the id "${id}": find ids with /api/search?q=<a name>`);
    sendJsonText(res, 200, cypherResponseJson(result, [], performance.now() - started));
  },
};
