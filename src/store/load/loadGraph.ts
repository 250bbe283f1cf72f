// The load: schema, then what the store holds, then only the differences, in batches of UNWIND statements.
// The same statements run on every store, so loading twice writes nothing and a new graph replaces the old.
import type { SerializedKnowledgeGraph } from '../../model/graph.ts';
import { ENTITY_TYPES, type EdgeType } from '../../model/vocabulary.ts';
import * as load from '../cypher/load.ts';
import { CLAIM_LINKS, EDGE_TYPES } from '../cypher/names.ts';
import { SCHEMA_STATEMENTS } from '../cypher/schema.ts';
import type { StoreWriter } from '../store.ts';
import { diffRows, storedElements, type Changes, type StoredElement } from './diff.ts';
import { graphRows, type LoadRow } from './rows.ts';

export interface LoadOptions {
  /** Rows per statement (default 2,000): big enough to amortise a round trip, small enough for one transaction. */
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
  statement: string;
  rows: (LoadRow | StoredElement)[];
}

const RESET_SLICE_SIZE = 10_000;

export async function loadGraph(
  writer: StoreWriter,
  graph: SerializedKnowledgeGraph,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  for (const statement of SCHEMA_STATEMENTS[writer.kind]) await writer.run(statement);
  if (options.reset) for (const statement of Object.values(load.RESET_SLICE)) await eraseInSlices(writer, statement);

  const rows = graphRows(graph);
  const stored = async (statement: string) => storedElements(await writer.run(statement));
  const relationIdentity = (e: { id: string; type?: string; source?: string; target?: string }) =>
    `${e.type}\n${e.source}\n${e.target}\n${e.id}`;
  const mentionIdentity = (e: { id: string; source?: string; target?: string }) => `${e.source}\n${e.target}\n${e.id}`;
  const documents = diffRows(rows.documents, await stored(load.STATE.documents));
  const entities = diffRows([...rows.entities.values()].flat(), await stored(load.STATE.entities));
  const relations = diffRows([...rows.relations.values()].flat(), await stored(load.STATE.relations), relationIdentity);
  const mentions = diffRows(rows.mentions, await stored(load.STATE.mentions), mentionIdentity);
  const claims = diffRows(rows.claims, await stored(load.STATE.claims));
  const storedLinks: StoredElement[] = [];
  for (const type of CLAIM_LINKS)
    for (const e of await stored(load.CLAIM_LINK_STATE[type])) storedLinks.push({ ...e, type });
  const claimLinks = diffRows(rows.claimLinks, storedLinks, relationIdentity);

  // Deletions first: a relation to a removed entity goes before the entity, and a key freed by a removal can be
  // taken by a new element.
  const steps: Step[] = [
    ...groupBy(relations.remove, (e) => e.type ?? '').map(([type, list]) => ({
      label: `removing ${type}`,
      statement: load.deleteRelations(type),
      rows: list,
    })),
    ...CLAIM_LINKS.map((type) => ({
      label: `removing ${type}`,
      statement: load.deleteClaimLinks(type),
      rows: claimLinks.remove.filter((e) => e.type === type),
    })),
    { label: 'removing claims', statement: load.DELETE_CLAIMS, rows: claims.remove },
    { label: 'removing mentions', statement: load.DELETE_MENTIONS, rows: mentions.remove },
    { label: 'removing entities', statement: load.DELETE_ENTITIES, rows: entities.remove },
    { label: 'removing documents', statement: load.DELETE_DOCUMENTS, rows: documents.remove },
    { label: 'documents', statement: load.UPSERT_DOCUMENTS, rows: documents.write },
    ...ENTITY_TYPES.map((type) => ({
      label: `${type} entities`,
      statement: load.upsertEntities(type),
      rows: entities.write.filter((r) => r.props.type === type),
    })),
    ...EDGE_TYPES.map((type: EdgeType) => ({
      label: type,
      statement: load.upsertRelations(type),
      rows: relations.write.filter((r) => r.type === type),
    })),
    { label: 'mentions', statement: load.UPSERT_MENTIONS, rows: mentions.write },
    { label: 'claims', statement: load.UPSERT_CLAIMS, rows: claims.write },
    ...CLAIM_LINKS.map((type) => ({
      label: type,
      statement: load.upsertClaimLinks(type),
      rows: claimLinks.write.filter((r) => r.type === type),
    })),
  ].filter((step) => step.rows.length > 0);

  const total = steps.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  options.onProgress?.(0, total, '');
  for (const step of steps) {
    for (let i = 0; i < step.rows.length; i += batchSize) {
      const batch = step.rows.slice(i, i + batchSize);
      await writer.run(step.statement, { rows: batch });
      done += batch.length;
      options.onProgress?.(done, total, step.label);
    }
  }
  return {
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
