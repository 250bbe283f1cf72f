// GET /api/schema, /api/entity/:id, /api/path, /api/search, /api/queries and /api/status on every configured store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CypherResponse,
  EntityResponse,
  ResultEdge,
  ResultNode,
  SchemaResponse,
  SearchResponse,
} from '../../src/model/api.ts';
import { fixtureGraph, STORES, useStore } from '../store/stores.ts';
import { startServer, type RunningServer } from './serverHelpers.ts';

describe.each(STORES)('read API on $name', (store) => {
  useStore(store);
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(store);
  });
  afterAll(() => server?.api.close());

  it('GET /api/schema lists labels, relationship types and property keys with counts', async () => {
    const graph = await fixtureGraph();
    const { status, body } = await server.get('/api/schema');
    expect(status).toBe(200);
    const schema = body as SchemaResponse;
    const label = (l: string) => schema.labels.find((x) => x.label === l)?.count;
    expect(label('Entity')).toBe(graph.nodes.length);
    expect(label('Document')).toBe(2);
    const type = (t: string) => schema.relationshipTypes.find((x) => x.type === t)?.count;
    expect(type('MENTIONED_WITH')).toBe(graph.edges.filter((e) => e.attributes!.type === 'MENTIONED_WITH').length);
    expect(type('MENTIONS')).toBeGreaterThan(0);
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'evidenceTexts', 'title']));
  });

  it('GET /api/entity/:id gives the entity, its relations with evidence, and its documents', async () => {
    const { status, body } = await server.get(
      `/api/entity/${encodeURIComponent('organization:russian-volunteer-corps')}`,
    );
    expect(status).toBe(200);
    const entity = body as EntityResponse;
    expect(entity.entity).toMatchObject({ name: 'Russian Volunteer Corps', type: 'Organization' });
    expect(entity.entity.aliases).toContain('RVC');
    expect(entity.entity.mentions).toBeGreaterThan(0);
    const leads = entity.relations.find((r) => r.type === 'LEADS')!;
    expect(leads).toMatchObject({ direction: 'in', other: { id: 'person:kapustin', type: 'Person' } });
    expect(leads.evidence[0].text).toMatch(/Kapustin/);
    expect(leads.evidence[0].end).toBeGreaterThan(leads.evidence[0].start);
    expect(leads.evidence[0].rule).toBe('role');
    // Stated relations come before co-occurrence.
    const firstMention = entity.relations.findIndex((r) => r.type === 'MENTIONED_WITH');
    expect(entity.relations.slice(firstMention).every((r) => r.type === 'MENTIONED_WITH')).toBe(true);
    expect(entity.documents.map((d) => d.id).sort()).toEqual(entity.entity.documents);
    expect(entity.documents[0].title).toBeTruthy();
  });

  it('GET /api/entity/:id of an unknown id is a 404 that says how to find ids', async () => {
    const { status, body } = await server.get('/api/entity/person%3Anobody');
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'NOT_FOUND' });
    expect(body.error).toMatch(/search/);
  });

  it('GET /api/path gives the fewest hops between two entities as a path, with its graph', async () => {
    const { status, body } = await server.get(
      '/api/path?from=person%3Akapustin&to=organization%3Amain-intelligence-directorate-of-ukraine-gur&maxHops=6',
    );
    expect(status).toBe(200);
    const answer = body as CypherResponse;
    expect(answer.columns).toEqual(['p', 'hops']);
    const [path, hops] = answer.rows[0] as [{ nodes: ResultNode[]; edges: ResultEdge[] }, number];
    expect(hops).toBeGreaterThan(0);
    expect(path.edges).toHaveLength(hops);
    expect([path.nodes[0].id, path.nodes.at(-1)!.id]).toEqual([
      'person:kapustin',
      'organization:main-intelligence-directorate-of-ukraine-gur',
    ]);
    expect(answer.graph.nodes.map((n) => n.id).sort()).toEqual(path.nodes.map((n) => n.id).sort());
  });

  it('GET /api/path: an unknown entity is a 404, a bad request says what is wrong', async () => {
    const unknown = await server.get('/api/path?from=person%3Akapustin&to=person%3Anobody');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(unknown.body.error).toMatch(/person:nobody/);
    for (const query of ['from=person%3Akapustin', 'from=a&to=a', 'from=a&to=b&maxHops=0', 'from=a&to=b&maxHops=x'])
      expect(await server.get(`/api/path?${query}`)).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
  });

  it('GET /api/search finds by name or alias, case-insensitively, best match first', async () => {
    const byAlias = (await server.get('/api/search?q=rvc')).body as SearchResponse;
    expect(byAlias.results[0]).toMatchObject({ id: 'organization:russian-volunteer-corps', matched: 'RVC' });
    const byPart = (await server.get('/api/search?q=LEGION')).body as SearchResponse;
    expect(byPart.results.map((r) => r.id)).toContain('organization:freedom-of-russia-legion');
    const exact = (await server.get('/api/search?q=russia&limit=5')).body as SearchResponse;
    expect(exact.results[0].id).toBe('location:russia');
    expect(exact.results.length).toBeLessThanOrEqual(5);
    expect((await server.get('/api/search?q=zzzz')).body.results).toEqual([]);
    expect((await server.get('/api/search?q=')).status).toBe(400);
    expect((await server.get('/api/search?q=x&limit=1000')).status).toBe(400);
  });

  it('GET /api/schema lists which labels each relationship type joins', async () => {
    const { patterns } = (await server.get('/api/schema')).body as SchemaResponse;
    expect(patterns).toContainEqual({ from: 'Person', type: 'LEADS', to: 'Organization' });
    expect(patterns).toContainEqual({ from: 'Document', type: 'MENTIONS', to: 'Person' });
    expect(patterns.some((p) => p.from === 'Entity' || p.to === 'Entity')).toBe(false);
    // Neo4j pairs every start label of a type with every end label (its count store knows no more); Grafeo reads
    // the relationships. MENTIONED_WITH is stored from the smaller key, so no Person -> Location one exists.
    const personToPlace = { from: 'Person', type: 'MENTIONED_WITH', to: 'Location' };
    if (store.kind === 'grafeo') expect(patterns).not.toContainEqual(personToPlace);
    else expect(patterns).toContainEqual(personToPlace);
  });

  it('GET /api/search: substrings inside words on Grafeo; word prefixes and misspellings on Neo4j', async () => {
    const search = async (q: string) => ((await server.get(`/api/search?q=${q}`)).body as SearchResponse).results;
    const rvc = 'organization:russian-volunteer-corps';
    expect((await search('volunt')).map((r) => r.id)).toContain(rvc);
    if (store.kind === 'grafeo') {
      expect((await search('lunteer')).map((r) => r.id)).toContain(rvc);
      expect(await search('kapustn')).toEqual([]);
    } else {
      // The full-text index matches whole words and their prefixes, and words one edit away.
      expect((await search('lunteer')).map((r) => r.id)).not.toContain(rvc);
      expect((await search('kapustn'))[0]).toMatchObject({ id: 'person:kapustin', matched: 'Kapustin' });
      expect((await search('volunteer corps'))[0]).toMatchObject({ id: rvc });
    }
  });

  it('GET /api/queries lists the example queries; GET /api/status names the store and its generation', async () => {
    const { body } = await server.get('/api/queries');
    expect(body.queries.length).toBeGreaterThanOrEqual(12);
    expect(body.queries[0]).toMatchObject({
      id: expect.any(String),
      title: expect.any(String),
      query: expect.any(String),
    });
    const status = await server.get('/api/status');
    expect(status.body.store).toBe(store.config().kind);
    expect(status.body.generation).toMatch(/^[0-9a-f]{16}$/);
    // Nothing was loaded in between: the same generation (a page polling it must not see a change).
    expect((await server.get('/api/status')).body.generation).toBe(status.body.generation);
  });
});
