// A pool of query processes for the embedded store. Each query gets a deadline; one that passes it is stopped by
// killing its process (Grafeo 0.6.0 has no way to cancel a query or set a timeout), and the slot starts afresh.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { QueryError } from '../queryError.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const WORKER = fileURLToPath(new URL('./queryWorker.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

type Success = Extract<WorkerReply, { ok: true }>;

interface Job {
  query: string;
  params: Record<string, unknown>;
  maxRows: number;
  timeoutMs: number;
  resolve(reply: Success | Extract<WorkerReply, { ok: false }>): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  child: ChildProcess | null;
  /** The generation file this process has open. */
  file: string | null;
  job: Job | null;
  pending: Map<number, (reply: WorkerReply) => void>;
}

export interface PoolOptions {
  size: number;
  /** Queries waiting beyond this many are refused: the server is overloaded. */
  maxQueued?: number;
}

export class GrafeoWorkerPool {
  private slots: Slot[];
  private queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly maxQueued: number;

  constructor(
    private file: string,
    options: PoolOptions,
  ) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({
      child: null,
      file: null,
      job: null,
      pending: new Map(),
    }));
    this.maxQueued = options.maxQueued ?? 200;
  }

  /** Serve another generation: each process reopens before its next query. */
  switchTo(file: string): void {
    this.file = file;
  }

  run(query: string, params: Record<string, unknown>, timeoutMs: number, maxRows: number) {
    if (this.closed) return Promise.reject(new QueryError('STORE_UNAVAILABLE', 'the store is closed'));
    if (this.queue.length >= this.maxQueued)
      return Promise.reject(new QueryError('STORE_UNAVAILABLE', 'too many queries are waiting: try again shortly'));
    return new Promise<WorkerReply>((resolve, reject) => {
      const job: Job = {
        query,
        params,
        maxRows,
        timeoutMs,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(job), timeoutMs),
      };
      job.timer.unref();
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Starts every process and opens the database, so the first queries do not wait for it. */
  async warmUp(): Promise<void> {
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.job || slot.file === this.file) return;
        const reply = await this.send(slot, { id: this.nextId++, op: 'open', file: this.file });
        if (!reply.ok) throw new QueryError('STORE_UNAVAILABLE', `cannot open ${this.file}: ${reply.error.message}`);
        slot.file = this.file;
      }),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.finish(job, new QueryError('STORE_UNAVAILABLE', 'the store closed'));
    for (const slot of this.slots) {
      if (slot.job) this.finish(slot.job, new QueryError('STORE_UNAVAILABLE', 'the store closed'));
      this.stop(slot);
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      job.slot = slot;
      slot.job = job;
      void this.execute(slot, job);
    }
  }

  private async execute(slot: Slot, job: Job): Promise<void> {
    try {
      if (slot.file !== this.file) {
        const file = this.file;
        const opened = await this.send(slot, { id: this.nextId++, op: 'open', file });
        if (slot.job !== job) return;
        if (!opened.ok) throw new QueryError('STORE_UNAVAILABLE', `cannot open ${file}: ${opened.error.message}`);
        slot.file = file;
      }
      const request = { id: this.nextId++, op: 'query' as const, query: job.query, params: job.params };
      const reply = await this.send(slot, { ...request, maxRows: job.maxRows });
      if (slot.job === job) this.finish(job, reply);
    } catch (error) {
      if (slot.job === job) this.finish(job, error as Error);
    }
  }

  private send(slot: Slot, request: WorkerRequest): Promise<WorkerReply> {
    const child = slot.child ?? this.spawn(slot);
    return new Promise((resolve) => {
      slot.pending.set(request.id, resolve);
      child.send(request);
    });
  }

  private spawn(slot: Slot): ChildProcess {
    const child = fork(WORKER, [], {
      execArgv: ['--import', TSX],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (reply: WorkerReply) => {
      const resolve = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      resolve?.(reply);
    });
    child.on('exit', (code, signal) => {
      if (slot.child !== child) return;
      slot.child = null;
      slot.file = null;
      slot.pending.clear();
      // A process that dies under a query (out of memory, a crash in the engine) fails that query only.
      if (slot.job)
        this.finish(
          slot.job,
          new QueryError(
            'INTERNAL',
            `the query process stopped (${signal ?? `exit code ${code}`}): the query may need too much memory`,
          ),
        );
    });
    slot.child = child;
    return child;
  }

  private stop(slot: Slot): void {
    const child = slot.child;
    slot.child = null;
    slot.file = null;
    slot.pending.clear();
    child?.kill('SIGKILL');
  }

  private expire(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    // The only way to stop a running Grafeo query: end its process. The slot starts a fresh one when needed.
    if (job.slot?.job === job) this.stop(job.slot);
    const limit = job.timeoutMs >= 1000 ? `${job.timeoutMs / 1000} s` : `${job.timeoutMs} ms`;
    this.finish(
      job,
      new QueryError(
        'TIMEOUT',
        `the query ran longer than ${limit} and was stopped: add a LIMIT or narrow the pattern`,
      ),
    );
  }

  private finish(job: Job, outcome: WorkerReply | Error): void {
    clearTimeout(job.timer);
    if (job.slot?.job === job) job.slot.job = null;
    job.slot = undefined;
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
    if (!this.closed) this.dispatch();
  }
}
