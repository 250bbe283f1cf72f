// What the user chose to see: entity types, relation types, a minimum of evidence and the documents. Pure predicates.
import type { DocumentRecord, EntityAttributes, RelationAttributes } from '../../model/graph.ts';
import {
  ENTITY_TYPES,
  MENTIONED_WITH,
  RELATION_TYPES,
  type EdgeType,
  type EntityType,
} from '../../model/vocabulary.ts';
import { evidenceCounts } from './evidence.ts';

export const EDGE_TYPES: readonly EdgeType[] = [...RELATION_TYPES, MENTIONED_WITH];

export interface Filters {
  entityTypes: ReadonlySet<EntityType>;
  edgeTypes: ReadonlySet<EdgeType>;
  /** An edge needs at least this many distinct documents stating it. */
  minDocuments: number;
  /** …and at least this many distinct sentences. */
  minSentences: number;
  /**
   * Only what these documents say: entities they name, relations with evidence from them. Null: every document.
   */
  documents: ReadonlySet<string> | null;
}

/** Every entity type and stated relation; co-occurrence is off because it is not a stated relation. */
export function defaultFilters(): Filters {
  return {
    entityTypes: new Set(ENTITY_TYPES),
    edgeTypes: new Set(RELATION_TYPES),
    minDocuments: 1,
    minSentences: 1,
    documents: null,
  };
}

export function nodePasses(filters: Filters, entity: EntityAttributes): boolean {
  if (!filters.entityTypes.has(entity.type)) return false;
  const { documents } = filters;
  return !documents || entity.documents.some((document) => documents.has(document));
}

export function edgePasses(filters: Filters, relation: RelationAttributes): boolean {
  if (!filters.edgeTypes.has(relation.type)) return false;
  const { documents } = filters;
  if (documents && !relation.evidence.some((item) => documents.has(item.document))) return false;
  if (filters.minDocuments <= 1 && filters.minSentences <= 1) return true;
  const counts = evidenceCounts(relation);
  return counts.documents >= filters.minDocuments && counts.sentences >= filters.minSentences;
}

export function sameFilters(a: Filters, b: Filters): boolean {
  const sameSet = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>) => x.size === y.size && [...x].every((v) => y.has(v));
  return (
    sameSet(a.entityTypes, b.entityTypes) &&
    sameSet(a.edgeTypes, b.edgeTypes) &&
    a.minDocuments === b.minDocuments &&
    a.minSentences === b.minSentences &&
    (a.documents === b.documents || (!!a.documents && !!b.documents && sameSet(a.documents, b.documents)))
  );
}

/** One entity type switched on or off. */
export function withEntityType(filters: Filters, type: EntityType, on: boolean): Filters {
  const entityTypes = new Set(filters.entityTypes);
  if (on) entityTypes.add(type);
  else entityTypes.delete(type);
  return { ...filters, entityTypes };
}

/** One relation type (or co-occurrence) switched on or off. */
export function withEdgeType(filters: Filters, type: EdgeType, on: boolean): Filters {
  const edgeTypes = new Set(filters.edgeTypes);
  if (on) edgeTypes.add(type);
  else edgeTypes.delete(type);
  return { ...filters, edgeTypes };
}

/** Every stated relation type on or off; co-occurrence keeps its own switch, as it is not a stated relation. */
export function withStatedRelations(filters: Filters, on: boolean): Filters {
  const edgeTypes = new Set<EdgeType>(on ? RELATION_TYPES : []);
  if (filters.edgeTypes.has(MENTIONED_WITH)) edgeTypes.add(MENTIONED_WITH);
  return { ...filters, edgeTypes };
}

export type EvidenceMinimum = 'minDocuments' | 'minSentences';

/** A minimum of evidence: a whole number, at least 1, whatever was typed. */
export function withMinimum(filters: Filters, field: EvidenceMinimum, value: number): Filters {
  return { ...filters, [field]: Math.max(1, Math.floor(value) || 1) };
}

/** Only these documents; every document of the graph (`total` of them) is the same as no document filter. */
export function withDocuments(filters: Filters, ids: ReadonlySet<string> | null, total: number): Filters {
  return { ...filters, documents: ids && ids.size === total ? null : ids };
}

/** One document added to or taken from the chosen ones (all of `every` when none were chosen). */
export function withDocument(filters: Filters, every: readonly string[], id: string, on: boolean): Filters {
  const ids = new Set(filters.documents ?? every);
  if (on) ids.add(id);
  else ids.delete(id);
  return withDocuments(filters, ids, every.length);
}

/**
 * The documents published in [from, to] (ISO dates, either end open). Documents without a date are left out once
 * a range is set: nothing says they belong in it.
 */
export function documentsPublished(
  documents: readonly Pick<DocumentRecord, 'id' | 'published'>[],
  from: string | null,
  to: string | null,
): Set<string> {
  const inRange = (date: string | null) =>
    !!date && (!from || date.slice(0, 10) >= from) && (!to || date.slice(0, 10) <= to);
  return new Set(documents.filter((doc) => (!from && !to) || inRange(doc.published)).map((doc) => doc.id));
}
