// What a store's result rows hold, whichever store ran the query: plain JSON values and graph elements.

/** A property value a store can hold: Neo4j stores scalars and homogeneous lists of them. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * An element's properties as JSON text, with its graph key read out (`graphKey` below): how the embedded store's
 * query processes send them, encoded once there and spliced into the API's response as they are.
 */
export class EncodedProperties {
  constructor(
    readonly json: string,
    readonly key: string | null,
  ) {}
}

/** The property that holds an element's key in graph.json: a node's `id`, a relationship's `key`. */
export const GRAPH_KEY = { node: 'id', relationship: 'key' } as const;

/** The graph key in a property map, when it is a string. */
export const graphKeyIn = (properties: Record<string, unknown>, property: string): string | null =>
  typeof properties[property] === 'string' ? (properties[property] as string) : null;

/** A node or relationship's properties, held as the store gave them: a map, or JSON text parsed when first read. */
abstract class GraphElement {
  private map: Record<string, PlainValue> | null;
  private json: string | null;
  /** The element's key in graph.json (see GRAPH_KEY), when it has one. */
  readonly graphKey: string | null;

  constructor(properties: Record<string, PlainValue> | EncodedProperties, keyProperty: string) {
    const encoded = properties instanceof EncodedProperties;
    this.map = encoded ? null : properties;
    this.json = encoded ? properties.json : null;
    this.graphKey = encoded ? properties.key : graphKeyIn(properties, keyProperty);
  }

  get properties(): Record<string, PlainValue> {
    return (this.map ??= JSON.parse(this.json!) as Record<string, PlainValue>);
  }

  /** The properties as JSON text, made once however many times a response holds the element. */
  propertiesJson(): string {
    return (this.json ??= JSON.stringify(this.map));
  }
}

/** A node as the store gave it; `elementId` is the store's own id (Neo4j `elementId()`, Grafeo `n:<id>`). */
export class GraphNode extends GraphElement {
  constructor(
    readonly elementId: string,
    readonly labels: string[],
    properties: Record<string, PlainValue> | EncodedProperties,
  ) {
    super(properties, GRAPH_KEY.node);
  }
}

export class GraphRelationship extends GraphElement {
  constructor(
    readonly elementId: string,
    readonly type: string,
    readonly startElementId: string,
    readonly endElementId: string,
    properties: Record<string, PlainValue> | EncodedProperties,
  ) {
    super(properties, GRAPH_KEY.relationship);
  }
}

export class GraphPath {
  constructor(
    readonly nodes: GraphNode[],
    readonly relationships: GraphRelationship[],
  ) {}
}

/** A cell of a result row. Classes, not tagged maps, so that a user's map can never pass for a node. */
export type StoreValue =
  PlainValue | GraphNode | GraphRelationship | GraphPath | StoreValue[] | { [key: string]: StoreValue };

export interface StoreResult {
  columns: string[];
  rows: StoreValue[][];
  /** True when the query returned more rows than asked for; `rows` holds the first ones. */
  truncated: boolean;
  /** Nodes the rows' relationships end at that the rows lack, when the store read them with the rows (Grafeo). */
  endpoints?: GraphNode[];
}

/** Integers past 2^53 cannot be JS numbers without losing digits: they travel as decimal strings. */
export const safeInteger = (value: bigint): number | string =>
  value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : String(value);
