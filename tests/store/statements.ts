// Every Cypher statement the code sends, with the parameters it is sent with: the list the parser check reads.
import { ENTITY_TYPES } from '../../src/model/vocabulary.ts';
import * as load from '../../src/store/cypher/load.ts';
import { CLAIM_LINKS, EDGE_TYPES } from '../../src/store/cypher/names.ts';
import * as read from '../../src/store/cypher/read.ts';
import { SCHEMA_STATEMENTS } from '../../src/store/cypher/schema.ts';
import { BENCH_PARAMS, BENCH_QUERIES, NEO4J_SETTLE } from '../../scripts/bench/store/queries.ts';

export interface Statement {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

const rows = { rows: [{ id: 'x', source: 'a', target: 'b', props: { key: 'x' } }] };

/** The create statements of a load into an empty store, with the properties the row format writes. */
function bulkStatements(): Statement[] {
  const columns = (properties: string[]) => ({
    size: 1,
    ...Object.fromEntries(properties.map((p) => [load.columnParam(p), ['x']])),
  });
  const entity = [
    'aliases',
    'contentHash',
    'documents',
    'id',
    'mentions',
    'name',
    'searchText',
    'size',
    'type',
    'x',
    'y',
  ];
  const relation = ['contentHash', 'evidenceDocuments', 'evidenceTexts', 'key', 'weight'];
  const ends = { source: ['a'], target: ['b'] };
  return [
    {
      name: 'create documents',
      cypher: load.createNodes(['Document'], ['id', 'title']),
      params: columns(['id', 'title']),
    },
    ...ENTITY_TYPES.map((t) => ({
      name: `create ${t}`,
      cypher: load.createNodes(['Entity', t], entity),
      params: columns(entity),
    })),
    ...EDGE_TYPES.map((t) => ({
      name: `create ${t}`,
      cypher: load.createRelationships(t, { from: 'Entity', to: 'Entity' }, relation),
      params: { ...columns(relation), ...ends },
    })),
    {
      name: 'create claims',
      cypher: load.createNodes(['Claim'], ['id', 'text']),
      params: columns(['id', 'text']),
    },
    ...CLAIM_LINKS.map((t) => ({
      name: `create ${t}`,
      cypher: load.createRelationships(t, { from: load.CLAIM_LINK_ENDS[t][0], to: load.CLAIM_LINK_ENDS[t][1] }, [
        'key',
      ]),
      params: { ...columns(['key']), ...ends },
    })),
    {
      name: 'create mentions',
      cypher: load.createRelationships('MENTIONS', { from: 'Document', to: 'Entity' }, ['count', 'key']),
      params: { ...columns(['count', 'key']), ...ends },
    },
  ];
}

export const STATEMENTS: Statement[] = [
  ...SCHEMA_STATEMENTS.grafeo.map((cypher, i) => ({ name: `schema grafeo ${i}`, cypher, params: {} })),
  ...SCHEMA_STATEMENTS.neo4j.map((cypher, i) => ({ name: `schema neo4j ${i}`, cypher, params: {} })),
  ...Object.entries(load.STATE).map(([k, cypher]) => ({ name: `state ${k}`, cypher, params: {} })),
  ...Object.entries(load.RESET_SLICE).map(([k, cypher]) => ({ name: `reset ${k}`, cypher, params: { limit: 10 } })),
  { name: 'delete documents', cypher: load.DELETE_DOCUMENTS, params: rows },
  { name: 'delete entities', cypher: load.DELETE_ENTITIES, params: rows },
  { name: 'delete mentions', cypher: load.DELETE_MENTIONS, params: rows },
  { name: 'upsert documents', cypher: load.UPSERT_DOCUMENTS, params: rows },
  { name: 'upsert mentions', cypher: load.UPSERT_MENTIONS, params: rows },
  ...ENTITY_TYPES.map((t) => ({ name: `upsert ${t}`, cypher: load.upsertEntities(t), params: rows })),
  ...EDGE_TYPES.map((t) => ({ name: `upsert ${t}`, cypher: load.upsertRelations(t), params: rows })),
  ...EDGE_TYPES.map((t) => ({ name: `delete ${t}`, cypher: load.deleteRelations(t), params: rows })),
  ...bulkStatements(),
  ...CLAIM_LINKS.map((t) => ({ name: `state ${t}`, cypher: load.CLAIM_LINK_STATE[t], params: {} })),
  ...CLAIM_LINKS.map((t) => ({ name: `upsert ${t}`, cypher: load.upsertClaimLinks(t), params: rows })),
  ...CLAIM_LINKS.map((t) => ({ name: `delete ${t}`, cypher: load.deleteClaimLinks(t), params: rows })),
  { name: 'upsert claims', cypher: load.UPSERT_CLAIMS, params: rows },
  { name: 'delete claims', cypher: load.DELETE_CLAIMS, params: rows },
  { name: 'delete odd type', cypher: load.deleteRelations('WEIRD `TYPE`'), params: rows },
  { name: 'search grafeo', cypher: read.SEARCH_ENTITIES.grafeo, params: { q: 'legion', limit: 10 } },
  { name: 'search neo4j', cypher: read.SEARCH_ENTITIES.neo4j, params: { q: 'legion', limit: 10, lucene: 'legion*' } },
  { name: 'entity', cypher: read.ENTITY, params: { id: 'x' } },
  { name: 'entity relations', cypher: read.ENTITY_RELATIONS, params: { id: 'x', limit: 10 } },
  { name: 'entity documents', cypher: read.ENTITY_DOCUMENTS, params: { id: 'x' } },
  ...Object.entries(read.SCHEMA).map(([k, cypher]) => ({ name: `schema ${k}`, cypher, params: {} })),
  ...Object.entries(read.SCHEMA_PATTERNS).map(([k, cypher]) => ({ name: `schema patterns ${k}`, cypher, params: {} })),
  { name: 'shortest path', cypher: read.shortestPathStatement(6), params: { from: 'a', to: 'b' } },
  { name: 'entity node id', cypher: read.ENTITY_NODE_ID, params: { id: 'x' } },
  { name: 'count label', cypher: read.countLabel('Odd `Label`'), params: {} },
  { name: 'count type', cypher: read.countType('MENTIONS'), params: {} },
  ...Object.entries(read.NODES_BY_ELEMENT_ID).map(([k, cypher]) => ({
    name: `nodes ${k}`,
    cypher,
    params: { ids: [] },
  })),
  ...Object.entries(BENCH_QUERIES).map(([k, cypher]) => ({
    name: `bench:store ${k}`,
    cypher,
    params: BENCH_PARAMS[k as keyof typeof BENCH_QUERIES],
  })),
  ...NEO4J_SETTLE.map((cypher, i) => ({ name: `bench:store settle ${i}`, cypher, params: {} })),
];
