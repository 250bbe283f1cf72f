// A fixed set of extraction workers; each file goes to the next free one, which reads, caches and extracts it.
// A synchronous loop cannot be interrupted, so a worker that holds one document past the time limit is terminated
// and replaced, and that document reported: no document can hold the run longer than the limit.
import { Worker } from 'node:worker_threads';
import { documentPath, inputProblem } from '../documents/index.ts';
import type { InputProblemCode } from '../model/errors.ts';
import type { FileJob, FileResult } from './processFile.ts';

/** Ordinary news documents take well under a second each; this is for input that would hold the run. */
export const DEFAULT_TIME_LIMIT_MS = 30_000;

/** What a worker sends back: that it has started a job (the time limit counts from then), or the job's outcome. */
export type WorkerMessage =
  { job: number; started: true } | { job: number; result: FileResult } | { job: number; error: string };

// We run TypeScript through tsx, whose loader is not inherited by worker threads: each worker loads it first.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
  tsImport(${JSON.stringify(new URL('./extractWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

interface Assignment {
  job: number;
  task: FileJob;
  resolve: (result: FileResult) => void;
  timer?: NodeJS.Timeout;
}

export class ExtractionPool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly assigned = new Map<Worker, Assignment>();
  private nextJob = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly timeLimitMs = DEFAULT_TIME_LIMIT_MS,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.startWorker());
  }

  /** The file's extraction, or the problem that stopped it: this never rejects, whatever the document does. */
  async process(task: FileJob): Promise<FileResult> {
    while (!this.idle.length) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const worker = this.idle.pop()!;
    const job = this.nextJob++;
    return new Promise<FileResult>((resolve) => {
      this.assigned.set(worker, { job, task, resolve });
      worker.postMessage({ job, task });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private startWorker(): Worker {
    const worker = new Worker(WORKER_BOOT, { eval: true });
    this.workers.add(worker);
    worker.on('message', (message: WorkerMessage) => this.received(worker, message));
    // Only a worker's own failure gets here (running out of memory, say): processFile catches a document's errors.
    worker.on('error', (error: Error) =>
      this.replace(worker, 'EXTRACTION_FAILED', `its worker stopped (${error.message})`),
    );
    return worker;
  }

  private received(worker: Worker, message: WorkerMessage): void {
    const assignment = this.assigned.get(worker);
    if (assignment?.job !== message.job) return;
    if ('started' in message) {
      // Counted from here, so that starting the worker (about a second) is not held against the document.
      const seconds = this.timeLimitMs / 1000;
      assignment.timer = setTimeout(
        () => this.replace(worker, 'TIMED_OUT', `took longer than ${seconds} s to read and extract and was stopped`),
        this.timeLimitMs,
      );
      return;
    }
    clearTimeout(assignment.timer);
    this.assigned.delete(worker);
    // processFile turns every error into a problem, so an error here is a bug in the worker's own messaging.
    if ('error' in message) assignment.resolve(failed(assignment.task, 'EXTRACTION_FAILED', message.error));
    else assignment.resolve(message.result);
    this.release(worker);
  }

  /** Ends a worker that failed or overran, reports its document, and starts another in its place. */
  private replace(worker: Worker, code: InputProblemCode, what: string): void {
    const assignment = this.assigned.get(worker);
    this.assigned.delete(worker);
    this.workers.delete(worker);
    void worker.terminate();
    if (assignment) {
      clearTimeout(assignment.timer);
      assignment.resolve(failed(assignment.task, code, what));
    }
    if (!this.closed) this.release(this.startWorker());
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }
}

function failed({ dir, file }: FileJob, code: InputProblemCode, what: string): FileResult {
  const { path } = documentPath(dir, file);
  const fix =
    code === 'TIMED_OUT'
      ? 'split it into smaller documents, or raise the limit with --time-limit'
      : 'the other documents are unaffected — please report this with the file';
  return { result: inputProblem(path, code, what, fix), cached: false, readMs: 0 };
}
