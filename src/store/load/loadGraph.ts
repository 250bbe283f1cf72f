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
import {
  claimRows,
  documentRow,
  entityRow,
  graphMentions,
  graphRows,
  loadedElements,
  mentionRow,
  relationRow,
  type LoadRow,
} from './rows.ts';

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
  /** What the step writes: rows, or (creating) the graph's elements that become rows batch by batch. */
  rows: unknown[];
  /** The statement and its parameters for one batch of `rows`. */
  write(batch: unknown[]): Statement;
}

type Statement = [string, Record<string, unknown>];

const step = <T>(label: string, rows: T[], write: (batch: T[]) => Statement): Step => ({
  label,
  rows,
  write: (batch) => write(batch as T[]),
});

type Summaries = Pick<LoadSummary, 'documents' | 'entities' | 'relations' | 'mentions' | 'claims' | 'claimLinks'>;

const RESET_SLICE_SIZE = 10_000;
const MERGE_BATCH_SIZE = 2000;
const CREATE_BATCH_SIZE = 10_000;

const asRows = (statement: string) => (batch: unknown[]) => [statement, { rows: batch }] as Statement;

export async function loadGraph(
  writer: StoreWriter,
  graph: SerializedKnowledgeGraph,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  for (const statement of SCHEMA_STATEMENTS[writer.kind]) await writer.run(statement);
  if (options.reset) for (const statement of Object.values(load.RESET_SLICE)) await eraseInSlices(writer, statement);

  const stored = async (statement: string) => storedElements(await writer.run(statement));
  const storedDocuments = await stored(load.STATE.documents);
  const storedEntities = await stored(load.STATE.entities);
  // Relationships join the loader's nodes: a store without them holds none of the graph, and the load creates.
  const mode = storedDocuments.length === 0 && storedEntities.length === 0 ? 'create' : 'merge';
  const { steps, summaries } =
    mode === 'create' ? createPlan(graph) : await mergePlan(graph, stored, storedDocuments, storedEntities);
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
    ...summaries,
    writes: total,
    ms: performance.now() - started,
  };
}

type Stored = (statement: string) => Promise<StoredElement[]>;

/** Over a graph: every row, compared with what the store holds. */
async function mergePlan(
  graph: SerializedKnowledgeGraph,
  stored: Stored,
  storedDocuments: StoredElement[],
  storedEntities: StoredElement[],
): Promise<{ steps: Step[]; summaries: Summaries }> {
  const rows = graphRows(graph);
  const relationIdentity = (e: { id: string; type?: string; source?: string; target?: string }) =>
    `${e.type}\n${e.source}\n${e.target}\n${e.id}`;
  const mentionIdentity = (e: { id: string; source?: string; target?: string }) => `${e.source}\n${e.target}\n${e.id}`;
  const storedLinks: StoredElement[] = [];
  for (const type of CLAIM_LINKS)
    for (const e of await stored(load.CLAIM_LINK_STATE[type])) storedLinks.push({ ...e, type });
  const changes = {
    documents: diffRows(rows.documents, storedDocuments),
    entities: diffRows([...rows.entities.values()].flat(), storedEntities),
    relations: diffRows([...rows.relations.values()].flat(), await stored(load.STATE.relations), relationIdentity),
    mentions: diffRows(rows.mentions, await stored(load.STATE.mentions), mentionIdentity),
    claims: diffRows(rows.claims, await stored(load.STATE.claims)),
    claimLinks: diffRows(rows.claimLinks, storedLinks, relationIdentity),
  };
  const summaries = Object.fromEntries(Object.entries(changes).map(([kind, c]) => [kind, summary(c)])) as Summaries;
  return { steps: mergeSteps(changes), summaries };
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

/**
 * The load into an empty store: one CREATE per element, nodes before the relationships that join them. Nothing is
 * compared, so rows (and their content hashes) are made batch by batch as the statements go: the next batch's
 * while the engine runs the last, instead of every row before the first statement (5 s at 100,000 entities).
 */
function createPlan(graph: SerializedKnowledgeGraph): { steps: Step[]; summaries: Summaries } {
  const { entities, relations, known } = loadedElements(graph);
  const documents = graph.attributes?.documents ?? [];
  const mentions = graphMentions(graph, known);
  const { claims, claimLinks } = claimRows(graph, known);
  const nodes =
    <T>(labels: string[], row: (item: T) => LoadRow) =>
    (batch: T[]): Statement => {
      const { properties, params } = columns(batch.map(row));
      return [load.createNodes(labels, properties), params];
    };
  const relationships =
    <T>(type: string, ends: { from: string; to: string }, row: (item: T) => LoadRow) =>
    (batch: T[]): Statement => {
      const rows = batch.map(row);
      const { properties, params } = columns(rows);
      params.source = rows.map((r) => r.source);
      params.target = rows.map((r) => r.target);
      return [load.createRelationships(type, ends, properties), params];
    };
  const asIs = (row: LoadRow) => row;
  const entityEnds = { from: ENTITY_LABEL, to: ENTITY_LABEL };
  const steps = [
    step('documents', documents, nodes([DOCUMENT_LABEL], documentRow)),
    ...ENTITY_TYPES.map((type) =>
      step(`${type} entities`, entities.get(type) ?? [], nodes([ENTITY_LABEL, type], entityRow)),
    ),
    ...EDGE_TYPES.map((type) => step(type, relations.get(type) ?? [], relationships(type, entityEnds, relationRow))),
    step('mentions', mentions, relationships(MENTIONS, { from: DOCUMENT_LABEL, to: ENTITY_LABEL }, mentionRow)),
    step('claims', claims, nodes([CLAIM_LABEL], asIs)),
    ...CLAIM_LINKS.map((type) => {
      const [from, to] = load.CLAIM_LINK_ENDS[type];
      const links = claimLinks.filter((r) => r.type === type);
      return step(type, links, relationships(type, { from, to }, asIs));
    }),
  ].filter((s) => s.rows.length > 0);
  const created = (total: number): KindSummary => ({ total, added: total, changed: 0, removed: 0, unchanged: 0 });
  const count = (groups: Map<unknown, unknown[]>) => [...groups.values()].reduce((n, list) => n + list.length, 0);
  const summaries = {
    documents: created(documents.length),
    entities: created(count(entities)),
    relations: created(count(relations)),
    mentions: created(mentions.length),
    claims: created(claims.length),
    claimLinks: created(claimLinks.length),
  };
  return { steps, summaries };
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
