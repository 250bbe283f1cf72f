// Which queries are heavy and who runs them: at most one heavy query per client and `slots` in all, so heavy
// Cypher cannot take every query process. A statement that ran heavy once is remembered, so the next time it is
// refused at once (TOO_MANY_REQUESTS with a Retry-After) instead of taking a process first.
import { QueryError } from '../queryError.ts';

/** Statements remembered as heavy, at most; the oldest is forgotten first. */
const REMEMBERED = 1000;

export class HeavyQueries {
  private statements = new Set<string>();
  /** Running heavy queries: the client that sent each and when its time is up. */
  private running = new Map<object, { client: string; deadline: number }>();

  constructor(private readonly slots: number) {}

  isKnown(query: string): boolean {
    return this.statements.has(query);
  }

  remember(query: string): void {
    this.statements.delete(query);
    this.statements.add(query);
    if (this.statements.size > REMEMBERED) this.statements.delete(this.statements.values().next().value!);
  }

  /** It ran quickly this time (an index, a cache): no longer heavy. */
  forget(query: string): void {
    this.statements.delete(query);
  }

  start(client: string, job: object, deadline: number): void {
    this.running.set(job, { client, deadline });
  }

  end(job: object): void {
    this.running.delete(job);
  }

  /** Why `client` may not run another heavy query now, or null when it may. */
  refusal(client: string): QueryError | null {
    const all = [...this.running.values()];
    const own = all.filter((r) => r.client === client);
    if (own.length > 0) return this.tooMany('a heavy query of yours is still running: wait for its answer', own);
    if (all.length >= this.slots) return this.tooMany('the heavy queries allowed at once are running', all);
    return null;
  }

  /** Refused for a full queue: try again in a second. */
  busy(why: string): QueryError {
    return new QueryError('TOO_MANY_REQUESTS', `${why}: try again in a moment`, undefined, 1);
  }

  private tooMany(why: string, blocking: { deadline: number }[]): QueryError {
    const soonest = Math.min(...blocking.map((r) => r.deadline));
    const seconds = Math.max(1, Math.ceil((soonest - Date.now()) / 1000));
    return new QueryError('TOO_MANY_REQUESTS', `${why} (try again in ${seconds} s)`, undefined, seconds);
  }
}
