// The CPU time the pool reads to tell a heavy query from one that waited for a core on a busy machine.
import { describe, expect, it } from 'vitest';
import { processCpuMs } from '../../src/store/grafeo/processCpu.ts';

describe.runIf(process.platform === 'linux')('processCpuMs', () => {
  it('grows by the CPU a process spends, not by the time it waits', async () => {
    const start = processCpuMs(process.pid)!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const afterWait = processCpuMs(process.pid)!;
    const busyUntil = performance.now() + 300;
    while (performance.now() < busyUntil); // at least 300 ms of wall time, at most that of CPU
    const afterWork = processCpuMs(process.pid)!;
    expect(afterWait - start).toBeLessThan(200);
    // On a busy machine the loop gets less than all of its 300 ms: the bound leaves room for that.
    expect(afterWork - afterWait).toBeGreaterThan(50);
    expect(afterWork - afterWait).toBeLessThanOrEqual(320);
  });

  it('is null for a process that does not exist', () => {
    expect(processCpuMs(2 ** 22 + 1)).toBeNull();
  });
});
