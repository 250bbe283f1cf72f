// neo4j-driver values -> store values, and JS parameters -> Neo4j ones.
import neo4j from 'neo4j-driver';
import { GraphNode, GraphPath, GraphRelationship, safeInteger, type PlainValue, type StoreValue } from '../values.ts';

type Neo4jNode = Parameters<typeof neo4j.isNode>[0] & { elementId: string; labels: string[]; properties: object };

const TEMPORAL = [
  neo4j.isDate,
  neo4j.isDateTime,
  neo4j.isLocalDateTime,
  neo4j.isTime,
  neo4j.isLocalTime,
  neo4j.isDuration,
] as ((v: unknown) => boolean)[];

function properties(props: object): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [k, v] of Object.entries(props)) out[k] = neo4jValue(v) as PlainValue;
  return out;
}

const node = (n: Neo4jNode) => new GraphNode(n.elementId, [...n.labels], properties(n.properties));

/** Integers become numbers where safe (strings past 2^53), temporal values ISO text, points {srid, x, y, z}. */
export function neo4jValue(value: unknown): StoreValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return safeInteger(BigInt((value as { toString(): string }).toString()));
  if (typeof value === 'bigint') return safeInteger(value);
  if (typeof value !== 'object') return value as PlainValue;
  if (neo4j.isNode(value)) return node(value as unknown as Neo4jNode);
  if (neo4j.isRelationship(value)) {
    const r = value;
    return new GraphRelationship(
      r.elementId,
      r.type,
      r.startNodeElementId,
      r.endNodeElementId,
      properties(r.properties),
    );
  }
  if (neo4j.isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map((n) => node(n as unknown as Neo4jNode));
    const relationships = value.segments.map((s) => neo4jValue(s.relationship) as GraphRelationship);
    return new GraphPath(nodes, relationships);
  }
  if (TEMPORAL.some((is) => is(value))) return String(value);
  if (neo4j.isPoint(value)) return { srid: Number(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (Array.isArray(value)) return value.map(neo4jValue);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: { [key: string]: StoreValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = neo4jValue(v);
    return out;
  }
  return String(value);
}

/**
 * JSON numbers that are whole become Neo4j integers: a JS number is otherwise sent as a float, and
 * `LIMIT $n` or a stored count would be 10.0.
 */
export function neo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(neo4jParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neo4jParams(v)]));
  return value;
}
