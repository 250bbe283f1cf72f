// Stopping npm run serve and npm run load as a process manager does: SIGTERM to npm, which passes no signal on.
// Every process the command started must be gone soon after, and an interrupted load must leave no lock behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/store/generateGraph.ts';
import { FIXTURE_GRAPH, loadInto, fixtureGraph, ROOT } from '../store/stores.ts';

/** Every process below `pid`, from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (name) state ppid …": the name may hold spaces, so read past its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const visit = (p: number) => (children.get(p) ?? []).forEach((c) => (found.push(c), visit(c)));
  visit(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(state); // a zombie has exited
  } catch {
    return false;
  }
};

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if (check()) return true;
  return check();
}

function npm(args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn('npm', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

describe('SIGTERM to npm', () => {
  it('stops npm run serve, its server and every query process', async () => {
    const db = mkdtempSync(join(tmpdir(), 'kg-stop-'));
    await loadInto({ kind: 'grafeo', dir: db }, await fixtureGraph(), true);
    const { child, output } = npm(['run', 'serve', '--', '--port', '0', '--db', db, '--graph', FIXTURE_GRAPH]);
    expect(await until(() => output().includes('serving http://'), 30_000)).toBe(true);
    const started = descendants(child.pid!);
    // npm's shell, the server, one lookup process, two Cypher processes and the spare.
    expect(started.length).toBeGreaterThanOrEqual(6);
    child.kill('SIGTERM');
    expect(await until(() => started.every((pid) => !alive(pid)), 5000)).toBe(true);
    expect(output()).toMatch(/stopping \(its launcher stopped\)/);
  });

  it('stops npm run load midway, dropping the new generation and the lock', async () => {
    const db = mkdtempSync(join(tmpdir(), 'kg-stop-'));
    const input = join(db, 'graph.json');
    writeFileSync(input, JSON.stringify(generateGraph(20_000)));
    const { child, output } = npm(['run', 'load', '--', '--input', input, '--db', db]);
    expect(await until(() => existsSync(join(db, 'load.lock')), 30_000)).toBe(true);
    const started = descendants(child.pid!);
    child.kill('SIGTERM');
    // The load ends after the statement the engine is running: it cannot be interrupted.
    expect(await until(() => started.every((pid) => !alive(pid)), 15_000)).toBe(true);
    expect(output()).toMatch(/stopped \(its launcher stopped\): nothing was loaded/);
    expect(existsSync(join(db, 'load.lock'))).toBe(false);
    expect(readdirSync(db).filter((f) => f.endsWith('.grafeo'))).toEqual([]);
  });
});
