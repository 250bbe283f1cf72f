// GET /api/search?q=<text>[&limit=20]: entities by name or alias, case-insensitive, best matches first.
import type { SearchResponse } from '../../model/api.ts';
import type { EntityType } from '../../model/vocabulary.ts';
import { luceneQuery, SEARCH_ENTITIES } from '../../store/cypher/read.ts';
import { QueryError } from '../../store/queryError.ts';
import type { Route } from '../context.ts';
import { sendJson } from '../http.ts';

const MAX_LIMIT = 100;

export const searchRoute: Route = {
  method: 'GET',
  path: /^\/api\/search$/,
  async handle({ reader, options }, req, res) {
    const url = new URL(req.url ?? '', 'http://localhost');
    // Names are stored one a line in searchText: a line break in the text would match across two names.
    const q = (url.searchParams.get('q') ?? '')
      .replace(/[\r\n\t]+/g, ' ')
      .trim()
      .toLowerCase();
    if (!q) throw new QueryError('BAD_REQUEST', 'give the text to look for: /api/search?q=<name or alias>');
    const limit = Number(url.searchParams.get('limit') ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      throw new QueryError('BAD_REQUEST', `limit must be a whole number from 1 to ${MAX_LIMIT}`);
    const params = reader.kind === 'neo4j' ? { q, limit, lucene: luceneQuery(q) } : { q, limit };
    const result = await reader.read(SEARCH_ENTITIES[reader.kind], params, {
      timeoutMs: options.timeoutMs,
      maxRows: limit,
    });
    const body: SearchResponse = {
      results: result.rows.map(([id, name, type, aliases, matched]) => ({
        id: String(id),
        name: String(name),
        type: type as EntityType,
        aliases: Array.isArray(aliases) ? aliases.map(String) : [],
        matched: String(matched ?? name),
      })),
    };
    sendJson(res, 200, body);
  },
};
