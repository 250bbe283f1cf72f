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
   * The period and the outlet below choose them; a document ticked or unticked by hand changes only this.
   */
  documents: ReadonlySet<string> | null;
  /** The publication dates last chosen (timeline brush, date fields); null: any date, and undated documents. */
  period: Period | null;
  /** The outlet last chosen; null: every outlet. */
  outlet: string | null;
}

/**
 * Publication dates: dated documents in [from, to] (ISO dates, either end open) when `dated`, and the documents
 * without a date when `undated`.
 */
export interface Period {
  from: string | null;
  to: string | null;
  dated: boolean;
  undated: boolean;
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
    period: null,
    outlet: null,
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
    (a.documents === b.documents || (!!a.documents && !!b.documents && sameSet(a.documents, b.documents))) &&
    JSON.stringify(a.period) === JSON.stringify(b.period) &&
    a.outlet === b.outlet
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

export type EvidenceMinimum = 'minDocuments' | 'minSentences' | 'minStories';

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

/** Whether a document's publication date (ISO, maybe with a time) falls in the period. */
export function inPeriod(period: Period | null, published: string | null): boolean {
  if (!period) return true;
  if (!published) return period.undated;
  const day = published.slice(0, 10);
  return period.dated && (!period.from || day >= period.from) && (!period.to || day <= period.to);
}

/**
 * The documents a period and an outlet choose (replacing any ticked by hand), as the filters to apply: choosing
 * neither, or one that every document passes, is no document filter.
 */
export function withSources(
  filters: Filters,
  documents: readonly Pick<DocumentRecord, 'id' | 'source' | 'published'>[],
  period: Period | null,
  outlet: string | null,
): Filters {
  const chosen = documents.filter((doc) => inPeriod(period, doc.published) && (!outlet || doc.source === outlet));
  const ids = period || outlet ? new Set(chosen.map((doc) => doc.id)) : null;
  return { ...withDocuments(filters, ids, documents.length), period, outlet };
}
