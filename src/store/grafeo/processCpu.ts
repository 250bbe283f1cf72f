// The CPU time a query process has spent, which tells a heavy query from one that waited for a core on a busy
// machine: by the clock alone, every query looks heavy when other programs take the CPUs.
import { readFileSync } from 'node:fs';

/** CPU time of a process in ms, every thread counted (Linux: /proc/<pid>/stat, 10 ms steps); null elsewhere. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: fields are counted from after it. utime and stime are the
    // 14th and 15th fields, in clock ticks of 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
