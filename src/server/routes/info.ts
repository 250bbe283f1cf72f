// GET /api/queries (the example queries, for the console) and GET /api/status (which store, which data).
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { StatusResponse } from '../../model/api.ts';
import { exampleQueries } from '../../store/exampleQueries.ts';
import type { Route, RouteContext } from '../context.ts';
import { sendJson } from '../http.ts';

/**
 * Changes when a load or an extraction changed what is served: the store's generation (Grafeo's file; Neo4j has
 * none) and graph.json's size and time, which is what the page draws.
 */
async function generation({ reader, options }: RouteContext, version: string | null): Promise<string> {
  const graph = await stat(options.graphFile).catch(() => null);
  const parts = [version ?? '', graph ? `${graph.size}:${graph.mtimeMs}` : ''];
  return createHash('sha256')
    .update(`${reader.kind}|${parts.join('|')}`)
    .digest('hex')
    .slice(0, 16);
}

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
  async handle(context, _req, res) {
    const { reader, options } = context;
    const version = await reader.version();
    const body: StatusResponse = {
      store: reader.kind,
      description: reader.describe(),
      version,
      generation: await generation(context, version),
      limits: { timeoutMs: options.timeoutMs, maxRows: options.maxRows, maxBodyBytes: options.maxBodyBytes },
    };
    sendJson(res, 200, body);
  },
};
