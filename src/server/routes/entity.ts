// GET /api/entity/:id: the entity, its relations with their evidence, and the documents that mention it.
import type { EntityRelation, EntityResponse, EntitySummary } from '../../model/api.ts';
import type { EntityType } from '../../model/vocabulary.ts';
import { ENTITY, ENTITY_DOCUMENTS, ENTITY_RELATIONS } from '../../store/cypher/read.ts';
import { QueryError } from '../../store/queryError.ts';
import type { Route } from '../context.ts';
import { sendJson } from '../http.ts';

type Cells = Record<string, unknown>;
const asObjects = (columns: string[], rows: unknown[][]): Cells[] =>
  rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);

export const entityRoute: Route = {
  method: 'GET',
  path: /^\/api\/entity\/(.+)$/,
  async handle({ reader, options }, _req, res, [id]) {
    const limits = { timeoutMs: options.timeoutMs, maxRows: options.maxRows };
    const read = async (statement: string) => {
      const result = await reader.read(statement, { id, limit: options.maxRows }, limits);
      return asObjects(result.columns, result.rows);
    };
    const [entity] = await read(ENTITY);
    if (!entity)
      throw new QueryError('NOT_FOUND', `no entity has the id "${id}": find ids with /api/search?q=<a name>`);
    const relations: EntityRelation[] = (await read(ENTITY_RELATIONS)).map((r) => {
      const documents = strings(r.documents);
      const texts = strings(r.texts);
      const starts = numbers(r.starts);
      const ends = numbers(r.ends);
      const rules = strings(r.rules);
      return {
        type: String(r.type),
        direction: r.out ? 'out' : 'in',
        other: { id: String(r.id), name: String(r.name), type: r.otherType as EntityType, aliases: strings(r.aliases) },
        evidence: documents.map((document, i) => ({
          document,
          text: texts[i],
          start: starts[i],
          end: ends[i],
          rule: rules[i],
        })),
      };
    });
    const documents = (await read(ENTITY_DOCUMENTS)).map((d) => ({
      id: String(d.id),
      title: String(d.title),
      source: (d.source as string | null) ?? null,
      published: (d.published as string | null) ?? null,
    }));
    const summary: EntitySummary = {
      id: String(entity.id),
      name: String(entity.name),
      type: entity.type as EntityType,
      aliases: strings(entity.aliases),
    };
    const body: EntityResponse = {
      entity: { ...summary, mentions: Number(entity.mentions ?? 0), documents: strings(entity.documents) },
      relations,
      documents,
    };
    sendJson(res, 200, body);
  },
};
