// The API's own read statements: search, one entity with its relations and documents, the schema.
import { quoteName } from './names.ts';

/**
 * Entities whose name or an alias contains `$q` (lowercase), best first: exact name, name prefix, exact alias,
 * then any match, and among equals the most mentioned. `searchText` holds the lowercase names, one a line;
 * Neo4j answers the CONTAINS from its TEXT index, Grafeo by a scan (25 ms at 100,000 entities).
 */
export const SEARCH_ENTITIES = `MATCH (e:Entity) WHERE e.searchText CONTAINS $q
WITH e, CASE
  WHEN toLower(e.name) = $q THEN 0
  WHEN toLower(e.name) STARTS WITH $q THEN 1
  WHEN any(a IN e.aliases WHERE toLower(a) = $q) THEN 2
  ELSE 3 END AS rank
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
  head([n IN [e.name] + e.aliases WHERE toLower(n) CONTAINS $q]) AS matched
ORDER BY rank, e.mentions DESC, e.name
LIMIT $limit`;

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

// Counted one label or type at a time: Neo4j answers these from its count store, Grafeo from its label index.
export const countLabel = (label: string): string => `MATCH (n:${quoteName(label)}) RETURN count(n) AS count`;
export const countType = (type: string): string => `MATCH ()-[r:${quoteName(type)}]->() RETURN count(r) AS count`;

/** Endpoints of relationships a result holds without their nodes, by the store's element id. */
export const NODES_BY_ELEMENT_ID = {
  neo4j: 'MATCH (n) WHERE elementId(n) IN $ids RETURN n',
  // Grafeo's elementId() is "n:<id>"; filtering on it scans every node, filtering on id() is a lookup.
  grafeo: 'MATCH (n) WHERE id(n) IN $ids RETURN n',
} as const;
