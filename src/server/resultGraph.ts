// A store's result -> the API's response: rows as JSON, and every node, relationship and path found anywhere in
// them (lists and maps included) gathered into one graph the explorer can draw.
import type { CypherResponse } from '../model/api.ts';
import { GraphNode, GraphPath, GraphRelationship, type StoreResult, type StoreValue } from '../store/values.ts';

/** A node's API id: the entity's `id` property (the graph key) when it has one, else the store's element id. */
const nodeId = (node: GraphNode) => node.graphKey ?? node.elementId;
const edgeId = (rel: GraphRelationship) => rel.graphKey ?? rel.elementId;

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

/**
 * The response for a result (a `CypherResponse`), as JSON text; `endpoints` are nodes fetched for relationships
 * whose nodes the rows lack. Written here rather than by JSON.stringify of an object: a relationship is in the rows
 * and in the graph, and a node often in many paths, so each element's text is made once and written wherever it
 * occurs (its properties, from the embedded store, are already text: see src/store/grafeo/values.ts).
 */
export function cypherResponseJson(result: StoreResult, endpoints: GraphNode[], elapsedMs: number): string {
  const elements = collectElements(result.rows);
  for (const node of endpoints) if (!elements.nodes.has(node.elementId)) elements.nodes.set(node.elementId, node);
  const idOf = new Map([...elements.nodes].map(([elementId, node]) => [elementId, nodeId(node)]));
  const text = new Map<GraphNode | GraphRelationship, string>();
  const str = (value: string) => JSON.stringify(value);

  // As ResultNode and ResultEdge (src/model/api.ts), in their key order.
  const nodeJson = (node: GraphNode): string => {
    let json = text.get(node);
    if (json === undefined) {
      json = `{"id":${str(nodeId(node))},"labels":${JSON.stringify(node.labels)},"properties":${node.propertiesJson()}}`;
      text.set(node, json);
    }
    return json;
  };
  const edgeJson = (rel: GraphRelationship): string => {
    let json = text.get(rel);
    if (json === undefined) {
      // An endpoint the store could not return (deleted meanwhile) keeps its element id.
      const source = idOf.get(rel.startElementId) ?? rel.startElementId;
      const target = idOf.get(rel.endElementId) ?? rel.endElementId;
      json = `{"id":${str(edgeId(rel))},"type":${str(rel.type)},"source":${str(source)},"target":${str(target)},"properties":${rel.propertiesJson()}}`;
      text.set(rel, json);
    }
    return json;
  };
  const valueJson = (value: StoreValue): string => {
    if (value instanceof GraphNode) return nodeJson(value);
    if (value instanceof GraphRelationship) return edgeJson(value);
    if (value instanceof GraphPath)
      return `{"nodes":[${value.nodes.map(nodeJson).join(',')}],"edges":[${value.relationships.map(edgeJson).join(',')}]}`;
    if (Array.isArray(value)) return `[${value.map(valueJson).join(',')}]`;
    if (value && typeof value === 'object')
      return `{${Object.entries(value)
        .map(([k, v]) => `${str(k)}:${valueJson(v)}`)
        .join(',')}}`;
    return JSON.stringify(value) ?? 'null';
  };

  // One entry per node id: the same entity reached twice (or fetched as an endpoint) is drawn once.
  const nodes = new Map<string, GraphNode>();
  for (const node of elements.nodes.values()) nodes.set(nodeId(node), node);
  const edges = new Map<string, GraphRelationship>();
  for (const rel of elements.relationships.values()) edges.set(edgeId(rel), rel);
  const rows = result.rows.map((row) => `[${row.map(valueJson).join(',')}]`).join(',');
  const graph = `{"nodes":[${[...nodes.values()].map(nodeJson).join(',')}],"edges":[${[...edges.values()].map(edgeJson).join(',')}]}`;
  const tail: Pick<CypherResponse, 'truncated' | 'elapsedMs'> = {
    truncated: result.truncated,
    elapsedMs: Math.round(elapsedMs * 10) / 10,
  };
  return `{"columns":${JSON.stringify(result.columns)},"rows":[${rows}],"graph":${graph},${JSON.stringify(tail).slice(1)}`;
}
