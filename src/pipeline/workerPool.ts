// A fixed set of extraction workers; each file goes to the next free one, which reads, caches and extracts it.
import { Worker } from 'node:worker_threads';
import type { FileJob, FileResult } from './processFile.ts';

type Result = FileResult;

// We run TypeScript through tsx, whose loader is not inherited by worker threads: each worker loads it first.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
  tsImport(${JSON.stringify(new URL('./extractWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

export class ExtractionPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  private nextJob = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_BOOT, { eval: true });
      worker.on('message', ({ job, result, error }: { job: number; result?: Result; error?: string }) => {
        const task = this.pending.get(job)!;
        this.pending.delete(job);
        this.release(worker);
        if (error) task.reject(new Error(`extraction failed in a worker: ${error}`));
        else task.resolve(result!);
      });
      worker.on('error', (error: Error) => {
        for (const task of this.pending.values()) task.reject(error);
        this.pending.clear();
      });
      return worker;
    });
    this.idle = [...this.workers];
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }

  async process(task: FileJob): Promise<Result> {
    while (!this.idle.length) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const worker = this.idle.pop()!;
    const job = this.nextJob++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(job, { resolve, reject });
      worker.postMessage({ job, task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
