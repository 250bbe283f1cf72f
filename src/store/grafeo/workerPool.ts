// A pool of query processes for the embedded store, in two lanes: `lookup` for the server's own bounded
// statements and `query` for the API user's Cypher, so a search never waits behind a heavy query. Each query gets a
// deadline; one that passes it is stopped by killing its process (Grafeo 0.6.0 has no way to cancel a query or set
// a timeout), and the slot starts afresh. Heavy queries (past `heavyAfterMs` of CPU) are limited per client and in
// all, and refused with TOO_MANY_REQUESTS rather than left to wait.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { setPriority } from 'node:os';
import { QueryError } from '../queryError.ts';
import { HeavyQueries } from './heavyQueries.ts';
import { dataSegmentMb, queryMemoryMb, tooLittleRoom } from './memoryLimit.ts';
import { processCpuMs } from './processCpu.ts';
import type { PathRequest, WorkerReply, WorkerRequest } from './protocol.ts';
import { spawnQueryProcess } from './spawnQueryProcess.ts';

export type Lane = 'lookup' | 'query';
type Outcome = WorkerReply | Error;

export interface QueryJob {
  query: string;
  params: Record<string, unknown>;
  maxRows: number;
  timeoutMs: number;
  lane: Lane;
  client: string;
  /** A shortest-path search instead of `query` (which then only names the job). */
  path?: PathRequest;
}

interface Job extends QueryJob {
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
  timers: NodeJS.Timeout[];
  slot?: Slot;
  startedAt?: number;
  /** Spent heavyAfterMs of CPU, or is a statement that did before. */
  heavy: boolean;
}

interface QueryProcess {
  child: ChildProcess;
  /** The generation file this process has open. */
  file: string | null;
  /** Its memory limit in MB (Linux), fixed when it starts. */
  memoryMb: number;
  pending: Map<number, (reply: WorkerReply) => void>;
}

interface Slot {
  lane: Lane;
  process: QueryProcess | null;
  job: Job | null;
}

export interface PoolOptions {
  /** Processes for the API user's Cypher. */
  size: number;
  /** Processes for the server's own lookups (default 1). */
  lookupSize?: number;
  /** Hard memory limit of each process, in MB (Linux); a query past it ends with TOO_LARGE. Default: queryMemoryMb
   * of the generation served, so a load that makes the database larger raises it. */
  memoryMb?: number;
  /** Rows returned stop short of this many bytes. */
  maxResultBytes?: number;
  /** Lookups waiting beyond this many are refused: the server is overloaded. */
  maxQueued?: number;
  /** A query that has spent this much CPU time is heavy (default 500 ms). */
  heavyAfterMs?: number;
  /** A heavy query refused at once is answered after this pause (default 250 ms). */
  refusalPauseMs?: number;
  /** A query waits at most this long for a process before it is refused with TOO_MANY_REQUESTS. */
  maxWaitMs?: number;
}

export class GrafeoWorkerPool {
  private slots: Slot[];
  /** A process started and opened ahead, which takes the place of one that is killed without a wait. */
  private spare: QueryProcess | null = null;
  private queues: Record<Lane, Job[]> = { lookup: [], query: [] };
  private nextId = 1;
  private closed = false;
  private readonly heavy: HeavyQueries;

  constructor(
    private file: string,
    private readonly options: PoolOptions,
  ) {
    const slot = (lane: Lane): Slot => ({ lane, process: null, job: null });
    this.slots = [
      ...Array.from({ length: Math.max(1, options.lookupSize ?? 1) }, () => slot('lookup')),
      ...Array.from({ length: Math.max(1, options.size) }, () => slot('query')),
    ];
    // Heavy queries may hold half the Cypher processes (one at least): the rest stay free for quick queries.
    this.heavy = new HeavyQueries(Math.max(1, Math.floor(options.size / 2)));
  }

  /** Serve another generation: each process reopens before its next query (restarts, if its limit changes). */
  switchTo(file: string): void {
    this.file = file;
  }

  /** The memory limit of a process opening the served generation, in MB. */
  memoryMb(): number {
    return this.options.memoryMb ?? queryMemoryMb(statSync(this.file).size);
  }

  run(request: QueryJob): Promise<WorkerReply> {
    if (this.closed) return Promise.reject(new QueryError('STORE_UNAVAILABLE', 'the store is closed'));
    if (request.lane === 'lookup' && this.queues.lookup.length >= (this.options.maxQueued ?? 200))
      return Promise.reject(new QueryError('STORE_UNAVAILABLE', 'too many queries are waiting: try again shortly'));
    const knownHeavy = request.lane === 'query' && this.heavy.isKnown(request.query);
    if (knownHeavy) {
      const refusal = this.heavy.refusal(request.client);
      // Answered after a pause: a client that ignores Retry-After and asks again at once cannot spin the server.
      if (refusal)
        return new Promise((_, reject) => setTimeout(() => reject(refusal), this.options.refusalPauseMs ?? 250));
    }
    return new Promise<WorkerReply>((resolve, reject) => {
      const job: Job = { ...request, resolve, reject, timers: [], heavy: knownHeavy };
      if (knownHeavy) this.heavy.start(job.client, job, this.deadlineOf(job));
      job.timers.push(setTimeout(() => this.expire(job), job.timeoutMs));
      if (job.lane === 'query')
        job.timers.push(
          setTimeout(() => {
            if (!job.slot) this.finish(job, this.heavy.busy('every query process is busy'));
          }, this.options.maxWaitMs ?? 1000),
        );
      for (const timer of job.timers) timer.unref();
      this.queues[job.lane].push(job);
      this.dispatch();
    });
  }

  /**
   * Starts every process, the spare included, and opens the database, so the first queries neither wait for an
   * opening nor share the CPU with one (at 100,000 entities the spare's took several seconds of CPU, and lookups by
   * name during it took 2-3 times as long).
   */
  async warmUp(): Promise<void> {
    await Promise.all([
      ...this.slots.map(async (slot) => {
        if (slot.job || slot.process?.file === this.file) return;
        await this.open((slot.process ??= this.spawn()));
      }),
      this.refillSpare(),
    ]);
  }

  /** The process ids of the query processes running now, the spare included (for tests and measurements). */
  pids(): number[] {
    return [...this.slots.map((slot) => slot.process), this.spare].flatMap((p) => (p?.child.pid ? [p.child.pid] : []));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.queues.lookup.splice(0), ...this.queues.query.splice(0)])
      this.finish(job, new QueryError('STORE_UNAVAILABLE', 'the store closed'));
    for (const slot of this.slots) {
      if (slot.job) this.finish(slot.job, new QueryError('STORE_UNAVAILABLE', 'the store closed'));
      this.stop(slot);
    }
    this.spare?.child.kill('SIGKILL');
    this.spare = null;
  }

  private deadlineOf(job: Job): number {
    return (job.startedAt ?? Date.now()) + job.timeoutMs;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      const queue = this.queues[slot.lane];
      if (slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      job.slot = slot;
      job.startedAt = Date.now();
      slot.job = job;
      void this.execute(slot, job);
    }
  }

  /**
   * A query spent heavyAfterMs of CPU: it is remembered as heavy, and stopped if its client already runs a heavy one
   * or the heavy queries already hold every process they may, so that one process stays free for the others.
   */
  private becameHeavy(job: Job): void {
    if (job.slot?.job !== job) return;
    this.heavy.remember(job.query);
    const refusal = this.heavy.refusal(job.client);
    if (refusal) {
      this.stop(job.slot);
      this.finish(job, refusal);
      return;
    }
    job.heavy = true;
    this.yieldCpu(job.slot);
    this.heavy.start(job.client, job, this.deadlineOf(job));
  }

  /**
   * A query is heavy once its process has spent heavyAfterMs of CPU on it (of time where the CPU cannot be read). On
   * a busy machine a quick query can wait that long for a core: taken for heavy, it would cost its process, and the
   * opening of another (seconds at 100,000 entities), which made the next queries wait longer still.
   */
  private watchHeavy(job: Job, worker: QueryProcess): void {
    const limit = this.options.heavyAfterMs ?? 500;
    const pid = worker.child.pid;
    const start = pid === undefined ? null : processCpuMs(pid);
    const check = (wait: number) => {
      const timer = setTimeout(() => {
        if (job.slot?.job !== job) return;
        const now = start === null ? null : processCpuMs(pid!);
        const used = now === null || start === null ? limit : now - start;
        if (used >= limit) this.becameHeavy(job);
        else check(Math.max(limit - used, 50));
      }, wait);
      timer.unref();
      job.timers.push(timer);
    };
    check(limit);
  }

  private async execute(slot: Slot, job: Job): Promise<void> {
    try {
      if (slot.process && slot.process.file !== this.file && slot.process.memoryMb !== this.memoryMb()) this.stop(slot);
      const worker = (slot.process ??= this.takeSpare() ?? this.spawn());
      if (worker.file !== this.file) await this.open(worker);
      if (slot.job !== job) return;
      if (job.heavy) this.yieldCpu(slot);
      // Counted from here, past the opening of a fresh process: the query's own time.
      else if (job.lane === 'query') this.watchHeavy(job, worker);
      const { query, params, maxRows } = job;
      const maxResultBytes = this.options.maxResultBytes ?? 64 * 2 ** 20;
      const id = this.nextId++;
      const request: WorkerRequest = job.path
        ? { id, op: 'shortestPath', ...job.path }
        : { id, op: 'query', query, params, maxRows, maxResultBytes };
      const reply = await this.send(worker, request);
      if (slot.job === job) this.finish(job, reply);
    } catch (error) {
      if (slot.job === job) this.finish(job, error as Error);
    }
  }

  private async open(worker: QueryProcess): Promise<void> {
    const file = this.file;
    const reply = await this.send(worker, { id: this.nextId++, op: 'open', file });
    if (!reply.ok) throw new QueryError('STORE_UNAVAILABLE', `cannot open ${file}: ${reply.error.message}`);
    // A limit that the database alone nearly fills would fail ordinary queries at random: refuse it here, clearly.
    const used = worker.child.pid === undefined ? null : dataSegmentMb(worker.child.pid);
    const refusal = process.platform === 'linux' && used !== null && tooLittleRoom(used, worker.memoryMb, file);
    if (refusal) {
      worker.child.kill('SIGKILL');
      throw new QueryError('STORE_UNAVAILABLE', refusal);
    }
    worker.file = file;
  }

  private send(worker: QueryProcess, request: WorkerRequest): Promise<WorkerReply> {
    return new Promise((resolve) => {
      worker.pending.set(request.id, resolve);
      worker.child.send(request);
    });
  }

  private takeSpare(): QueryProcess | null {
    const spare = this.spare;
    this.spare = null;
    setImmediate(() => void this.refillSpare());
    if (spare && spare.memoryMb !== this.memoryMb()) {
      spare.child.kill('SIGKILL');
      return null;
    }
    return spare;
  }

  /** Starts a spare when there is none; resolves once it is open (or failed to open: a query will retry). */
  private async refillSpare(): Promise<void> {
    if (this.closed || this.spare) return;
    this.spare = this.spawn();
    await this.open(this.spare).catch(() => undefined);
  }

  private spawn(): QueryProcess {
    const memoryMb = this.memoryMb();
    const child = spawnQueryProcess(memoryMb);
    const worker: QueryProcess = { child, file: null, memoryMb, pending: new Map() };
    child.on('message', (reply: WorkerReply) => {
      const resolve = worker.pending.get(reply.id);
      worker.pending.delete(reply.id);
      resolve?.(reply);
    });
    child.on('exit', (code, signal) => {
      if (this.spare === worker) this.spare = null;
      const slot = this.slots.find((s) => s.process === worker);
      if (!slot) return;
      slot.process = null;
      // A process that dies under a query fails that query only. Out of memory, Rust and V8 abort.
      if (slot.job)
        this.finish(
          slot.job,
          signal === 'SIGABRT' || code === 134
            ? new QueryError(
                'TOO_LARGE',
                `the query needed more than the ${memoryMb} MB of memory a query may use and was stopped: ` +
                  'add a LIMIT, or count and aggregate before collecting lists',
              )
            : new QueryError('INTERNAL', `the query process stopped (${signal ?? `exit code ${code}`})`),
        );
    });
    return worker;
  }

  /** A heavy query gets the CPU the server and the other queries leave (and the process is retired after it). */
  private yieldCpu(slot: Slot): void {
    const pid = slot.process?.child.pid;
    if (!pid) return;
    // On Linux a priority belongs to a thread: the engine's threads are lowered one by one.
    const threads = existsSync(`/proc/${pid}/task`) ? readdirSync(`/proc/${pid}/task`).map(Number) : [pid];
    for (const id of threads) {
      try {
        setPriority(id, 19);
      } catch {
        // The thread or the process has just ended: nothing left to lower.
      }
    }
  }

  /** Kills the slot's process; the spare, already open, takes its place. */
  private stop(slot: Slot): void {
    const worker = slot.process;
    slot.process = this.closed ? null : this.takeSpare();
    worker?.child.kill('SIGKILL');
  }

  private expire(job: Job): void {
    const queued = this.queues[job.lane].indexOf(job);
    if (queued >= 0) this.queues[job.lane].splice(queued, 1);
    // The only way to stop a running Grafeo query: end its process. The slot starts a fresh one when needed.
    const slot = job.slot?.job === job ? job.slot : null;
    if (slot) {
      slot.job = null;
      this.stop(slot);
    }
    const limit = job.timeoutMs >= 1000 ? `${job.timeoutMs / 1000} s` : `${job.timeoutMs} ms`;
    this.finish(
      job,
      new QueryError(
        'TIMEOUT',
        `the query ran longer than ${limit} and was stopped: add a LIMIT or narrow the pattern`,
      ),
    );
  }

  private finish(job: Job, outcome: Outcome): void {
    for (const timer of job.timers) clearTimeout(timer);
    const queued = this.queues[job.lane].indexOf(job);
    if (queued >= 0) this.queues[job.lane].splice(queued, 1);
    if (job.heavy) this.heavy.end(job);
    else if (job.startedAt && !(outcome instanceof Error)) this.heavy.forget(job.query);
    const slot = job.slot?.job === job ? job.slot : null;
    if (slot) slot.job = null;
    // A process that ran a heavy query runs at the lowest priority: the spare, at normal priority, replaces it.
    if (slot && job.heavy && !this.closed) this.stop(slot);
    job.slot = undefined;
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
    if (!this.closed) this.dispatch();
  }
}
