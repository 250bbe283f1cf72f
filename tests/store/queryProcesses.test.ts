// The embedded store's query processes on their own, past the lexical check: the engine's plan is checked before
// a query runs, nothing readable is in their environment, and a query that needs too much memory ends alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentGeneration } from '../../src/store/grafeo/generations.ts';
import { decodeEndpoints, decodeRows } from '../../src/store/grafeo/values.ts';
import { GrafeoWorkerPool, type QueryJob } from '../../src/store/grafeo/workerPool.ts';
import { GraphNode, GraphPath } from '../../src/store/values.ts';
import { fixtureGraph, loadInto } from './stores.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const job = (query: string, lane: QueryJob['lane'] = 'query'): QueryJob => ({
  query,
  params: {},
  maxRows: 100,
  timeoutMs: 10_000,
  lane,
  client: 'test',
});

describe('Grafeo query processes', () => {
  let pool: GrafeoWorkerPool;
  beforeAll(async () => {
    process.env.KG_TEST_SECRET = 'must-not-reach-the-query-processes';
    const dir = mkdtempSync(join(tmpdir(), 'kg-db-'));
    await loadInto({ kind: 'grafeo', dir }, await fixtureGraph(), true);
    const file = join(dir, (await currentGeneration(dir))!.file);
    pool = new GrafeoWorkerPool(file, { size: 2, memoryMb: 512, maxResultBytes: 2 ** 20 });
    await pool.warmUp();
  });
  afterAll(() => pool?.close());

  it.each([
    "LOAD CSV FROM '/etc/passwd' AS row RETURN row",
    "WITH 1 AS x LIMIT 1LOAD CSV FROM 'file:///proc/self/environ' AS row RETURN row",
    "RETURN 1 AS r UNION LOAD CSV FROM '/etc/hostname' AS r RETURN r",
    'MATCH (n) SET n.x = 1',
    'CREATE (n:Intruder)',
    'MATCH (n) DETACH DELETE n',
  ])('refuses %s from its EXPLAIN plan, before it runs', async (query) => {
    const reply = await pool.run(job(query));
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.refused).toBe('READ_ONLY');
    expect(reply.error.message).toMatch(/plan has (LoadCsv|SetProperty|Create|DeleteNode)/);
    expect(reply.error.message).not.toContain('root:');
  });

  it('says the same for a missing file and a folder', async () => {
    const replies = await Promise.all(
      ['/no/such/file', '/etc', '/'].map((path) => pool.run(job(`LOAD CSV FROM '${path}' AS row RETURN row`))),
    );
    const messages = replies.map((r) => (r.ok ? 'ran' : r.error.message.replace(/'[^']*'/g, '')));
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).not.toMatch(/directory|no such|os error/i);
  });

  it('keeps syntax error positions where the user wrote them', async () => {
    const reply = await pool.run(job('MATCH (n) RETRN n'));
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('--> query:1:11');
  });

  it('gives the query processes an environment with nothing to read', () => {
    const pids = pool.pids();
    expect(pids.length).toBe(4); // one for lookups, two for Cypher, a spare
    for (const pid of pids) {
      // The shell that sets the memory limit execs node: the pid is the query process itself.
      const names = readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .filter(Boolean)
        .map((v) => v.split('=')[0]);
      expect(names).not.toContain('KG_TEST_SECRET');
      expect(names.every((n) => ['PATH', 'PWD', 'RUST_BACKTRACE'].includes(n) || n.startsWith('NODE_CHANNEL'))).toBe(
        true,
      );
    }
  });

  it('puts the spare in the place of a process killed at the timeout, so the next query does not wait for one', async () => {
    const spare = pool.pids().at(-1)!;
    const reply = pool.run({ ...job('MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)'), timeoutMs: 500 });
    await expect(reply).rejects.toMatchObject({ code: 'TIMEOUT' });
    const next = await pool.run(job('MATCH (n:Person) RETURN count(n)'));
    expect(next.ok).toBe(true);
    // The old spare now serves in a slot; a new spare is on its way.
    expect(pool.pids().slice(0, -1)).toContain(spare);
  });

  it('stops a result past its byte budget with TOO_LARGE', async () => {
    const reply = await pool.run(job("UNWIND range(1, 50) AS x RETURN x, [i IN range(1, 20000) | 'some text'] AS l"));
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.refused).toBe('TOO_LARGE');
      expect(reply.error.message).toMatch(/larger than 1 MB after \d+ rows/);
    }
  });

  it('sends each node and relationship once, however many rows hold it, and the server decodes one object', async () => {
    const reply = await pool.run(job("MATCH p = (e:Entity {id: 'person:kapustin'})-[*1..2]-(n) RETURN p, e"));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const rows = decodeRows(reply.result);
    expect(rows.length).toBeGreaterThan(5);
    expect(reply.result.nodes.filter((n) => n.key === 'person:kapustin')).toHaveLength(1);
    const starts = rows.map(([p]) => (p as GraphPath).nodes[0]);
    expect(starts.every((n) => n === rows[0][1])).toBe(true);
    expect((rows[0][1] as GraphNode).properties.name).toBe('Kapustin');
  });

  it('sends the endpoints of the relationships it returns without their nodes, read by id', async () => {
    const reply = await pool.run(job("MATCH (e:Entity {id: 'person:kapustin'})-[r]-(n) RETURN r, n LIMIT 1"));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const [{ source, target }] = reply.result.relationships;
    const inRows = reply.result.nodes.map((n) => n.id);
    expect(inRows).toHaveLength(1);
    // The other end is in the rows; Kapustin is not, so he comes as an endpoint, with his properties.
    const missing = [source, target].filter((id) => !inRows.includes(id));
    expect(reply.result.endpoints.map((n) => n.id)).toEqual(missing);
    expect(decodeEndpoints(reply.result)[0]).toMatchObject({
      labels: ['Entity', 'Person'],
      properties: { name: 'Kapustin' },
    });
    // Nodes the rows hold are not sent again.
    const both = await pool.run(job("MATCH (e:Entity {id: 'person:kapustin'})-[r]-(n) RETURN e, r, n LIMIT 1"));
    expect(both.ok && both.result.endpoints).toEqual([]);
  });

  it('sends only the endpoints of the relationships in the rows it returns, when the rows are cut', async () => {
    const query = "MATCH (e:Entity {id: 'person:kapustin'})-[r]-() RETURN r";
    const all = await pool.run(job(query));
    const cut = await pool.run({ ...job(query), maxRows: 1 });
    expect(all.ok && cut.ok).toBe(true);
    if (!all.ok || !cut.ok) return;
    expect(all.result.relationships.length).toBeGreaterThan(1);
    expect(all.result.endpoints.length).toBeGreaterThan(2);
    expect(cut.truncated).toBe(true);
    const [{ source, target }] = cut.result.relationships;
    expect(cut.result.endpoints.map((n) => n.id).sort()).toEqual([source, target].sort());
  });

  it('never takes a map for a node, a relationship or a path', async () => {
    const reply = await pool.run(
      job(
        'RETURN {n: 0} AS a, {r: 0, p: [[0], []]} AS b, {m: {n: 1}} AS c, {nodes: [], edges: []} AS d, [{n: 1}] AS e',
      ),
    );
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(decodeRows(reply.result)).toEqual([
      [{ n: 0 }, { r: 0, p: [[0], []] }, { m: { n: 1 } }, { nodes: [], edges: [] }, [{ n: 1 }]],
    ]);
  });

  it('counts a node wherever it occurs against the byte budget, as the response will hold it', async () => {
    const once = "MATCH (n:Entity {id: 'person:kapustin'}) UNWIND range(1, $rows) AS i RETURN n, i";
    const small = await pool.run({ ...job(once), params: { rows: 10 }, maxRows: 5000 });
    expect(small.ok && small.result.nodes.length).toBe(1);
    const large = await pool.run({ ...job(once), params: { rows: 4000 }, maxRows: 5000 });
    expect(large.ok).toBe(false);
    if (!large.ok) expect(large.error.refused).toBe('TOO_LARGE');
  });
});
