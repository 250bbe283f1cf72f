// npm run neo4j as a user runs it: the variables and "ready", a Neo4j that takes the password, a clean stop on
// SIGTERM and on Ctrl+C (no JVM left), and a plain refusal when Java or Maven is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4jDriver from 'neo4j-driver';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readNeo4jEnvFile } from '../../../src/store/neo4j/envFile.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Processes whose command line names `text`: a JVM left behind shows here. */
const processesNaming = (text: string) =>
  readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    });

async function untilGone(text: string, ms = 60_000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 250)))
    if (!processesNaming(text).length) return;
}

/** Starts npm run neo4j in its own process group and waits for "ready". */
async function startNpm() {
  const data = mkdtempSync(join(tmpdir(), 'kg-neo4j-cli-'));
  const envFile = join(data, 'neo4j.env');
  const child = spawn('npm', ['run', '-s', 'neo4j', '--', '--data', data], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_ENV_FILE: envFile },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  await new Promise<void>((done, fail) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (line === 'ready') done();
    });
    void exited.then(() => fail(new Error(`npm run neo4j exited: ${stderr}`)));
  });
  return { child, data, envFile, lines, exited, stderr: () => stderr };
}

describe('npm run neo4j', () => {
  it('prints the variables and "ready", takes the password, and stops on SIGTERM leaving no JVM', async () => {
    const run = await startNpm();
    const [uri, user, password, ready] = run.lines;
    expect(uri).toMatch(/^NEO4J_URI=bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(user).toBe('NEO4J_USER=neo4j');
    expect(password).toMatch(/^NEO4J_PASSWORD=\S{16,}$/);
    expect(ready).toBe('ready');
    const variables = readNeo4jEnvFile(run.envFile)!;
    expect(`NEO4J_URI=${variables.NEO4J_URI}`).toBe(uri);
    expect(processesNaming(run.data).length).toBeGreaterThan(0);

    const driver = neo4jDriver.driver(variables.NEO4J_URI, neo4jDriver.auth.basic('neo4j', variables.NEO4J_PASSWORD));
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD edition, versions RETURN *');
    await driver.close();
    expect(records[0].get('edition')).toBe('community');
    expect(records[0].get('versions')[0]).toMatch(/^5\.26\./);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toMatch(/Neo4j stopped/);
    expect(existsSync(run.envFile)).toBe(false);
    await untilGone(run.data, 5000);
    expect(processesNaming(run.data)).toEqual([]);
  }, 240_000);

  it('stops on Ctrl+C (SIGINT to its process group) leaving no JVM', async () => {
    const run = await startNpm();
    process.kill(-run.child.pid!, 'SIGINT');
    await run.exited;
    await untilGone(run.data);
    expect(processesNaming(run.data)).toEqual([]);
    expect(existsSync(run.envFile)).toBe(false);
  }, 240_000);

  it.each([
    ['java', /java not found\. Java 17 or newer is needed .*apt-get install openjdk-17/],
    ['mvn', /mvn not found\. Maven is needed .*apt-get install maven/],
  ])('says how to install %s when it is missing, with exit code 2', (tool, message) => {
    // The script runs on this node; its PATH has nothing, or only the JDK's bin folder when Maven is to be missing.
    const bin = mkdtempSync(join(tmpdir(), 'kg-path-'));
    const path = tool === 'mvn' ? [bin, dirname(whichJava())] : [bin];
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/neo4j/neo4j.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: path.join(':'), NEO4J_ENV_FILE: join(bin, 'neo4j.env') },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

const whichJava = () => spawnSync('sh', ['-c', 'readlink -f "$(command -v java)"'], { encoding: 'utf8' }).stdout.trim();
