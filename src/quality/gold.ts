// The gold annotation format (tests/fixtures/FORMAT.md): one file per document, checked once where it is read.
import { InputError } from '../model/errors.ts';
import {
  ENTITY_TYPES,
  isEntityType,
  isRelationType,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../model/vocabulary.ts';
import { isObject } from '../model/json.ts';

export interface GoldEntity {
  /** Unique in its file; the same id in several files of a set means the same entity. */
  id: string;
  type: EntityType;
  /** Where a name is honestly more than one type (a capital standing for its government): every accepted type. */
  types?: EntityType[];
  /** The surface forms the text uses; extracting any one of them finds the entity. */
  names: string[];
  /** Left out of precision and recall: neither finding nor missing it counts. */
  optional?: boolean;
}

export interface GoldRelation {
  source: string;
  type: RelationType;
  target: string;
  /** The words of the document that state it. */
  evidence: string;
  optional?: boolean;
}

export interface GoldDocument {
  /** The document's file name. */
  document: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export const GOLD_SUFFIX = '.gold.json';

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Validates one parsed gold file; every error names the file and the entry. */
export function parseGold(json: unknown, file: string): GoldDocument {
  const fail = (what: string): never => {
    throw new InputError('BAD_GOLD', `${file}: ${what}. See tests/fixtures/FORMAT.md for the format.`);
  };
  const onlyKeys = (value: Record<string, unknown>, allowed: string[], where: string) => {
    const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
    if (unknown.length) fail(`${where} has unknown key "${unknown[0]}" (allowed: ${allowed.join(', ')})`);
  };
  if (!isObject(json)) fail('expected a JSON object with "document", "entities" and "relations"');
  const raw = json as Record<string, unknown>;
  onlyKeys(raw, ['document', 'entities', 'relations'], 'the file');
  if (!isText(raw.document)) fail('"document" must name the annotated file');
  if (!Array.isArray(raw.entities) || !Array.isArray(raw.relations)) fail('"entities" and "relations" must be lists');

  const ids = new Set<string>();
  (raw.entities as unknown[]).forEach((entity, i) => {
    if (!isObject(entity) || !isText(entity.id)) return fail(`entity ${i} needs an "id"`);
    const where = `entity "${entity.id}"`;
    onlyKeys(entity, ['id', 'type', 'types', 'names', 'optional'], where);
    if (ids.has(entity.id)) fail(`${where} appears twice`);
    ids.add(entity.id);
    const types = entity.types ?? [entity.type];
    if (!isEntityType(String(entity.type)) || !Array.isArray(types) || !types.every((t) => isEntityType(String(t))))
      fail(`${where} has type ${JSON.stringify(entity.types ?? entity.type)}; use ${ENTITY_TYPES.join(', ')}`);
    if (!Array.isArray(entity.names) || !entity.names.length || !entity.names.every(isText))
      fail(`${where} needs "names", a list of the names the text uses`);
    if (entity.optional !== undefined && typeof entity.optional !== 'boolean')
      fail(`${where}: "optional" is true or false`);
  });
  (raw.relations as unknown[]).forEach((relation, i) => {
    if (!isObject(relation)) return fail(`relation ${i} is not an object`);
    const where = `relation ${i} (${String(relation.source)} ${String(relation.type)} ${String(relation.target)})`;
    onlyKeys(relation, ['source', 'type', 'target', 'evidence', 'optional'], where);
    if (!isRelationType(String(relation.type))) fail(`${where}: the type must be one of ${RELATION_TYPES.join(', ')}`);
    for (const end of [relation.source, relation.target])
      if (!isText(end) || !ids.has(end)) fail(`${where} names "${String(end)}", which is no entity id of this file`);
    if (!isText(relation.evidence)) fail(`${where} needs "evidence", the words of the text that state it`);
    if (relation.optional !== undefined && typeof relation.optional !== 'boolean')
      fail(`${where}: "optional" is true or false`);
  });
  return raw as unknown as GoldDocument;
}
