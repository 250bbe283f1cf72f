// npm run load and npm run serve as a user runs them: summaries, exit codes, and plain errors without stacks.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH, ROOT } from '../store/stores.ts';

// No Neo4j in the environment, and no env file from npm run neo4j either.
const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_'))),
  NEO4J_ENV_FILE: join(tmpdir(), 'kg-no-such-neo4j.env'),
};

function run(script: string, args: string[], env: NodeJS.ProcessEnv = ENV) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm run load', () => {
  it('loads, then finds nothing to write the second time', () => {
    const db = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const first = run('load.ts', ['--input', FIXTURE_GRAPH, '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/entities: 35 \(35 added, 0 changed, 0 removed, 0 unchanged\)/);
    const second = run('load.ts', ['--input', FIXTURE_GRAPH, '--db', db]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/nothing to write: the store already holds this graph/);
  });

  it('names the URI and says how to fix it when Neo4j is unreachable', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const { status, stderr } = run('load.ts', ['--input', FIXTURE_GRAPH, '--neo4j', '--uri', uri]);
    expect(status).toBe(2);
    expect(stderr).toContain(`cannot reach Neo4j at ${uri}`);
    expect(stderr).toContain('docker run -p 7474:7474 -p 7687:7687');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says which setting is missing when --neo4j has no URI', () => {
    const { status, stderr } = run('load.ts', ['--input', FIXTURE_GRAPH, '--neo4j']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/error: no Neo4j to connect to: set NEO4J_URI/);
  });

  it('refuses a missing or malformed graph file with exit code 2', () => {
    const missing = run('load.ts', ['--input', '/nonexistent/graph.json', '--db', mkdtempSync(join(tmpdir(), 'kg-'))]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/graph.json does not exist: run npm run extract first/);
    const bad = run('load.ts', ['--input', join(ROOT, 'package.json'), '--db', mkdtempSync(join(tmpdir(), 'kg-'))]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/is not a knowledge graph: no "nodes" and "edges" arrays/);
  });
});

describe('npm run serve', () => {
  it('serves the API on the port it prints, and stops cleanly on SIGTERM', async () => {
    const db = mkdtempSync(join(tmpdir(), 'kg-serve-'));
    expect(run('load.ts', ['--input', FIXTURE_GRAPH, '--db', db, '-q']).status).toBe(0);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/serve.ts'), '--db', db, '--port', '0'],
      {
        cwd: ROOT,
        env: ENV,
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const status = await (await fetch(`${url}/api/status`)).json();
      expect(status.store).toBe('grafeo');
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('explains an empty database folder', () => {
    const { status, stderr } = run('serve.ts', ['--db', mkdtempSync(join(tmpdir(), 'kg-empty-')), '--port', '0']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/holds no database yet: run npm run load/);
  });
});
