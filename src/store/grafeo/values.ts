// Grafeo's result values -> store values. Grafeo gives nodes as maps with `_id` and `_labels`, relationships
// with `_id`, `_type`, `_source` and `_target`, and paths as `{nodes, edges}`.
import { GraphNode, GraphPath, GraphRelationship, safeInteger, type PlainValue, type StoreValue } from '../values.ts';

type Raw = Record<string, unknown>;

const isMap = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isNodeMap = (v: Raw) => typeof v._id === 'number' && Array.isArray(v._labels);
const isEdgeMap = (v: Raw) => typeof v._id === 'number' && typeof v._type === 'string' && '_source' in v;

export const nodeElementId = (id: unknown) => `n:${id}`;
const edgeElementId = (id: unknown) => `e:${id}`;

function properties(raw: Raw): Record<string, PlainValue> {
  const props: Record<string, PlainValue> = {};
  for (const [key, value] of Object.entries(raw)) if (!key.startsWith('_')) props[key] = plainValue(value);
  return props;
}

export function toNode(raw: Raw): GraphNode {
  return new GraphNode(nodeElementId(raw._id), [...(raw._labels as string[])], properties(raw));
}

function toRelationship(raw: Raw): GraphRelationship {
  return new GraphRelationship(
    edgeElementId(raw._id),
    raw._type as string,
    nodeElementId(raw._source),
    nodeElementId(raw._target),
    properties(raw),
  );
}

/** Numbers past 2^53 as strings, timestamps as ISO text, bytes as base64, vectors as lists. */
function plainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return safeInteger(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (ArrayBuffer.isView(value)) return Array.from(value as Float32Array);
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object') {
    const out: Record<string, PlainValue> = {};
    for (const [k, v] of Object.entries(value as Raw)) out[k] = plainValue(v);
    return out;
  }
  return String(value);
}

/** A result cell: graph elements become classes; everything else plain values. */
export function grafeoValue(value: unknown): StoreValue {
  if (Array.isArray(value)) return value.map(grafeoValue);
  if (isMap(value)) {
    if (isNodeMap(value)) return toNode(value);
    if (isEdgeMap(value)) return toRelationship(value);
    const keys = Object.keys(value);
    if (keys.length === 2 && Array.isArray(value.nodes) && Array.isArray(value.edges)) {
      const nodes = value.nodes.filter((n): n is Raw => isMap(n) && isNodeMap(n));
      const edges = value.edges.filter((e): e is Raw => isMap(e) && isEdgeMap(e));
      if (nodes.length === value.nodes.length && edges.length === value.edges.length && nodes.length > 0)
        return new GraphPath(nodes.map(toNode), edges.map(toRelationship));
    }
    const out: { [key: string]: StoreValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = grafeoValue(v);
    return out;
  }
  return plainValue(value);
}
