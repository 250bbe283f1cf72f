// Starting a query process: TypeScript through tsx, an environment with nothing in it to read, and on Linux a
// hard memory limit (RLIMIT_DATA, set by the shell's ulimit before node starts), so a query that allocates too much
// makes the engine abort in that process alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WORKER = fileURLToPath(new URL('./queryWorker.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A query process with its IPC channel; `memoryMb` caps its data segment where the platform allows. */
export function spawnQueryProcess(memoryMb: number): ChildProcess {
  const node = [process.execPath, '--import', TSX, WORKER];
  // The process's environment is readable from a query that reaches /proc/self/environ: keep only the path.
  const env = { PATH: process.env.PATH ?? '', RUST_BACKTRACE: '0' };
  const options = { env, serialization: 'advanced' as const, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] as const };
  if (process.platform !== 'linux') return spawn(node[0], node.slice(1), { ...options, stdio: [...options.stdio] });
  const limit = `ulimit -d ${Math.round(memoryMb * 1024)} && exec "$0" "$@"`;
  return spawn('/bin/sh', ['-c', limit, ...node], { ...options, stdio: [...options.stdio] });
}
