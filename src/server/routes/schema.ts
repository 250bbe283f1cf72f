// GET /api/schema: labels, relationship types and property keys, with counts, for the console's autocomplete.
import type { SchemaResponse } from '../../model/api.ts';
import { countLabel, countType, SCHEMA } from '../../store/cypher/read.ts';
import { cached, type Route, type RouteContext } from '../context.ts';
import { sendJson } from '../http.ts';

async function readSchema({ reader, options }: RouteContext): Promise<SchemaResponse> {
  const limits = { timeoutMs: options.timeoutMs, maxRows: 100_000 };
  const column = async (statement: string) =>
    (await reader.read(statement, {}, limits)).rows.map((r) => String(r[0])).sort();
  const count = async (statement: string) => Number((await reader.read(statement, {}, limits)).rows[0]?.[0] ?? 0);
  const [labels, types, propertyKeys] = [
    await column(SCHEMA.labels),
    await column(SCHEMA.relationshipTypes),
    await column(SCHEMA.propertyKeys),
  ];
  const labelCounts = [];
  for (const label of labels) labelCounts.push({ label, count: await count(countLabel(label)) });
  const typeCounts = [];
  for (const type of types) typeCounts.push({ type, count: await count(countType(type)) });
  // Labels and types whose last element a load removed can linger in the catalogue: they are left out.
  return {
    labels: labelCounts.filter((l) => l.count > 0),
    relationshipTypes: typeCounts.filter((t) => t.count > 0),
    propertyKeys,
  };
}

export const schemaRoute: Route = {
  method: 'GET',
  path: /^\/api\/schema$/,
  async handle(context, _req, res) {
    sendJson(res, 200, await cached(context, 'schema', () => readSchema(context)));
  },
};
