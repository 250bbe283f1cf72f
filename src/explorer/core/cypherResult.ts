// What a Cypher result means for the explorer: the entities and relations it names in the loaded graph, and how
// each table cell reads. Pure, so the console's behaviour is tested without a browser.
import type { CypherResponse, ResultEdge, ResultNode } from '../../model/api.ts';
import type { KnowledgeGraph } from '../../model/graph.ts';
import { isObject } from '../../model/json.ts';

export interface ResultSelection {
  nodes: Set<string>;
  edges: Set<string>;
  /** Result nodes that are not entities of the loaded graph (e.g. documents): listed in the table only. */
  otherNodes: number;
}

/**
 * Matches result nodes by entity key, and relationships by their `key` property (the store keeps graph.json's edge
 * key there), else by the key built from type and endpoints, else by type and endpoints.
 */
export function selectionFromResult(graph: KnowledgeGraph, result: Pick<CypherResponse, 'graph'>): ResultSelection {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  let otherNodes = 0;
  for (const node of result.graph.nodes) {
    if (graph.hasNode(node.id)) nodes.add(node.id);
    else otherNodes++;
  }
  for (const edge of result.graph.edges) {
    const stored = edge.properties.key;
    const key =
      typeof stored === 'string' && graph.hasEdge(stored) ? stored : `${edge.type}:${edge.source}->${edge.target}`;
    if (graph.hasEdge(key)) edges.add(key);
    else if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      for (const candidate of graph.edges(edge.source, edge.target))
        if (graph.getEdgeAttribute(candidate, 'type') === edge.type) edges.add(candidate);
    }
    if (graph.hasNode(edge.source)) nodes.add(edge.source);
    if (graph.hasNode(edge.target)) nodes.add(edge.target);
  }
  return { nodes, edges, otherNodes };
}

export type CellView =
  | { kind: 'null' }
  | { kind: 'scalar'; text: string }
  | { kind: 'node'; id: string; label: string; labels: string[] }
  | { kind: 'edge'; type: string; source: string; target: string }
  | { kind: 'path'; parts: CellView[] }
  | { kind: 'list'; items: CellView[] }
  | { kind: 'map'; entries: [string, CellView][] };

const isResultNode = (value: Record<string, unknown>): value is Record<string, unknown> & ResultNode =>
  typeof value.id === 'string' && Array.isArray(value.labels) && isObject(value.properties);

const isResultEdge = (value: Record<string, unknown>): value is Record<string, unknown> & ResultEdge =>
  typeof value.type === 'string' && typeof value.source === 'string' && typeof value.target === 'string';

function nodeName(node: ResultNode): string {
  const { name, label, title, id } = node.properties;
  const first = [name, label, title, id].find((v) => typeof v === 'string' && v.length > 0);
  return typeof first === 'string' ? first : node.id;
}

/** One cell as a tree of parts the table renders as text (never as HTML). */
export function describeValue(value: unknown): CellView {
  if (value === null || value === undefined) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list', items: value.map(describeValue) };
  if (!isObject(value)) return { kind: 'scalar', text: typeof value === 'string' ? value : JSON.stringify(value) };
  if (isResultNode(value))
    return { kind: 'node', id: value.id, label: nodeName(value), labels: value.labels.map(String) };
  if (isResultEdge(value)) return { kind: 'edge', type: value.type, source: value.source, target: value.target };
  const pathNodes = value.nodes;
  const pathEdges = value.relationships ?? value.edges;
  if (Array.isArray(pathNodes) && Array.isArray(pathEdges)) {
    const parts: CellView[] = [];
    pathNodes.forEach((node, i) => {
      parts.push(describeValue(node));
      if (i < pathEdges.length) parts.push(describeValue(pathEdges[i]));
    });
    return { kind: 'path', parts };
  }
  return { kind: 'map', entries: Object.entries(value).map(([k, v]) => [k, describeValue(v)]) };
}

/** Plain text of a cell, for copying and for titles. */
export function cellText(cell: CellView): string {
  switch (cell.kind) {
    case 'null':
      return 'null';
    case 'scalar':
      return cell.text;
    case 'node':
      return `(${cell.label})`;
    case 'edge':
      return `-[:${cell.type}]->`;
    case 'path':
      return cell.parts.map(cellText).join('');
    case 'list':
      return `[${cell.items.map(cellText).join(', ')}]`;
    case 'map':
      return `{${cell.entries.map(([k, v]) => `${k}: ${cellText(v)}`).join(', ')}}`;
  }
}
