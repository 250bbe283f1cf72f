// Writes a file so that readers see the old content or the new, never half of it, and clears what a killed writer
// left behind.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// `.graph.json.<pid>-<hex>.tmp`: the writer's process id tells a live write from one whose process is gone.
const TEMP_FILE = /^\..+\.(\d+)-[0-9a-f]{12}\.tmp$/;
// Earlier versions wrote `.graph.json.<hex>.tmp`, without the process id; none of them still runs.
const OLD_TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Removes the temp files of writes in `dir` whose process is gone (a killed run), leaving those of live writers.
 * Returns the names removed; a missing folder has none.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const stale = names.filter((name) => {
    const pid = TEMP_FILE.exec(name)?.[1];
    return pid ? !isRunning(Number(pid)) : OLD_TEMP_FILE.test(name);
  });
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale;
}

/** Whether process `pid` exists (the owner of a temp file or a lock). */
export function isRunning(pid: number): boolean {
  try {
    // Signal 0 only asks whether the process exists.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, run by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
