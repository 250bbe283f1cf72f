// Resource limits through a real server on the embedded store: a query that needs too much memory ends alone with
// a clear error, and heavy Cypher cannot make cheap requests wait (per-client limit, 429 with Retry-After).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processCpuMs } from '../../src/store/grafeo/processCpu.ts';
import { STORES } from '../store/stores.ts';
import { startServer, type RunningServer } from './serverHelpers.ts';

/** Resident memory of a process in bytes, 0 once it is gone. */
function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const HEAVY = 'MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)';

describe('resource limits on the embedded store', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(STORES[0], { timeoutMs: 10_000 });
  });
  afterAll(() => server?.api.close());

  /** The CPU time each query process has spent, in ms, by process id. */
  const cpuOfQueryProcesses = () => new Map(server.reader.processIds!().map((pid) => [pid, processCpuMs(pid) ?? 0]));

  const cypher = (query: string) =>
    fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  it('ends a query that needs too much memory with 413, under 2 GB in all, and answers the next query', async () => {
    let peak = 0;
    const sample = setInterval(() => {
      const total = [process.pid, ...server.reader.processIds!()].reduce((sum, pid) => sum + rssOf(pid), 0);
      peak = Math.max(peak, total);
    }, 10);
    const started = Date.now();
    const response = await cypher('UNWIND range(1, 100000000) AS x RETURN count(x)');
    clearInterval(sample);
    const body = await response.json();
    expect(response.status).toBe(413);
    expect(body.code).toBe('TOO_LARGE');
    expect(body.error).toMatch(/needed more than the \d+ MB of memory a query may use/);
    expect(Date.now() - started).toBeLessThan(4000);
    console.log(`1e8 UNWIND: peak ${(peak / 2 ** 20).toFixed(0)} MB for the server and its query processes`);
    expect(peak).toBeLessThan(2 * 2 ** 30);
    const next = await cypher('MATCH (n:Person) RETURN count(n) AS people');
    expect(next.status).toBe(200);
    expect((await next.json()).rows[0][0]).toBeGreaterThan(0);
  });

  it('refuses a second heavy query of a client with 429 and Retry-After, while cheap requests answer', async () => {
    const before = cpuOfQueryProcesses();
    const first = cypher(HEAVY);
    // Until one process has spent past the CPU time that makes a query heavy (500 ms), however long a busy machine
    // takes to give it.
    const spent = () => Math.max(...[...cpuOfQueryProcesses()].map(([pid, ms]) => ms - (before.get(pid) ?? ms)));
    const waitUntil = Date.now() + 6000;
    while (spent() < 700 && Date.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 50));
    // The same statement again: known to be heavy, refused before it takes a process.
    let started = Date.now();
    const again = await cypher(HEAVY);
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await again.json()).code).toBe('TOO_MANY_REQUESTS');
    // Refused at once rather than after the first one's 10 s timeout (the bound leaves room for a loaded machine).
    expect(Date.now() - started).toBeLessThan(2000);
    // Another heavy statement: it runs until it proves heavy, then it is stopped, not left to take the last process.
    const other = await cypher('MATCH (a), (b), (c), (d), (e), (g) RETURN count(a)');
    expect(other.status).toBe(429);
    expect(Number(other.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Cheap requests: the server's lookups have their own process, short Cypher the one heavy queries may not take.
    started = Date.now();
    const search = await fetch(`${server.url}/api/search?q=kapustin`);
    expect(search.status).toBe(200);
    const lookup = await cypher("MATCH (e:Entity {id: 'person:kapustin'}) RETURN e.name AS name");
    expect(lookup.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await first).status).toBe(408);
  });
});
