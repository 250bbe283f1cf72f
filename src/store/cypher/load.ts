// The loader's statements: read what the store holds, delete what is gone, upsert what is new or changed.
// Each takes `$rows` and is run in batches; labels and types come from the vocabulary, never from input.
import type { EdgeType, EntityType } from '../../model/vocabulary.ts';
import { ENTITY_TYPES, quoteName, type ClaimLink } from './names.ts';

/** What the store holds, with each element's content hash, so a load writes only what changed. */
export const STATE = {
  documents: 'MATCH (d:Document) RETURN d.id AS id, d.contentHash AS hash',
  entities: 'MATCH (e:Entity) RETURN e.id AS id, e.contentHash AS hash',
  relations:
    'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IS NOT NULL ' +
    'RETURN r.key AS id, type(r) AS type, a.id AS source, b.id AS target, r.contentHash AS hash',
  mentions:
    'MATCH (d:Document)-[m:MENTIONS]->(e:Entity) ' +
    'RETURN m.key AS id, d.id AS source, e.id AS target, m.contentHash AS hash',
  claims: 'MATCH (c:Claim) RETURN c.id AS id, c.contentHash AS hash',
} as const;

/** The claim links the store holds, per type. */
export const CLAIM_LINK_STATE: Record<ClaimLink, string> = {
  SAID:
    'MATCH (a:Entity)-[r:SAID]->(c:Claim) ' +
    'RETURN r.key AS id, a.id AS source, c.id AS target, r.contentHash AS hash',
  ABOUT:
    'MATCH (c:Claim)-[r:ABOUT]->(e:Entity) ' +
    'RETURN r.key AS id, c.id AS source, e.id AS target, r.contentHash AS hash',
  CONTAINS:
    'MATCH (d:Document)-[r:CONTAINS]->(c:Claim) ' +
    'RETURN r.key AS id, d.id AS source, c.id AS target, r.contentHash AS hash',
};

/** How each link of a claim runs: `(:Entity)-[:SAID]->(:Claim)-[:ABOUT]->(:Entity)`, `(:Document)-[:CONTAINS]->(:Claim)`. */
export const CLAIM_LINK_ENDS: Record<ClaimLink, [string, string]> = {
  SAID: ['Entity', 'Claim'],
  ABOUT: ['Claim', 'Entity'],
  CONTAINS: ['Document', 'Claim'],
};

export const DELETE_CLAIMS = 'UNWIND $rows AS row MATCH (c:Claim {id: row.id}) DETACH DELETE c';
export const UPSERT_CLAIMS = 'UNWIND $rows AS row MERGE (c:Claim {id: row.id}) SET c = row.props';

export const deleteClaimLinks = (type: ClaimLink): string => {
  const [from, to] = CLAIM_LINK_ENDS[type];
  return `UNWIND $rows AS row MATCH (:${from} {id: row.source})-[r:${type} {key: row.id}]->(:${to} {id: row.target}) DELETE r`;
};

export const upsertClaimLinks = (type: ClaimLink): string => {
  const [from, to] = CLAIM_LINK_ENDS[type];
  return (
    `UNWIND $rows AS row MATCH (a:${from} {id: row.source}) MATCH (b:${to} {id: row.target}) ` +
    `MERGE (a)-[r:${type} {key: row.id}]->(b) SET r = row.props`
  );
};

export const DELETE_DOCUMENTS = 'UNWIND $rows AS row MATCH (d:Document {id: row.id}) DETACH DELETE d';
export const DELETE_ENTITIES = 'UNWIND $rows AS row MATCH (e:Entity {id: row.id}) DETACH DELETE e';
export const DELETE_MENTIONS =
  'UNWIND $rows AS row MATCH (d:Document {id: row.source})-[m:MENTIONS {key: row.id}]->(e:Entity {id: row.target}) DELETE m';

/** Types are part of a relationship's identity, so each gets its own statement. */
export const deleteRelations = (type: EdgeType | string): string =>
  `UNWIND $rows AS row MATCH (a:Entity {id: row.source})-[r:${quoteName(type)} {key: row.id}]->(b:Entity {id: row.target}) DELETE r`;

// `SET x = row.props` replaces every property, so one removed from the graph (a source no longer known) goes too.
export const UPSERT_DOCUMENTS = 'UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row.props';

/** A retyped entity keeps its node: the other type labels are removed and its own is set. */
export const upsertEntities = (type: EntityType): string => {
  const others = ENTITY_TYPES.filter((t) => t !== type).map((t) => `:${t}`);
  return `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e = row.props REMOVE e${others.join('')} SET e:${type}`;
};

export const upsertRelations = (type: EdgeType): string =>
  'UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) ' +
  `MERGE (a)-[r:${type} {key: row.id}]->(b) SET r = row.props`;

export const UPSERT_MENTIONS =
  'UNWIND $rows AS row MATCH (d:Document {id: row.source}) MATCH (e:Entity {id: row.target}) ' +
  'MERGE (d)-[m:MENTIONS {key: row.id}]->(e) SET m = row.props';

// A load into an empty store (a fresh generation, --reset, an empty Neo4j) creates instead of merging: nothing is
// there to match, so each row is one CREATE. Rows travel as columns, `$c_<property>[i]` being row i's value (a null
// leaves the property unset, as `SET x = map` leaves out a missing key): a list of strings crosses into the engine
// several times faster than a list of maps.

/** A property name as the column parameter that carries it; the names come from the row format, never from input. */
export const columnParam = (property: string): string => {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(property)) throw new Error(`not a property name the loader writes: ${property}`);
  return `c_${property}`;
};

const columnMap = (properties: string[]) => `{${properties.map((p) => `${p}: $${columnParam(p)}[i]`).join(', ')}}`;

/** Nodes with `labels` (from the vocabulary) and `properties`, `$size` rows. */
export const createNodes = (labels: string[], properties: string[]): string =>
  `UNWIND range(0, $size - 1) AS i CREATE (n:${labels.map(quoteName).join(':')} ${columnMap(properties)})`;

/** Relationships of `type` between the nodes whose `id` is in `$source[i]` and `$target[i]`. */
export const createRelationships = (type: string, ends: { from: string; to: string }, properties: string[]): string =>
  `UNWIND range(0, $size - 1) AS i MATCH (a:${quoteName(ends.from)} {id: $source[i]}) ` +
  `MATCH (b:${quoteName(ends.to)} {id: $target[i]}) CREATE (a)-[r:${quoteName(type)} ${columnMap(properties)}]->(b)`;

/** --reset on Neo4j: in slices, so no single transaction has to hold the whole graph. */
export const RESET_SLICE = {
  entities: 'MATCH (e:Entity) WITH e LIMIT $limit DETACH DELETE e RETURN count(*) AS deleted',
  documents: 'MATCH (d:Document) WITH d LIMIT $limit DETACH DELETE d RETURN count(*) AS deleted',
  claims: 'MATCH (c:Claim) WITH c LIMIT $limit DETACH DELETE c RETURN count(*) AS deleted',
} as const;
