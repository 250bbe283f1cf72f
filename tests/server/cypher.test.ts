// POST /api/cypher through a real server on every configured store: results, graph elements, bounds, refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResponse } from '../../src/model/api.ts';
import { STORES, useStore } from '../store/stores.ts';
import { startServer, type Json, type RunningServer } from './serverHelpers.ts';

describe.each(STORES)('POST /api/cypher on $name', (store) => {
  useStore(store);
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(store, { maxRows: 50, timeoutMs: 2000, maxBodyBytes: 4096 });
  });
  afterAll(() => server?.api.close());
  const cypher = (query: string, params?: Record<string, unknown>) => server.post('/api/cypher', { query, params });

  it('returns columns, rows, the graph, truncated and elapsedMs', async () => {
    const { status, body } = await cypher(
      'MATCH (p:Person)-[r:LEADS]->(o:Organization) RETURN p.name AS leader, r, o ORDER BY leader',
    );
    expect(status).toBe(200);
    const response = body as CypherResponse;
    expect(response.columns).toEqual(['leader', 'r', 'o']);
    expect(response.truncated).toBe(false);
    expect(response.elapsedMs).toBeGreaterThanOrEqual(0);
    const [leader, edge, org] = response.rows[0] as [string, Json, Json];
    expect(typeof leader).toBe('string');
    expect(edge).toMatchObject({ type: 'LEADS', target: org.id });
    expect(edge.id).toMatch(/^LEADS:person:/);
    expect(org.labels).toContain('Organization');
    expect(org.id).toMatch(/^organization:/);
    // The person is not in the rows, but the edge's source is fetched so the edge does not dangle.
    const ids = response.graph.nodes.map((n) => n.id);
    expect(ids).toContain(edge.source);
    expect(response.graph.edges.map((e) => e.id)).toContain(edge.id);
  });

  it('finds nodes, relationships and paths inside lists and maps', async () => {
    const { body } = await cypher(
      "MATCH p = (a:Entity {id: 'person:kapustin'})-[r:LEADS]->(b) RETURN [a, b] AS pair, {edge: r, path: p} AS m",
    );
    const response = body as CypherResponse;
    const [pair, map] = response.rows[0] as [Json[], Json];
    expect(pair.map((n) => n.id)).toEqual(['person:kapustin', 'organization:russian-volunteer-corps']);
    expect(map.edge.type).toBe('LEADS');
    expect(map.path.nodes).toHaveLength(2);
    expect(map.path.edges[0].source).toBe('person:kapustin');
    expect(response.graph.nodes).toHaveLength(2);
    expect(response.graph.edges).toHaveLength(1);
  });

  it('gives integers as numbers and passes parameters', async () => {
    const { body } = await cypher('RETURN $n + 1 AS n, size($list) AS s, 9007199254740993 AS big', {
      n: 41,
      list: [1, 2],
    });
    expect(body.rows[0][0]).toBe(42);
    expect(body.rows[0][1]).toBe(2);
    expect(body.rows[0][2]).toBe('9007199254740993');
  });

  it('cuts the rows at the cap and says so', async () => {
    const { body } = await cypher('UNWIND range(1, 500) AS x RETURN x');
    expect(body.rows).toHaveLength(50);
    expect(body.truncated).toBe(true);
  });

  it('allows a query that only mentions a write keyword in a string', async () => {
    const { status, body } = await cypher("MATCH (n:Person) RETURN 'CREATE' AS word LIMIT 1");
    expect(status).toBe(200);
    expect(body.rows).toEqual([['CREATE']]);
  });

  it('answers a syntax error with 400, a message and a position', async () => {
    const { status, body } = await cypher('MATCH (n)\nRETRN n');
    expect(status).toBe(400);
    expect(body.code).toBe('SYNTAX_ERROR');
    expect(body.error).toBeTruthy();
    expect(body.position).toMatchObject({ line: 2, column: 1, offset: 10 });
  });

  it.each([
    ['CREATE', "CREATE (n:Person {name: 'x'}) RETURN n"],
    ['MERGE', "MERGE (n:Entity {id: 'new'}) RETURN n"],
    ['SET', 'MATCH (n:Entity) SET n.name = 1'],
    ['DELETE', 'MATCH (n:Entity) DETACH DELETE n'],
    ['REMOVE', 'MATCH (n:Entity) REMOVE n:Person'],
    ['CREATE INDEX', 'CREATE INDEX x IF NOT EXISTS FOR (n:Entity) ON (n.mentions)'],
    ['CREATE CONSTRAINT', 'CREATE CONSTRAINT y IF NOT EXISTS FOR (n:Entity) REQUIRE n.name IS UNIQUE'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['dbms', 'CALL dbms.listConfig()'],
    ['apoc.load', "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value"],
    ['a write in a subquery', 'MATCH (n:Entity) CALL { WITH n CREATE (:Copy) } RETURN count(*)'],
  ])('refuses %s with 403 and a plain message, and the graph is unchanged', async (_what, query) => {
    const { status, body } = await cypher(query);
    expect(status).toBe(403);
    expect(body.code).toBe('READ_ONLY');
    expect(body.error).toMatch(/read-only/);
    const count = await cypher('MATCH (n) RETURN count(n) AS n');
    expect(count.body.rows[0][0]).toBe(37);
  });

  it('stops a query past the timeout with 408, and keeps serving', async () => {
    const started = Date.now();
    // A cartesian product: endless work in little memory (a huge range would hit the memory limit first).
    const { status, body } = await cypher('MATCH (a), (b), (c), (d), (e), (f) WHERE a.name <> f.name RETURN count(*)');
    expect(status).toBe(408);
    expect(body.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(6000);
    const after = await cypher('MATCH (n:Person) RETURN count(n)');
    expect(after.status).toBe(200);
  });

  it.each([
    ['no query', {}, 'BAD_REQUEST'],
    ['an empty query', { query: '  ' }, 'BAD_REQUEST'],
    ['params that are not an object', { query: 'RETURN 1', params: [1] }, 'BAD_REQUEST'],
    ['a missing parameter', { query: 'RETURN $nope' }, 'BAD_REQUEST'],
  ])('answers %s with 400', async (_what, body, code) => {
    const response = await server.post('/api/cypher', body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
  });

  it('refuses bodies that are not JSON, too large, or sent as another type', async () => {
    expect((await server.post('/api/cypher', '{"query": ')).status).toBe(400);
    const large = await server.post('/api/cypher', { query: `RETURN '${'x'.repeat(5000)}'` });
    expect(large.status).toBe(413);
    expect(large.body.code).toBe('TOO_LARGE');
    const text = await server.post('/api/cypher', '{"query":"RETURN 1"}', { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    expect((await cypher('RETURN 1 AS one')).body.rows).toEqual([[1]]);
  });

  it('answers unknown routes with 404 and wrong methods with 405', async () => {
    expect((await server.get('/api/nothing')).status).toBe(404);
    const wrong = await server.get('/api/cypher');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});
