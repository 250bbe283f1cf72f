// Neo4j going away under a load and under a running serve, and refused credentials, with a Neo4j of the test's own
// (stopping the shared one would take it from the other suites).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4jDriver from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../../scripts/bench/store/generateGraph.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../../scripts/neo4j/localNeo4j.ts';
import { ROOT } from '../stores.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kg-neo4j-outage-'));
const password = 'outage-test-password';
const graphFile = join(dataDir, 'graph.json');
let port: number;
let neo4j: LocalNeo4j | null = null;

const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  NEO4J_URI: `bolt://127.0.0.1:${port}`,
  NEO4J_USERNAME: 'neo4j',
  NEO4J_PASSWORD: password,
  NEO4J_ENV_FILE: join(dataDir, 'none.env'),
  ...extra,
});

const start = async () => (neo4j = await startLocalNeo4j({ port, dataDir: join(dataDir, 'neo4j'), password }));

function load(extra: Record<string, string> = {}) {
  const args = [
    '--import',
    'tsx',
    join(ROOT, 'scripts/load.ts'),
    '--input',
    graphFile,
    '--neo4j',
    '--batch-size',
    '200',
  ];
  return spawn(process.execPath, args, { cwd: ROOT, env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
}

const finished = (child: ChildProcess) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c) => (stdout += c));
    child.stderr!.on('data', (c) => (stderr += c));
    child.once('close', (status) => done({ status, stdout, stderr }));
  });

async function entityCount(): Promise<number> {
  const driver = neo4jDriver.driver(`bolt://127.0.0.1:${port}`, neo4jDriver.auth.basic('neo4j', password));
  try {
    const { records } = await driver.executeQuery('MATCH (e:Entity) RETURN count(e) AS n');
    return records[0].get('n').toNumber();
  } finally {
    await driver.close();
  }
}

describe('Neo4j outages', () => {
  let serve: ChildProcess;
  let api: string;
  const cypher = async (query: string) => {
    const res = await fetch(`${api}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    port = await freePort();
    writeFileSync(graphFile, JSON.stringify(generateGraph(6000)));
    await start();
    const apiPort = await freePort();
    serve = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/serve.ts'), '--neo4j', '--port', String(apiPort)],
      { cwd: ROOT, env: env(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((done) =>
      createInterface({ input: serve.stdout! }).on('line', (line) => line.startsWith('serving') && done()),
    );
    api = `http://127.0.0.1:${apiPort}`;
  }, 240_000);
  afterAll(async () => {
    serve?.kill('SIGTERM');
    await neo4j?.stop();
  });

  it('refuses a wrong password naming the URI and the user, with exit code 2', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/load.ts'), '--input', graphFile, '--neo4j'],
      { cwd: ROOT, encoding: 'utf8', env: env({ NEO4J_USERNAME: 'reader', NEO4J_PASSWORD: 'not-the-password' }) },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `error: Neo4j at bolt://127.0.0.1:${port} refused the credentials of user "reader"`,
    );
    expect(result.stderr).toMatch(/Set NEO4J_USERNAME and NEO4J_PASSWORD/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a load cut off by Neo4j stopping fails plainly; serve answers 503 meanwhile; both recover', async () => {
    expect((await cypher('MATCH (e:Entity) RETURN count(e) AS n')).body.rows).toEqual([[0]]);
    const child = load();
    const outcome = finished(child);
    // Stop Neo4j once some batches are in, well before the last.
    while ((await entityCount()) < 400) await new Promise((r) => setTimeout(r, 50));
    await neo4j!.stop();
    const cut = await outcome;
    expect(cut.status).toBe(2);
    expect(cut.stderr).toContain(`error: Neo4j at bolt://127.0.0.1:${port} stopped answering during the load`);
    expect(cut.stderr).toMatch(/run npm run load again/);
    expect(cut.stderr).not.toMatch(/\n\s+at /);

    const down = await cypher('MATCH (e:Entity) RETURN count(e) AS n');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(down.body.error).toMatch(/Neo4j/);

    await start();
    // The same serve process, not restarted: its driver reconnects.
    let up = await cypher('MATCH (e:Entity) RETURN count(e) AS n');
    for (let i = 0; up.status !== 200 && i < 20; i++) {
      await new Promise((r) => setTimeout(r, 500));
      up = await cypher('MATCH (e:Entity) RETURN count(e) AS n');
    }
    expect(up.status).toBe(200);
    const half = up.body.rows[0][0] as number;
    expect(half).toBeGreaterThanOrEqual(400);
    expect(half).toBeLessThan(6000);

    // The next load writes what is missing, and the one after it nothing.
    const repair = await finished(load());
    expect(repair.status).toBe(0);
    expect(repair.stdout).toMatch(/entities: 6,000 \(\d+ added, 0 changed, 0 removed, \d+ unchanged\)/);
    expect((await cypher('MATCH (e:Entity) RETURN count(e) AS n')).body.rows).toEqual([[6000]]);
    const again = await finished(load());
    expect(again.stdout).toMatch(/nothing to write: the store already holds this graph/);
  }, 300_000);
});
