// The load: schema, then what the store holds, then only the differences, in batches of UNWIND statements. Into an
// empty store it creates every element in large column batches; otherwise it merges what is new or changed and
// deletes what is gone. The same statements run on every store, so loading twice writes nothing.
import type { SerializedKnowledgeGraph } from '../../model/graph.ts';
import { ENTITY_TYPES, type EdgeType } from '../../model/vocabulary.ts';
import * as load from '../cypher/load.ts';
import { CLAIM_LABEL, CLAIM_LINKS, DOCUMENT_LABEL, EDGE_TYPES, ENTITY_LABEL, MENTIONS } from '../cypher/names.ts';
import { SCHEMA_STATEMENTS } from '../cypher/schema.ts';
import type { StoreWriter } from '../store.ts';
import { diffRows, storedElements, type Changes, type StoredElement } from './diff.ts';
import { graphRows, type LoadRow } from './rows.ts';

export interface LoadOptions {
  /**
   * Rows per statement. Default 2,000 when merging (big enough to amortise a round trip, small enough for one
   * transaction) and 10,000 when creating, whose statements do less per row.
   */
  batchSize?: number;
  /** Erase the graph's nodes first (the loader's labels only: Entity, Document and Claim). */
  reset?: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface KindSummary {
  total: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface LoadSummary {
  /** `create`: the store held no graph, so every element was created; `merge`: only the differences were written. */
  mode: 'create' | 'merge';
  documents: KindSummary;
  entities: KindSummary;
  relations: KindSummary;
  mentions: KindSummary;
  claims: KindSummary;
  /** SAID, ABOUT and CONTAINS. */
  claimLinks: KindSummary;
  /** Rows written or deleted: 0 when the store already held this graph. */
  writes: number;
  ms: number;
}

interface Step {
  label: string;
  rows: (LoadRow | StoredElement)[];
  /** The statement and its parameters for one batch of `rows`. */
  write(batch: (LoadRow | StoredElement)[]): [string, Record<string, unknown>];
}

const RESET_SLICE_SIZE = 10_000;
const MERGE_BATCH_SIZE = 2000;
const CREATE_BATCH_SIZE = 10_000;

const asRows = (statement: string) => (batch: unknown[]) =>
  [statement, { rows: batch }] as [string, Record<string, unknown>];

export async function loadGraph(
  writer: StoreWriter,
  graph: SerializedKnowledgeGraph,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  for (const statement of SCHEMA_STATEMENTS[writer.kind]) await writer.run(statement);
  if (options.reset) for (const statement of Object.values(load.RESET_SLICE)) await eraseInSlices(writer, statement);

  const rows = graphRows(graph);
  const stored = async (statement: string) => storedElements(await writer.run(statement));
  const storedDocuments = await stored(load.STATE.documents);
  const storedEntities = await stored(load.STATE.entities);
  // Relationships join the loader's nodes: a store without them holds none of the graph, and the load creates.
  const mode = storedDocuments.length === 0 && storedEntities.length === 0 ? 'create' : 'merge';
  const relationIdentity = (e: { id: string; type?: string; source?: string; target?: string }) =>
    `${e.type}\n${e.source}\n${e.target}\n${e.id}`;
  const mentionIdentity = (e: { id: string; source?: string; target?: string }) => `${e.source}\n${e.target}\n${e.id}`;
  const storedOf = (statement: string) => (mode === 'create' ? Promise.resolve([]) : stored(statement));
  const documents = diffRows(rows.documents, storedDocuments);
  const entities = diffRows([...rows.entities.values()].flat(), storedEntities);
  const relations = diffRows(
    [...rows.relations.values()].flat(),
    await storedOf(load.STATE.relations),
    relationIdentity,
  );
  const mentions = diffRows(rows.mentions, await storedOf(load.STATE.mentions), mentionIdentity);
  const claims = diffRows(rows.claims, await storedOf(load.STATE.claims));
  const storedLinks: StoredElement[] = [];
  for (const type of CLAIM_LINKS)
    for (const e of await storedOf(load.CLAIM_LINK_STATE[type])) storedLinks.push({ ...e, type });
  const claimLinks = diffRows(rows.claimLinks, storedLinks, relationIdentity);

  const changes = { documents, entities, relations, mentions, claims, claimLinks };
  const steps = (mode === 'create' ? createSteps : mergeSteps)(changes);
  const batchSize = options.batchSize ?? (mode === 'create' ? CREATE_BATCH_SIZE : MERGE_BATCH_SIZE);
  const total = steps.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  options.onProgress?.(0, total, '');
  // One statement at a time, in order; the next one's parameters are built while the store runs the last (the
  // engine works on a thread of its own, as Neo4j does on its server).
  let running: Promise<void> = Promise.resolve();
  for (const step of steps)
    for (let i = 0; i < step.rows.length; i += batchSize) {
      const batch = step.rows.slice(i, i + batchSize);
      const statement = step.write(batch);
      await running;
      running = writer.run(...statement).then(() => {
        done += batch.length;
        options.onProgress?.(done, total, step.label);
      });
    }
  await running;
  return {
    mode,
    documents: summary(documents),
    entities: summary(entities),
    relations: summary(relations),
    mentions: summary(mentions),
    claims: summary(claims),
    claimLinks: summary(claimLinks),
    writes: total,
    ms: performance.now() - started,
  };
}

interface AllChanges {
  documents: Changes<LoadRow>;
  entities: Changes<LoadRow>;
  relations: Changes<LoadRow>;
  mentions: Changes<LoadRow>;
  claims: Changes<LoadRow>;
  claimLinks: Changes<LoadRow>;
}

/** The incremental load: deletions, then upserts (MERGE … SET x = row.props) of what is new or changed. */
function mergeSteps({ documents, entities, relations, mentions, claims, claimLinks }: AllChanges): Step[] {
  // Deletions first: a relation to a removed entity goes before the entity, and a key freed by a removal can be
  // taken by a new element.
  return [
    ...groupBy(relations.remove, (e) => e.type ?? '').map(([type, list]) => ({
      label: `removing ${type}`,
      rows: list,
      write: asRows(load.deleteRelations(type)),
    })),
    ...CLAIM_LINKS.map((type) => ({
      label: `removing ${type}`,
      rows: claimLinks.remove.filter((e) => e.type === type),
      write: asRows(load.deleteClaimLinks(type)),
    })),
    { label: 'removing claims', rows: claims.remove, write: asRows(load.DELETE_CLAIMS) },
    { label: 'removing mentions', rows: mentions.remove, write: asRows(load.DELETE_MENTIONS) },
    { label: 'removing entities', rows: entities.remove, write: asRows(load.DELETE_ENTITIES) },
    { label: 'removing documents', rows: documents.remove, write: asRows(load.DELETE_DOCUMENTS) },
    { label: 'documents', rows: documents.write, write: asRows(load.UPSERT_DOCUMENTS) },
    ...ENTITY_TYPES.map((type) => ({
      label: `${type} entities`,
      rows: entities.write.filter((r) => r.props.type === type),
      write: asRows(load.upsertEntities(type)),
    })),
    ...EDGE_TYPES.map((type: EdgeType) => ({
      label: type,
      rows: relations.write.filter((r) => r.type === type),
      write: asRows(load.upsertRelations(type)),
    })),
    { label: 'mentions', rows: mentions.write, write: asRows(load.UPSERT_MENTIONS) },
    { label: 'claims', rows: claims.write, write: asRows(load.UPSERT_CLAIMS) },
    ...CLAIM_LINKS.map((type) => ({
      label: type,
      rows: claimLinks.write.filter((r) => r.type === type),
      write: asRows(load.upsertClaimLinks(type)),
    })),
  ].filter((step) => step.rows.length > 0);
}

/** The load into an empty store: one CREATE per element, nodes before the relationships that join them. */
function createSteps({ documents, entities, relations, mentions, claims, claimLinks }: AllChanges): Step[] {
  const nodes = (labels: string[]) => (batch: LoadRow[]) => {
    const { properties, params } = columns(batch);
    return [load.createNodes(labels, properties), params] as [string, Record<string, unknown>];
  };
  const relationships = (type: string, ends: { from: string; to: string }) => (batch: LoadRow[]) => {
    const { properties, params } = columns(batch);
    params.source = batch.map((r) => r.source);
    params.target = batch.map((r) => r.target);
    return [load.createRelationships(type, ends, properties), params] as [string, Record<string, unknown>];
  };
  const entityEnds = { from: ENTITY_LABEL, to: ENTITY_LABEL };
  return [
    { label: 'documents', rows: documents.write, write: nodes([DOCUMENT_LABEL]) },
    ...ENTITY_TYPES.map((type) => ({
      label: `${type} entities`,
      rows: entities.write.filter((r) => r.props.type === type),
      write: nodes([ENTITY_LABEL, type]),
    })),
    ...EDGE_TYPES.map((type: EdgeType) => ({
      label: type,
      rows: relations.write.filter((r) => r.type === type),
      write: relationships(type, entityEnds),
    })),
    {
      label: 'mentions',
      rows: mentions.write,
      write: relationships(MENTIONS, { from: DOCUMENT_LABEL, to: ENTITY_LABEL }),
    },
    { label: 'claims', rows: claims.write, write: nodes([CLAIM_LABEL]) },
    ...CLAIM_LINKS.map((type) => {
      const [from, to] = load.CLAIM_LINK_ENDS[type];
      return {
        label: type,
        rows: claimLinks.write.filter((r) => r.type === type),
        write: relationships(type, { from, to }),
      };
    }),
  ].filter((step) => step.rows.length > 0) as Step[];
}

/** A batch as the create statements take it: one list per property (null where a row has none), and `$size`. */
function columns(batch: LoadRow[]): { properties: string[]; params: Record<string, unknown> } {
  const properties = [...new Set(batch.flatMap((r) => Object.keys(r.props)))].sort();
  const params: Record<string, unknown> = { size: batch.length };
  for (const p of properties) params[load.columnParam(p)] = batch.map((r) => r.props[p] ?? null);
  return { properties, params };
}

async function eraseInSlices(writer: StoreWriter, statement: string): Promise<void> {
  for (;;) {
    const [row] = await writer.run(statement, { limit: RESET_SLICE_SIZE });
    if (!row || Number(row.deleted) === 0) return;
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}

const summary = (c: Changes<LoadRow>): KindSummary => ({
  total: c.added + c.changed + c.unchanged,
  added: c.added,
  changed: c.changed,
  removed: c.remove.length,
  unchanged: c.unchanged,
});
