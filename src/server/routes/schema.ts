// GET /api/schema: labels, relationship types and property keys, with counts, for the console's autocomplete.
import type { SchemaResponse } from '../../model/api.ts';
import { countLabel, countType, SCHEMA, SCHEMA_PATTERNS } from '../../store/cypher/read.ts';
import { GraphNode, GraphRelationship, type StoreResult, type StoreValue } from '../../store/values.ts';
import { cached, type Route, type RouteContext } from '../context.ts';
import { sendJson } from '../http.ts';

type Pattern = SchemaResponse['patterns'][number];

/** Grafeo's (from, type, to) rows as they are; Neo4j's virtual relationships joined to their virtual nodes. */
function patternRows({ rows }: StoreResult): Pattern[] {
  const [nodes, relationships] = rows[0] ?? [];
  if (!Array.isArray(relationships))
    return rows.map(([from, type, to]) => ({ from: String(from), type: String(type), to: String(to) }));
  const label = new Map(
    (nodes as StoreValue[]).filter((n) => n instanceof GraphNode).map((n) => [n.elementId, n.labels[0]]),
  );
  return (relationships as StoreValue[])
    .filter((r): r is GraphRelationship => r instanceof GraphRelationship)
    .map((r) => ({ from: String(label.get(r.startElementId)), type: r.type, to: String(label.get(r.endElementId)) }));
}

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
  const patterns = patternRows(await reader.read(SCHEMA_PATTERNS[reader.kind], {}, limits))
    .filter((p) => p.from !== 'Entity' && p.to !== 'Entity')
    .sort((a, b) => `${a.type} ${a.from} ${a.to}`.localeCompare(`${b.type} ${b.from} ${b.to}`));
  // Labels and types whose last element a load removed can linger in the catalogue: they are left out.
  const present = new Set(typeCounts.filter((t) => t.count > 0).map((t) => t.type));
  return {
    labels: labelCounts.filter((l) => l.count > 0),
    relationshipTypes: typeCounts.filter((t) => t.count > 0),
    propertyKeys,
    patterns: patterns.filter((p) => present.has(p.type)),
  };
}

export const schemaRoute: Route = {
  method: 'GET',
  path: /^\/api\/schema$/,
  async handle(context, _req, res) {
    sendJson(res, 200, await cached(context, 'schema', () => readSchema(context)));
  },
};
