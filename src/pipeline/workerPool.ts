// A fixed set of extraction workers; each file goes to the next free one, which reads, caches and extracts it.
// A synchronous loop cannot be interrupted, so a worker that holds one document past the time limit is terminated
// and replaced, and that document reported: no document can hold the run longer than the limit.
import { Worker } from 'node:worker_threads';
import { documentPath, inputProblem } from '../documents/index.ts';
import type { InputProblemCode } from '../model/errors.ts';
import type { WireExtraction } from '../model/extractionWire.ts';
import type { FileJob, FileResult } from './processFile.ts';

/** What the pool yields for a file: the extraction as the worker sent it, to be decoded where it is kept. */
export type WireFileResult = FileResult<WireExtraction>;

/** Ordinary news documents take well under a second each; this is for input that would hold the run. */
export const DEFAULT_TIME_LIMIT_MS = 30_000;

/** What a worker sends back: that it has started a job (the time limit counts from then), or the job's outcome. */
export type WorkerMessage =
  { job: number; started: true } | { job: number; result: WireFileResult } | { job: number; error: string };

interface Assignment {
  job: number;
  task: FileJob;
  resolve: (result: WireFileResult) => void;
  timer?: NodeJS.Timeout;
}

/**
 * Jobs a worker holds at once: the one it extracts and the next, so that it never waits for the main thread to send
 * more (a round trip per document, which cost a worker about a tenth of its time).
 */
const QUEUE_DEPTH = 2;

export class ExtractionPool {
  /** Each worker's jobs in the order it runs them: the first is running (or about to), the rest wait. */
  private readonly queues = new Map<Worker, Assignment[]>();
  private readonly waiting: (() => void)[] = [];
  private nextJob = 0;
  private closed = false;

  /** `script` is the worker's code (workerBundle). */
  constructor(
    private readonly script: URL,
    size: number,
    private readonly timeLimitMs = DEFAULT_TIME_LIMIT_MS,
  ) {
    for (let i = 0; i < size; i++) this.startWorker();
  }

  /** The file's extraction, or the problem that stopped it: this never rejects, whatever the document does. */
  async process(task: FileJob): Promise<WireFileResult> {
    let worker: Worker | undefined;
    while (!(worker = this.leastBusy())) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const job = this.nextJob++;
    return new Promise<WireFileResult>((resolve) => this.assign(worker, { job, task, resolve }));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.queues.keys()].map((worker) => worker.terminate()));
  }

  /** The worker with the fewest jobs, if one has room for another. */
  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    for (const [worker, queue] of this.queues) {
      if (queue.length < QUEUE_DEPTH && (!best || queue.length < this.queues.get(best)!.length)) best = worker;
    }
    return best;
  }

  private assign(worker: Worker, assignment: Assignment): void {
    this.queues.get(worker)!.push(assignment);
    worker.postMessage({ job: assignment.job, task: assignment.task });
  }

  private startWorker(): Worker {
    const worker = new Worker(this.script);
    this.queues.set(worker, []);
    worker.on('message', (message: WorkerMessage) => this.received(worker, message));
    // Only a worker's own failure gets here (running out of memory, say): processFile catches a document's errors.
    worker.on('error', (error: Error) =>
      this.replace(worker, 'EXTRACTION_FAILED', `its worker stopped (${error.message})`),
    );
    return worker;
  }

  private received(worker: Worker, message: WorkerMessage): void {
    const queue = this.queues.get(worker);
    const assignment = queue?.[0];
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
    queue!.shift();
    // processFile turns every error into a problem, so an error here is a bug in the worker's own messaging.
    if ('error' in message) assignment.resolve(failed(assignment.task, 'EXTRACTION_FAILED', message.error));
    else assignment.resolve(message.result);
    this.waiting.shift()?.();
  }

  /**
   * Ends a worker that failed or overran, reports the document it was on, and starts another in its place, which
   * takes over the jobs that were waiting behind it.
   */
  private replace(worker: Worker, code: InputProblemCode, what: string): void {
    const [running, ...queued] = this.queues.get(worker) ?? [];
    this.queues.delete(worker);
    void worker.terminate();
    if (running) {
      clearTimeout(running.timer);
      running.resolve(failed(running.task, code, what));
    }
    if (this.closed) return;
    const next = this.startWorker();
    for (const assignment of queued) this.assign(next, assignment);
    this.waiting.shift()?.();
  }
}

function failed({ dir, file }: FileJob, code: InputProblemCode, what: string): WireFileResult {
  const { path } = documentPath(dir, file);
  const fix =
    code === 'TIMED_OUT'
      ? 'split it into smaller documents, or raise the limit with --time-limit'
      : 'the other documents are unaffected — please report this with the file';
  return { result: inputProblem(path, code, what, fix), cached: false, readMs: 0 };
}
