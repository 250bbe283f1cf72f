// GET /api/discrepancies: where the documents of the served graph.json disagree (see graph/discrepancies.ts).
import { findDiscrepancies } from '../../graph/discrepancies.ts';
import { readGraphFile } from '../../store/load/readGraph.ts';
import type { Route } from '../context.ts';
import { sendJson } from '../http.ts';

export const discrepanciesRoute: Route = {
  method: 'GET',
  path: /^\/api\/discrepancies$/,
  async handle({ options }, _req, res) {
    sendJson(res, 200, { discrepancies: findDiscrepancies(await readGraphFile(options.graphFile)) });
  },
};
