// How the loading worker hands relations to the page: columns of typed arrays (endpoints as node indices, strings
// as indices into one table of distinct strings), moved rather than copied (transferable buffers). Rebuilding edges
// from numbers is much cheaper for the page than parsing JSON or a structured clone of objects, and every document
// id, rule and repeated sentence becomes one string instead of one per use.
import type { SerializedEdge } from 'graphology-types';
import type { Evidence, KnowledgeGraph, RelationAttributes } from '../../model/graph.ts';
import type { EdgeType } from '../../model/vocabulary.ts';
import { GraphLoadError, type GraphEdges } from './checkGraph.ts';

export interface EdgeColumns {
  count: number;
  /** Indices into the node list the worker posted first. */
  sources: Uint32Array;
  targets: Uint32Array;
  /** Indices into `strings`. */
  types: Uint32Array;
  weights: Float64Array;
  /** NaN where the edge has no `stories`. */
  stories: Float64Array;
  /** Edge i's evidence is rows evidenceFrom[i] up to evidenceFrom[i + 1]. */
  evidenceFrom: Uint32Array;
  /** Per evidence row: indices into `strings`, and the offsets. */
  documents: Uint32Array;
  texts: Uint32Array;
  rules: Uint32Array;
  starts: Float64Array;
  ends: Float64Array;
  strings: string[];
  /**
   * Edges of another shape (a key other than TYPE:source->target, fields the format does not name), whole, by
   * position: the columns hold zeros there.
   */
  others: { at: number; edge: SerializedEdge<RelationAttributes> }[];
}

const EDGE_FIELDS = new Set(['key', 'source', 'target', 'attributes']);
const RELATION_FIELDS = new Set(['type', 'evidence', 'weight', 'stories']);
const EVIDENCE_FIELDS = ['document', 'text', 'start', 'end', 'rule'];

const edgeKey = (type: string, source: string, target: string) => `${type}:${source}->${target}`;

/** Whether the columns can hold this edge exactly (everything graph.json's writer produces). */
function fitsColumns(edge: SerializedEdge<RelationAttributes>): boolean {
  const a = edge.attributes!;
  return (
    edge.key === edgeKey(a.type, edge.source, edge.target) &&
    Object.keys(edge).every((field) => EDGE_FIELDS.has(field)) &&
    Object.keys(a).every((field) => RELATION_FIELDS.has(field)) &&
    (a.stories === undefined || typeof a.stories === 'number') &&
    a.evidence.every((e) => Object.keys(e).length === EVIDENCE_FIELDS.length)
  );
}

/** The buffers of `columns`, to transfer with postMessage. */
export const columnBuffers = (c: EdgeColumns): ArrayBuffer[] =>
  [
    c.sources,
    c.targets,
    c.types,
    c.weights,
    c.stories,
    c.evidenceFrom,
    c.documents,
    c.texts,
    c.rules,
    c.starts,
    c.ends,
  ].map((column) => column.buffer as ArrayBuffer);

/**
 * Packs checked edges; `nodeIndex` maps each node key to its place in the node list the page has. `keys` holds the
 * keys of the edges packed so far: a key that comes twice is an error naming `source`, the file.
 */
export function packEdges(
  edges: GraphEdges,
  nodeIndex: ReadonlyMap<string, number>,
  keys: { seen: Set<string>; source: string },
): EdgeColumns {
  const count = edges.length;
  const fits = edges.map(fitsColumns);
  const rows = edges.reduce((sum, edge, i) => sum + (fits[i] ? edge.attributes!.evidence.length : 0), 0);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (value: string) => {
    let index = stringIndex.get(value);
    if (index === undefined) stringIndex.set(value, (index = strings.push(value) - 1));
    return index;
  };
  const c: EdgeColumns = {
    count,
    sources: new Uint32Array(count),
    targets: new Uint32Array(count),
    types: new Uint32Array(count),
    weights: new Float64Array(count),
    stories: new Float64Array(count),
    evidenceFrom: new Uint32Array(count + 1),
    documents: new Uint32Array(rows),
    texts: new Uint32Array(rows),
    rules: new Uint32Array(rows),
    starts: new Float64Array(rows),
    ends: new Float64Array(rows),
    strings,
    others: [],
  };
  let row = 0;
  edges.forEach((edge, i) => {
    c.evidenceFrom[i] = row;
    if (edge.key !== undefined) {
      if (keys.seen.has(edge.key))
        throw new GraphLoadError(
          'BAD_FORMAT',
          `${keys.source} is not a knowledge graph: edge ${edge.key} appears twice. Regenerate it with npm run extract.`,
        );
      keys.seen.add(edge.key);
    }
    if (!fits[i]) {
      c.others.push({ at: i, edge });
      return;
    }
    const a = edge.attributes!;
    c.sources[i] = nodeIndex.get(edge.source)!;
    c.targets[i] = nodeIndex.get(edge.target)!;
    c.types[i] = intern(a.type);
    c.weights[i] = a.weight;
    c.stories[i] = a.stories ?? NaN;
    for (const e of a.evidence) {
      c.documents[row] = intern(e.document);
      c.texts[row] = intern(e.text);
      c.rules[row] = intern(e.rule);
      c.starts[row] = e.start;
      c.ends[row] = e.end;
      row++;
    }
  });
  c.evidenceFrom[count] = row;
  return c;
}

/**
 * Adds the edges of `columns` to a graph holding the nodes they refer to, in their order; a malformed message is
 * refused whole, with a GraphLoadError naming what is wrong, before any edge is added.
 */
export function addEdgeColumns(graph: KnowledgeGraph, c: EdgeColumns, nodeKeys: readonly string[]): void {
  checkColumns(c, nodeKeys.length);
  let next = 0;
  for (let i = 0; i < c.count; i++) {
    if (c.others[next]?.at === i) {
      graph.import({ nodes: [], edges: [c.others[next++]!.edge] });
      continue;
    }
    const source = nodeKeys[c.sources[i]!]!;
    const target = nodeKeys[c.targets[i]!]!;
    const type = c.strings[c.types[i]!] as EdgeType;
    const evidence: Evidence[] = [];
    for (let row = c.evidenceFrom[i]!; row < c.evidenceFrom[i + 1]!; row++)
      evidence.push({
        document: c.strings[c.documents[row]!]!,
        text: c.strings[c.texts[row]!]!,
        start: c.starts[row]!,
        end: c.ends[row]!,
        rule: c.strings[c.rules[row]!]!,
      });
    const attributes: RelationAttributes = { type, evidence, weight: c.weights[i]! };
    const stories = c.stories[i]!;
    if (!Number.isNaN(stories)) attributes.stories = stories;
    graph.addEdgeWithKey(edgeKey(type, source, target), source, target, attributes);
  }
}

/** Every index in range and every column as long as `count` says: a message that is not, is refused whole. */
function checkColumns(c: EdgeColumns, nodes: number): void {
  const fail = (what: string): never => {
    throw new GraphLoadError('BAD_FORMAT', `The loading worker sent malformed relations: ${what}.`);
  };
  if (!Number.isInteger(c.count) || c.count < 0) fail(`count ${String(c.count)}`);
  for (const name of ['sources', 'targets', 'types', 'weights', 'stories'] as const)
    if (c[name]?.length !== c.count) fail(`${name} holds ${c[name]?.length ?? 'nothing'}, not ${c.count}`);
  if (c.evidenceFrom?.length !== c.count + 1) fail('evidenceFrom does not hold one more than count');
  const rows = c.evidenceFrom[c.count]!;
  for (const name of ['documents', 'texts', 'rules', 'starts', 'ends'] as const)
    if (c[name]?.length !== rows) fail(`${name} holds ${c[name]?.length ?? 'nothing'}, not ${rows} evidence rows`);
  if (!Array.isArray(c.strings) || !Array.isArray(c.others)) fail('no strings or others lists');
  c.others.forEach(({ at }, i) => {
    if (!(at >= 0 && at < c.count) || (i > 0 && at <= c.others[i - 1]!.at)) fail(`others[${i}] is out of order`);
  });
  const badIndex = (column: Uint32Array, below: number) => column.findIndex((index) => index >= below);
  const outside = (name: string, at: number) => fail(`${name}[${at}] points past the end of its list`);
  for (const name of ['sources', 'targets'] as const) {
    const at = badIndex(c[name], nodes);
    if (at >= 0) outside(name, at);
  }
  for (const name of ['types', 'documents', 'texts', 'rules'] as const) {
    const at = badIndex(c[name], c.strings.length);
    if (at >= 0) outside(name, at);
  }
  for (let i = 0; i < c.count; i++)
    if (c.evidenceFrom[i]! > c.evidenceFrom[i + 1]!) fail(`evidenceFrom[${i}] is past evidenceFrom[${i + 1}]`);
}
