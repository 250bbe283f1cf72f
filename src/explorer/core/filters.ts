// What the user chose to see: entity types, relation types and a minimum of evidence. Pure predicates.
import type { EntityAttributes, RelationAttributes } from '../../model/graph.ts';
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
}

/** Every entity type and stated relation; co-occurrence is off because it is not a stated relation. */
export function defaultFilters(): Filters {
  return {
    entityTypes: new Set(ENTITY_TYPES),
    edgeTypes: new Set(RELATION_TYPES),
    minDocuments: 1,
    minSentences: 1,
  };
}

export function nodePasses(filters: Filters, entity: EntityAttributes): boolean {
  return filters.entityTypes.has(entity.type);
}

export function edgePasses(filters: Filters, relation: RelationAttributes): boolean {
  if (!filters.edgeTypes.has(relation.type)) return false;
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
    a.minSentences === b.minSentences
  );
}
