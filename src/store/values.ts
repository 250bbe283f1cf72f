// What a store's result rows hold, whichever store ran the query: plain JSON values and graph elements.

/** A property value a store can hold: Neo4j stores scalars and homogeneous lists of them. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** A node as the store gave it; `elementId` is the store's own id (Neo4j `elementId()`, Grafeo `n:<id>`). */
export class GraphNode {
  constructor(
    readonly elementId: string,
    readonly labels: string[],
    readonly properties: Record<string, PlainValue>,
  ) {}
}

export class GraphRelationship {
  constructor(
    readonly elementId: string,
    readonly type: string,
    readonly startElementId: string,
    readonly endElementId: string,
    readonly properties: Record<string, PlainValue>,
  ) {}
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
