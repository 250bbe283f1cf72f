// How much memory a query process may use. The limit is there to stop a runaway query (one that allocates without
// bound) in its own process before it takes the machine's memory; it must not stop ordinary queries. Once warmed up
// (queryWorker.ts), a process holds the database in memory at several times the file's size: measured on generated
// graphs, 232 MB for a 20 MB file, 598 MB for 102 MB and 1,050 MB for 204 MB (100,000 entities), about
// 146 MB + 4.5 × the file. Above that, queries need room to work: V8's young generations, which it commits anew at
// each collection (a process has two isolates, the main thread's and tsx's loader thread's: "Committing semi space
// failed" is V8 finding the limit reached), the encoded rows (up to 64 MB), and the engine's working memory, which
// grows with the graph (Cypher's one-sided shortestPath took 170 MB more at 100,000 entities).
import { readFileSync } from 'node:fs';

/** The least a process must have left under its limit once it holds the database, for ordinary queries. */
export const QUERY_ROOM_MB = 256;

/**
 * The default limit for a database file: 512 MB + 7 × the file leaves 366 MB + 2.5 × the file past the data (what a
 * process holds per MB of file measured 4.3–5.1 from run to run: 6 × left too little margin over the high end).
 */
export const queryMemoryMb = (databaseBytes: number) => 512 + Math.ceil((7 * databaseBytes) / 2 ** 20);

/** What a query process holds once it has opened a database file of this size, in MB (measured: see above). */
export const heldMb = (databaseBytes: number) => 146 + Math.ceil((4.5 * databaseBytes) / 2 ** 20);

/** Cypher processes by default: three, fewer when that many would not fit in half the machine's memory. */
export const DEFAULT_WORKERS = 3;

/**
 * How many Cypher processes to run when not told: each holds its own copy of the database, and beside them run the
 * lookup process and the spare. At 100,000 entities (a 204 MB file) each holds about 1 GB: the default three make
 * five processes and 5 GB, which a machine with 8 GB cannot spare; there it is one (3 GB). One analyst's queries
 * come one at a time, so one process serves them as fast; more help only several clients at once.
 */
export function defaultWorkers(databaseBytes: number, machineBytes: number): number {
  const fit = Math.floor(machineBytes / 2 / 2 ** 20 / heldMb(databaseBytes)) - 2;
  return Math.max(1, Math.min(DEFAULT_WORKERS, fit));
}

/** What the limit counts of a running process (Linux: its data segment, VmData), in MB; null elsewhere. */
export function dataSegmentMb(pid: number): number | null {
  try {
    const match = /VmData:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.ceil(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Why a process that holds `usedMb` of its `limitMb` once open is refused, or null when enough is left. */
export function tooLittleRoom(usedMb: number, limitMb: number, file: string): string | null {
  if (limitMb - usedMb >= QUERY_ROOM_MB) return null;
  return (
    `a query process holds ${usedMb} MB of its ${limitMb} MB memory limit once it has opened ${file}, ` +
    `leaving less than the ${QUERY_ROOM_MB} MB queries need: serve with --query-memory-mb ${usedMb + 2 * QUERY_ROOM_MB} or more`
  );
}
