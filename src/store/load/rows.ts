// graph.json -> the rows the load statements take: one per document, entity, relation, document mention, claim
// and claim link.
// Each row carries a hash of its properties, stored with it, so the next load can tell what changed.
import { hash } from 'node:crypto';
import { claimKey } from '../../model/claims.ts';
import type { SerializedKnowledgeGraph } from '../../model/graph.ts';
import { claimLabel } from '../../model/graphFile.ts';
import type { ClaimLink } from '../cypher/names.ts';
import type { EdgeType, EntityType } from '../../model/vocabulary.ts';
import type { PlainValue } from '../values.ts';

/** One element to write: its identity, its endpoints for relationships, and its properties. */
export interface LoadRow {
  id: string;
  /** Relations: the relationship type, part of the identity. */
  type?: string;
  source?: string;
  target?: string;
  props: Record<string, PlainValue>;
}

export interface GraphRows {
  documents: LoadRow[];
  entities: Map<EntityType, LoadRow[]>;
  relations: Map<EdgeType, LoadRow[]>;
  mentions: LoadRow[];
  claims: LoadRow[];
  /** SAID, ABOUT and CONTAINS, each row with its `type`. */
  claimLinks: LoadRow[];
}

/**
 * Property values Neo4j can store: nulls are left out (Neo4j stores no null), lists stay homogeneous. One object
 * and a one-shot hash per row: at 600,000 rows, entries, filter and spread took half the time of building them.
 */
function withHash(props: Record<string, PlainValue>): Record<string, PlainValue> {
  const kept: Record<string, PlainValue> = {};
  for (const key in props) if (props[key] !== null && props[key] !== undefined) kept[key] = props[key];
  kept.contentHash = hash('sha1', JSON.stringify(kept), 'base64url').slice(0, 16);
  return kept;
}

/** Lowercase name and aliases, one a line: what search matches with CONTAINS. */
export const searchText = (name: string, aliases: string[]): string =>
  [...new Set([name, ...aliases].map((n) => n.toLowerCase()))].join('\n');

type GraphNode = SerializedKnowledgeGraph['nodes'][number];
type GraphEdge = SerializedKnowledgeGraph['edges'][number];
type GraphDocument = NonNullable<NonNullable<SerializedKnowledgeGraph['attributes']>['documents']>[number];

export const documentRow = (d: GraphDocument): LoadRow => ({
  id: d.id,
  props: withHash({
    id: d.id,
    title: d.title,
    source: d.source ?? null,
    published: d.published ?? null,
    words: d.words ?? null,
    sha256: d.sha256 ?? null,
  }),
});

/** An entity's row; its node must have attributes (graph.json's nodes without them are not loaded). */
export function entityRow({ key, attributes }: GraphNode): LoadRow {
  const a = attributes!;
  return {
    id: key,
    props: withHash({
      id: key,
      name: a.label,
      type: a.type,
      aliases: a.aliases,
      documents: a.documents,
      mentions: a.mentions,
      x: a.x ?? null,
      y: a.y ?? null,
      size: a.size ?? null,
      searchText: searchText(a.label, a.aliases),
    }),
  };
}

/** A relation's row; its edge must have attributes, as for entities. */
export function relationRow({ key, source, target, attributes }: GraphEdge): LoadRow {
  const a = attributes!;
  const id = key ?? `${a.type}:${source}->${target}`;
  // Evidence as parallel lists: Neo4j stores lists of strings or of integers, not lists of maps.
  return {
    id,
    type: a.type,
    source,
    target,
    props: withHash({
      key: id,
      weight: a.weight,
      evidenceDocuments: a.evidence.map((e) => e.document),
      evidenceTexts: a.evidence.map((e) => e.text),
      evidenceStarts: a.evidence.map((e) => e.start),
      evidenceEnds: a.evidence.map((e) => e.end),
      evidenceRules: a.evidence.map((e) => e.rule),
    }),
  };
}

/** A document's mention of an entity: how many times it names it. */
export interface Mention {
  document: string;
  entity: string;
  count: number;
}

/** The mentions of entities in the graph (`known` keys); a mention of another entity is dropped. */
export const graphMentions = (graph: SerializedKnowledgeGraph, known: Set<string>): Mention[] =>
  (graph.attributes?.documents ?? []).flatMap((d) =>
    Object.entries(d.mentions ?? {})
      .filter(([entity]) => known.has(entity))
      .map(([entity, spans]) => ({ document: d.id, entity, count: spans.length })),
  );

export function mentionRow({ document, entity, count }: Mention): LoadRow {
  const id = `MENTIONS:${document}->${entity}`;
  return { id, source: document, target: entity, props: withHash({ key: id, count }) };
}

/** The graph's nodes and edges that are loaded (those with attributes), by type. */
export function loadedElements(graph: SerializedKnowledgeGraph) {
  const entities = new Map<EntityType, GraphNode[]>();
  for (const node of graph.nodes) if (node.attributes) push(entities, node.attributes.type, node);
  const relations = new Map<EdgeType, GraphEdge[]>();
  for (const edge of graph.edges) if (edge.attributes) push(relations, edge.attributes.type, edge);
  return { entities, relations, known: new Set(graph.nodes.map((n) => n.key)) };
}

function push<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

export function graphRows(graph: SerializedKnowledgeGraph): GraphRows {
  const { entities, relations, known } = loadedElements(graph);
  const rowsOf = <K, V>(groups: Map<K, V[]>, row: (v: V) => LoadRow) =>
    new Map([...groups].map(([k, list]) => [k, list.map(row)]));
  return {
    documents: (graph.attributes?.documents ?? []).map(documentRow),
    entities: rowsOf(entities, entityRow),
    relations: rowsOf(relations, relationRow),
    mentions: graphMentions(graph, known).map(mentionRow),
    ...claimRows(graph, known),
  };
}

/** A node per claim and its links; `known` entity keys (a link to an entity not in the graph is dropped). */
export function claimRows(
  graph: SerializedKnowledgeGraph,
  known: Set<string>,
): Pick<GraphRows, 'claims' | 'claimLinks'> {
  const claims: LoadRow[] = [];
  const claimLinks: LoadRow[] = [];
  const link = (type: ClaimLink, source: string, target: string) => {
    const id = `${type}:${source}->${target}`;
    claimLinks.push({ id, type, source, target, props: withHash({ key: id }) });
  };
  for (const c of graph.attributes?.claims ?? []) {
    const id = claimKey(c);
    claims.push({
      id,
      props: withHash({
        id,
        name: claimLabel(c.text),
        document: c.document,
        kind: c.kind,
        text: c.text,
        start: c.start,
        end: c.end,
        sentenceStart: c.sentence.start,
        sentenceEnd: c.sentence.end,
        cue: c.cue,
        medium: c.medium,
      }),
    });
    link('CONTAINS', c.document, id);
    if (c.speaker !== null && known.has(c.speaker)) link('SAID', c.speaker, id);
    for (const entity of c.about) if (known.has(entity)) link('ABOUT', id, entity);
  }
  return { claims, claimLinks };
}
