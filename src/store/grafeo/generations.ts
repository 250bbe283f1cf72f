// The embedded database folder (graph-data/db/): one Grafeo file per load ("generation") and current.json naming
// the one to serve. A load writes a copy and swaps the pointer atomically, so a running server never sees a
// half-written database, and picks up the new one on its next query.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../../model/errors.ts';
import { isRunning, writeFileAtomic } from '../../pipeline/atomicWrite.ts';

const POINTER = 'current.json';
const LOCK = 'load.lock';
const GENERATION = /^graph-[\w-]+\.grafeo/;

export interface GenerationPointer {
  /** File name inside the folder. */
  file: string;
  loadedAt: string;
  /** The graph.json it was loaded from. */
  input: string;
}

/** The pointer of the generation to serve, or null when nothing was loaded into `dir` yet. */
export async function currentGeneration(dir: string): Promise<GenerationPointer | null> {
  let text: string;
  try {
    text = await readFile(join(dir, POINTER), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const pointer = JSON.parse(text) as GenerationPointer;
  if (typeof pointer.file !== 'string' || !GENERATION.test(pointer.file))
    throw new InputError('BAD_DB', `${join(dir, POINTER)} is damaged: run npm run load -- --reset`);
  return pointer;
}

export interface Generation {
  /** Path of the new database file to write. */
  file: string;
  /** True when the file does not exist yet: the load starts from an empty database. */
  fresh: boolean;
  /** Makes the new file the one served, removes generations older than the previous one, releases the lock. */
  commit(input: string): Promise<void>;
  /** Deletes the new file and releases the lock; the current generation stays. */
  discard(): Promise<void>;
}

/** Starts a load: takes the folder's lock and copies the current database (unless `reset`) to a new file. */
export async function beginGeneration(dir: string, options: { reset?: boolean } = {}): Promise<Generation> {
  await mkdir(dir, { recursive: true });
  const release = await takeLock(dir);
  try {
    const current = await currentGeneration(dir);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const name = `graph-${stamp}-${randomBytes(3).toString('hex')}.grafeo`;
    const file = join(dir, name);
    // A copy-on-write clone where the file system has them, a plain copy elsewhere.
    const fresh = !current || !!options.reset;
    if (!fresh) await copyFile(join(dir, current.file), file, constants.COPYFILE_FICLONE);
    return {
      file,
      fresh,
      async commit(input) {
        const pointer: GenerationPointer = { file: name, loadedAt: new Date().toISOString(), input: resolve(input) };
        await writeFileAtomic(join(dir, POINTER), `${JSON.stringify(pointer, null, 2)}\n`);
        await prune(dir, [name, current?.file]);
        await release();
      },
      async discard() {
        await rm(file, { force: true });
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

// The previous generation is kept: a server that opened it moments ago may still be answering from it.
async function prune(dir: string, keep: (string | undefined)[]): Promise<void> {
  for (const entry of await readdir(dir)) {
    if (!GENERATION.test(entry) || keep.some((k) => k && (entry === k || entry.startsWith(`${k}.`)))) continue;
    // On Windows an open file cannot be removed: it is left for the next load to try again.
    await rm(join(dir, entry), { force: true, recursive: true }).catch(() => undefined);
  }
}

/** One load at a time per folder; a lock left by a process that died is taken over. */
async function takeLock(dir: string): Promise<() => Promise<void>> {
  const lock = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(await readFile(lock, 'utf8').catch(() => ''));
      if (pid && isRunning(pid))
        throw new InputError(
          'LOAD_RUNNING',
          `another load (process ${pid}) is writing to ${dir}: wait for it to finish, or delete ${lock} if that process is not a load`,
        );
      await rm(lock, { force: true });
    }
  }
  throw new InputError('LOAD_RUNNING', `cannot take the lock ${lock}: delete it if no load is running`);
}
