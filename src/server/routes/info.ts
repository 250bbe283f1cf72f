// GET /api/queries (the example queries, for the console) and GET /api/status (which store, which data).
import { exampleQueries } from '../../store/exampleQueries.ts';
import type { Route } from '../context.ts';
import { sendJson } from '../http.ts';

export const queriesRoute: Route = {
  method: 'GET',
  path: /^\/api\/queries$/,
  async handle({ options }, _req, res) {
    sendJson(res, 200, { queries: await exampleQueries(options.queriesDir) });
  },
};

export const statusRoute: Route = {
  method: 'GET',
  path: /^\/api\/status$/,
  async handle({ reader, options }, _req, res) {
    sendJson(res, 200, {
      store: reader.kind,
      description: reader.describe(),
      version: await reader.version(),
      limits: { timeoutMs: options.timeoutMs, maxRows: options.maxRows, maxBodyBytes: options.maxBodyBytes },
    });
  },
};
