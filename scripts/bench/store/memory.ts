// What the stores take: a folder's size on disk and a process's resident memory (Linux; 0 elsewhere).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The size of the files under `dir`, in MB (1e6 bytes); 0 when it does not exist. */
export function folderMb(dir: string): number {
  let bytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(d, entry.name));
      else if (entry.isFile()) bytes += statSync(join(d, entry.name)).size;
  };
  try {
    walk(dir);
  } catch {
    return 0;
  }
  return bytes / 1e6;
}

/** A process's resident memory (VmRSS) in MB (2^20 bytes). */
export function residentMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
