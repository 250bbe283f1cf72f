// Loading graph.json: the one place where the explorer's input enters, checked once and then trusted.
import { MultiGraph } from 'graphology';
import type { KnowledgeGraph } from '../../model/graph.ts';
import { fromGraphFile, type GraphFile } from '../../model/graphFile.ts';
import { isEntityType } from '../../model/vocabulary.ts';

export class GraphLoadError extends Error {
  override name = 'GraphLoadError';
  constructor(
    readonly code: 'NOT_FOUND' | 'NETWORK' | 'NOT_JSON' | 'BAD_FORMAT' | 'BAD_SOURCE',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Where to load the graph from: `?graph=` (same origin only, so a shared link cannot make the page fetch from
 * elsewhere) or graph.json beside the page, which works under any path on a static host.
 */
export function graphUrl(location: Pick<Location, 'search' | 'href' | 'origin'>): string {
  const requested = new URLSearchParams(location.search).get('graph');
  if (!requested) return new URL('graph.json', location.href).toString();
  const url = new URL(requested, location.href);
  if (url.origin !== location.origin)
    throw new GraphLoadError('BAD_SOURCE', `?graph= must name a file on this site, not ${url.origin}.`);
  return url.toString();
}

/** Checks the serialized graph's shape and builds the graphology graph. */
export function parseGraph(json: unknown, source: string): KnowledgeGraph {
  const bad = (what: string) =>
    new GraphLoadError(
      'BAD_FORMAT',
      `${source} is not a knowledge graph: ${what}. Regenerate it with npm run extract.`,
    );
  if (typeof json !== 'object' || json === null) throw bad('expected a JSON object');
  const file = json as Partial<GraphFile>;
  if (!Array.isArray(file.nodes) || !Array.isArray(file.edges)) throw bad('no "nodes" and "edges" arrays');
  // Claims are kept beside the entity graph (the graph attribute `claims`), not drawn as nodes.
  const data = fromGraphFile(file as GraphFile);
  for (const node of data.nodes) {
    const attrs = node?.attributes;
    if (typeof node?.key !== 'string' || !attrs || typeof attrs.label !== 'string' || !isEntityType(String(attrs.type)))
      throw bad(`node ${JSON.stringify(node?.key)} lacks a label or a known type`);
    if (!Number.isFinite(attrs.x) || !Number.isFinite(attrs.y)) throw bad(`node ${node.key} has no x/y position`);
    attrs.aliases ??= [];
    attrs.documents ??= [];
    attrs.mentions ??= 0;
  }
  for (const edge of data.edges) {
    if (!edge?.attributes || !Array.isArray(edge.attributes.evidence))
      throw bad(`edge ${JSON.stringify(edge?.key)} has no evidence list`);
  }
  const attributes = data.attributes ?? { name: 'graph', documents: [], reviews: [] };
  attributes.documents ??= [];
  attributes.reviews ??= [];
  const graph: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
  graph.import({ ...data, attributes, options: { type: 'directed', multi: true, allowSelfLoops: true } });
  return graph;
}

export async function loadGraph(url: string): Promise<KnowledgeGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new GraphLoadError('NETWORK', `Could not reach ${url}: ${(error as Error).message}.`);
  }
  if (!response.ok)
    throw new GraphLoadError(
      'NOT_FOUND',
      `${url} answered ${response.status}. Run npm run extract, then serve the page with npm start (or put graph.json beside index.html).`,
    );
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new GraphLoadError('NOT_JSON', `${url} is not valid JSON. Regenerate it with npm run extract.`);
  }
  return parseGraph(json, url);
}
