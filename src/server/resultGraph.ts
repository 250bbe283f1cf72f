// A store's result -> the API's response: rows as JSON, and every node, relationship and path found anywhere in
// them (lists and maps included) gathered into one graph the explorer can draw.
import type { CypherResponse, ResultEdge, ResultNode } from '../model/api.ts';
import { GraphNode, GraphPath, GraphRelationship, type StoreResult, type StoreValue } from '../store/values.ts';

/** A node's API id: the entity's `id` property (the graph key) when it has one, else the store's element id. */
const nodeId = (node: GraphNode) => (typeof node.properties.id === 'string' ? node.properties.id : node.elementId);
const edgeId = (rel: GraphRelationship) =>
  typeof rel.properties.key === 'string' ? rel.properties.key : rel.elementId;

/** Every node and relationship in the rows, by element id. */
export function collectElements(rows: StoreValue[][]) {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  const visit = (value: StoreValue): void => {
    if (value instanceof GraphNode) nodes.set(value.elementId, value);
    else if (value instanceof GraphRelationship) relationships.set(value.elementId, value);
    else if (value instanceof GraphPath) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  rows.forEach((row) => row.forEach(visit));
  return { nodes, relationships };
}

/** Endpoints the rows name without holding their nodes: to fetch, so no edge dangles. */
export function missingEndpoints({ nodes, relationships }: ReturnType<typeof collectElements>): string[] {
  const missing = new Set<string>();
  for (const r of relationships.values())
    for (const end of [r.startElementId, r.endElementId]) if (!nodes.has(end)) missing.add(end);
  return [...missing];
}

/** The response for a result; `endpoints` are nodes fetched for relationships whose nodes the rows lack. */
export function cypherResponse(result: StoreResult, endpoints: GraphNode[], elapsedMs: number): CypherResponse {
  const elements = collectElements(result.rows);
  for (const node of endpoints) if (!elements.nodes.has(node.elementId)) elements.nodes.set(node.elementId, node);
  const idOf = new Map([...elements.nodes].map(([elementId, node]) => [elementId, nodeId(node)]));

  const toNode = (node: GraphNode): ResultNode => ({
    id: nodeId(node),
    labels: node.labels,
    properties: node.properties,
  });
  const toEdge = (rel: GraphRelationship): ResultEdge => ({
    id: edgeId(rel),
    type: rel.type,
    // An endpoint the store could not return (deleted meanwhile) keeps its element id.
    source: idOf.get(rel.startElementId) ?? rel.startElementId,
    target: idOf.get(rel.endElementId) ?? rel.endElementId,
    properties: rel.properties,
  });
  const toJson = (value: StoreValue): unknown => {
    if (value instanceof GraphNode) return toNode(value);
    if (value instanceof GraphRelationship) return toEdge(value);
    if (value instanceof GraphPath) return { nodes: value.nodes.map(toNode), edges: value.relationships.map(toEdge) };
    if (Array.isArray(value)) return value.map(toJson);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
    return value;
  };
  // One entry per node id: the same entity reached twice (or fetched as an endpoint) is drawn once.
  const nodes = new Map<string, ResultNode>();
  for (const node of elements.nodes.values()) nodes.set(nodeId(node), toNode(node));
  const edges = new Map<string, ResultEdge>();
  for (const rel of elements.relationships.values()) edges.set(edgeId(rel), toEdge(rel));
  return {
    columns: result.columns,
    rows: result.rows.map((row) => row.map(toJson)),
    graph: { nodes: [...nodes.values()], edges: [...edges.values()] },
    truncated: result.truncated,
    elapsedMs: Math.round(elapsedMs * 10) / 10,
  };
}
