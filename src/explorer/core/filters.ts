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
  /** …and at least this many independent stories (versions of one story count once; see graph/stories.ts). */
  minStories: number;
  /** Claims (who said what) drawn as nodes with SAID and ABOUT edges beside the entities they link. */
  claims: boolean;
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
    minStories: 1,
    claims: false,
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
  if (filters.minDocuments <= 1 && filters.minSentences <= 1 && filters.minStories <= 1) return true;
  const counts = evidenceCounts(relation);
  return (
    counts.documents >= filters.minDocuments &&
    counts.sentences >= filters.minSentences &&
    counts.stories >= filters.minStories
  );
}

export function sameFilters(a: Filters, b: Filters): boolean {
  const sameSet = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>) => x.size === y.size && [...x].every((v) => y.has(v));
  return (
    sameSet(a.entityTypes, b.entityTypes) &&
    sameSet(a.edgeTypes, b.edgeTypes) &&
    a.minDocuments === b.minDocuments &&
    a.minSentences === b.minSentences &&
    a.minStories === b.minStories &&
    a.claims === b.claims &&
    (a.documents === b.documents || (!!a.documents && !!b.documents && sameSet(a.documents, b.documents)))
  );
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
