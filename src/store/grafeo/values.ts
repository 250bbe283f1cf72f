// Grafeo's result values -> store values, in two halves: the query process encodes (plain values, and each node and
// relationship once however many rows and paths hold it, its properties as JSON text), the server decodes into graph
// elements. Grafeo gives nodes as maps with `_id` and `_labels`, relationships with `_id`, `_type`, `_source` and
// `_target`, and paths as `{nodes, edges}`. A 2-hop neighbourhood names its start node in every path: sent once, it
// is converted once. The properties stay text to the response (src/server/resultGraph.ts splices them): structured
// clones of the same maps cost more to send and to receive than the text, and the server then encoded them again.
import {
  EncodedProperties,
  GRAPH_KEY,
  GraphNode,
  GraphPath,
  GraphRelationship,
  graphKeyIn,
  safeInteger,
  type PlainValue,
  type StoreValue,
} from '../values.ts';
import { approximateBytes } from './resultSize.ts';

type Raw = Record<string, unknown>;

/**
 * A cell as the query process sends it. Every object is a tag, so a user's map can never pass for an element:
 * `n`/`r` index the node and relationship tables, `p` is a path (node indexes, relationship indexes), `m` a map.
 */
export type WireValue =
  | PlainValue
  | WireValue[]
  | { n: number }
  | { r: number }
  | { p: [number[], number[]] }
  | { m: { [key: string]: WireValue } };

export interface WireNode {
  id: number;
  labels: string[];
  /** JSON text of the properties. */
  properties: string;
  /** Its graph key (`id`), read out of the properties. */
  key: string | null;
}

export interface WireRelationship {
  id: number;
  type: string;
  source: number;
  target: number;
  properties: string;
  key: string | null;
}

/** Rows with the elements they hold, each once. */
export interface WireRows {
  rows: WireValue[][];
  nodes: WireNode[];
  relationships: WireRelationship[];
  /**
   * The nodes the relationships end at that no row holds, read in the query process right after the query, so the
   * server need not send a second statement through its lookup process for them.
   */
  endpoints: WireNode[];
}

const isMap = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isNodeMap = (v: Raw) => typeof v._id === 'number' && Array.isArray(v._labels);
const isEdgeMap = (v: Raw) => typeof v._id === 'number' && typeof v._type === 'string' && '_source' in v;

export const nodeElementId = (id: unknown) => `n:${id}`;
const edgeElementId = (id: unknown) => `e:${id}`;

/**
 * An element's properties as JSON text: a map as Cypher gives it in a row (without the `_` keys) or as `properties(n)`
 * does. Most values are strings, numbers or lists of them, which JSON holds as they are: only the others are copied
 * through plainValue (a copy of every value took a third of the encoding's time).
 */
function propertiesJson(raw: Raw): string {
  const props: Record<string, unknown> = {};
  for (const key in raw) {
    if (key.startsWith('_')) continue;
    const value = raw[key];
    props[key] = isJsonAsIs(value) || (Array.isArray(value) && value.every(isJsonAsIs)) ? value : plainValue(value);
  }
  return JSON.stringify(props);
}

const isJsonAsIs = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

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

function wireNode(id: number, labels: string[], raw: Raw): WireNode {
  return { id, labels: [...labels], properties: propertiesJson(raw), key: graphKeyIn(raw, GRAPH_KEY.node) };
}

/** A plain value as a cell: its maps tagged (a value of another class comes out of plainValue as a map). */
const tagMaps = (value: PlainValue): WireValue => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(tagMaps);
  return { m: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tagMaps(v)])) };
};

/**
 * Encodes rows one at a time (`add`), keeping each element once. `bytes` is about what the rows take once the
 * server has expanded them (an element counts wherever it occurs), so the result cap holds for the response.
 */
export class WireEncoder {
  readonly wire: WireRows = { rows: [], nodes: [], relationships: [], endpoints: [] };
  bytes = 0;
  private nodeIndex = new Map<number, number>();
  private relationshipIndex = new Map<number, number>();
  private endpointIds = new Set<number>();
  /** Approximate bytes of each element, by table index. */
  private nodeBytes: number[] = [];
  private relationshipBytes: number[] = [];

  add(row: unknown[]): void {
    const encoded = row.map((cell) => this.encode(cell));
    this.bytes += approximateBytes(encoded);
    this.wire.rows.push(encoded);
  }

  /** The ids of the nodes the relationships end at that neither a row nor an added endpoint holds. */
  missingEndpoints(): number[] {
    const missing = new Set<number>();
    for (const { source, target } of this.wire.relationships)
      for (const id of [source, target]) if (!this.nodeIndex.has(id) && !this.endpointIds.has(id)) missing.add(id);
    return [...missing];
  }

  /** One of those endpoints, as `id(n), labels(n), properties(n)` give it. */
  addEndpoint(id: unknown, labels: unknown, props: unknown): void {
    if (typeof id !== 'number' || !Array.isArray(labels) || !isMap(props) || this.endpointIds.has(id)) return;
    const node = wireNode(id, labels as string[], props);
    this.endpointIds.add(id);
    this.wire.endpoints.push(node);
    this.bytes += approximateBytes(node);
  }

  private node(raw: Raw): number {
    const id = raw._id as number;
    let index = this.nodeIndex.get(id);
    if (index === undefined) {
      index = this.wire.nodes.length;
      const node = wireNode(id, raw._labels as string[], raw);
      this.wire.nodes.push(node);
      this.nodeBytes.push(approximateBytes(node));
      this.nodeIndex.set(id, index);
    }
    this.bytes += this.nodeBytes[index];
    return index;
  }

  private relationship(raw: Raw): number {
    const id = raw._id as number;
    let index = this.relationshipIndex.get(id);
    if (index === undefined) {
      index = this.wire.relationships.length;
      const rel: WireRelationship = {
        id,
        type: raw._type as string,
        source: raw._source as number,
        target: raw._target as number,
        properties: propertiesJson(raw),
        key: graphKeyIn(raw, GRAPH_KEY.relationship),
      };
      this.wire.relationships.push(rel);
      this.relationshipBytes.push(approximateBytes(rel));
      this.relationshipIndex.set(id, index);
    }
    this.bytes += this.relationshipBytes[index];
    return index;
  }

  private encode(value: unknown): WireValue {
    if (Array.isArray(value)) return value.map((v) => this.encode(v));
    if (!isMap(value)) return tagMaps(plainValue(value));
    if (isNodeMap(value)) return { n: this.node(value) };
    if (isEdgeMap(value)) return { r: this.relationship(value) };
    const keys = Object.keys(value);
    if (keys.length === 2 && Array.isArray(value.nodes) && Array.isArray(value.edges)) {
      const nodes = value.nodes.filter((n): n is Raw => isMap(n) && isNodeMap(n));
      const edges = value.edges.filter((e): e is Raw => isMap(e) && isEdgeMap(e));
      if (nodes.length === value.nodes.length && edges.length === value.edges.length && nodes.length > 0)
        return { p: [nodes.map((n) => this.node(n)), edges.map((e) => this.relationship(e))] };
    }
    const out: { [key: string]: WireValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.encode(v);
    return { m: out };
  }
}

const decodeNode = (n: WireNode) =>
  new GraphNode(nodeElementId(n.id), n.labels, new EncodedProperties(n.properties, n.key));

/** A row of NODES_BY_ELEMENT_ID.grafeo (id, labels, properties, decoded) as the node. */
export const nodeOfRow = ([id, labels, props]: StoreValue[]): GraphNode =>
  new GraphNode(nodeElementId(id), labels as string[], props as Record<string, PlainValue>);

/** The endpoints the query process read for relationships whose nodes the rows lack. */
export const decodeEndpoints = (wire: WireRows): GraphNode[] => wire.endpoints.map(decodeNode);

/** The server's side: rows of store values, each element one object however often the rows name it. */
export function decodeRows(wire: WireRows): StoreValue[][] {
  const nodes = wire.nodes.map(decodeNode);
  const relationships = wire.relationships.map(
    (r) =>
      new GraphRelationship(
        edgeElementId(r.id),
        r.type,
        nodeElementId(r.source),
        nodeElementId(r.target),
        new EncodedProperties(r.properties, r.key),
      ),
  );
  const decode = (value: WireValue): StoreValue => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(decode);
    if ('n' in value) return nodes[value.n as number];
    if ('r' in value) return relationships[value.r as number];
    if ('p' in value) {
      const [n, r] = value.p as [number[], number[]];
      return new GraphPath(
        n.map((i) => nodes[i]),
        r.map((i) => relationships[i]),
      );
    }
    const out: { [key: string]: StoreValue } = {};
    for (const [k, v] of Object.entries(value.m as { [key: string]: WireValue })) out[k] = decode(v);
    return out;
  };
  return wire.rows.map((row) => row.map(decode));
}
