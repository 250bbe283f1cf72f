// The API's own read statements: search, one entity with its relations and documents, the schema.
import { quoteName } from './names.ts';

const SEARCH_RANK = `CASE
  WHEN toLower(e.name) = $q THEN 0
  WHEN toLower(e.name) STARTS WITH $q THEN 1
  WHEN any(a IN e.aliases WHERE toLower(a) = $q) THEN 2
  WHEN e.searchText CONTAINS $q THEN 3
  ELSE 4 END`;
const SEARCH_RETURN = `RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
  coalesce(head([n IN [e.name] + e.aliases WHERE toLower(n) CONTAINS $q]), e.name) AS matched`;

/**
 * Entities by name or alias, best first: exact name, name prefix, exact alias, then other matches, and among equals
 * the most mentioned. `searchText` holds the lowercase names, one a line. Grafeo: the names that contain `$q`
 * (a scan, 25 ms at 100,000 entities). Neo4j: the full-text index `entity_names` with the Lucene query `$lucene`
 * (see luceneQuery), which finds words by prefix and misspelt words too, ranked by its score after the above.
 */
export const SEARCH_ENTITIES = {
  grafeo: `MATCH (e:Entity) WHERE e.searchText CONTAINS $q
WITH e, ${SEARCH_RANK} AS rank
${SEARCH_RETURN}
ORDER BY rank, e.mentions DESC, e.name
LIMIT $limit`,
  neo4j: `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 200}) YIELD node AS e, score
WITH e, score, ${SEARCH_RANK} AS rank
${SEARCH_RETURN}
ORDER BY rank, score DESC, e.mentions DESC, e.name
LIMIT $limit`,
} as const;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The search text as a Lucene query: every word, as a prefix or (from 5 letters) one edit away. */
export function luceneQuery(q: string): string {
  const words = q
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, ''))
    .filter(Boolean);
  if (!words.length) return '""';
  return words.map((w) => (w.length >= 5 ? `(${w}* OR ${w}~1)` : `${w}*`)).join(' AND ');
}

export const ENTITY = `MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.mentions AS mentions,
  e.documents AS documents`;

/** Stated relations first, then co-occurrence; heavier ones first within each. */
export const ENTITY_RELATIONS = `MATCH (e:Entity {id: $id})-[r]-(o:Entity)
RETURN type(r) AS type, startNode(r) = e AS out, o.id AS id, o.name AS name, o.type AS otherType,
  o.aliases AS aliases, r.evidenceDocuments AS documents, r.evidenceTexts AS texts, r.evidenceStarts AS starts,
  r.evidenceEnds AS ends, r.evidenceRules AS rules, r.weight AS weight
ORDER BY CASE type(r) WHEN 'MENTIONED_WITH' THEN 1 ELSE 0 END, weight DESC, type, name
LIMIT $limit`;

export const ENTITY_DOCUMENTS = `MATCH (d:Document)-[:MENTIONS]->(e:Entity {id: $id})
RETURN d.id AS id, d.title AS title, d.source AS source, d.published AS published
ORDER BY d.published, d.id`;

export const SCHEMA = {
  labels: 'CALL db.labels() YIELD label RETURN label',
  relationshipTypes: 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
  propertyKeys: 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey',
} as const;

/** Which labels each type joins. Neo4j answers from its schema without reading the graph, as one row of virtual
 * nodes and relationships (whose endpoints Cypher cannot follow: the route joins them); Grafeo has no such
 * procedure, so it reads each relationship once, as (from, type, to) rows (cached per load by the route). */
export const SCHEMA_PATTERNS = {
  neo4j: 'CALL db.schema.visualization() YIELD nodes, relationships RETURN nodes, relationships',
  grafeo: `MATCH (a)-[r]->(b)
UNWIND [l IN labels(a) WHERE l <> 'Entity'] AS from
UNWIND [l IN labels(b) WHERE l <> 'Entity'] AS to
RETURN DISTINCT from, type(r) AS type, to`,
} as const;

// Counted one label or type at a time: Neo4j answers these from its count store, Grafeo from its label index.
export const countLabel = (label: string): string => `MATCH (n:${quoteName(label)}) RETURN count(n) AS count`;
export const countType = (type: string): string => `MATCH ()-[r:${quoteName(type)}]->() RETURN count(r) AS count`;

/**
 * The fewest hops between two entities over any relationship, up to `maxHops` (a whole number: Cypher takes no
 * parameter there). Neo4j searches from both ends; Grafeo 0.6.0 from one, so its reader searches itself.
 */
export const shortestPathStatement = (maxHops: number): string => {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new Error(`maxHops must be a whole number ≥ 1, got ${maxHops}`);
  return `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..${maxHops}]-(b))
RETURN p, length(p) AS hops`;
};

/** The node of an entity by the store's own id, where the Grafeo query processes start a path search. */
export const ENTITY_NODE_ID = 'MATCH (e:Entity {id: $id}) RETURN id(e) AS node';

/** Endpoints of relationships a result holds without their nodes, by the store's element id. */
export const NODES_BY_ELEMENT_ID = {
  neo4j: 'MATCH (n) WHERE elementId(n) IN $ids RETURN n',
  // Grafeo's elementId() is "n:<id>"; filtering on it scans every node, filtering on id() is a lookup. The node's
  // parts, not the node: Grafeo builds a node value more slowly (src/store/grafeo/endpoints.ts).
  grafeo: 'MATCH (n) WHERE id(n) IN $ids RETURN id(n) AS id, labels(n) AS labels, properties(n) AS properties',
} as const;
