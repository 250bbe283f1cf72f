// Neo4j Community has one user database, and suites reset it: files that run at once take it in turns.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const lockDir = () =>
  join(
    tmpdir(),
    `kg-neo4j-${createHash('sha256')
      .update(process.env.NEO4J_URI ?? '')
      .digest('hex')
      .slice(0, 12)}.lock`,
  );

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until no other test process holds the database; returns the release. A dead holder's lock is taken over. */
export async function holdNeo4j(): Promise<() => void> {
  const dir = lockDir();
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      } catch {
        // Just created, pid not written yet.
      }
      if (holder && !alive(holder)) rmSync(dir, { recursive: true, force: true });
      else await sleep(200);
    }
  }
}
