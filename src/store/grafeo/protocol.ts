// Messages between the server and its Grafeo query processes.
import type { WireRows } from './values.ts';

export type WorkerRequest =
  | { id: number; op: 'open'; file: string }
  | {
      id: number;
      op: 'query';
      query: string;
      params: Record<string, unknown>;
      maxRows: number;
      /** The rows returned stop short of this many bytes (about), so one answer cannot fill the server's memory. */
      maxResultBytes: number;
    }
  /** The fewest hops between the entities with these ids, searched in the process (see shortestPath.ts). */
  | ({ id: number; op: 'shortestPath' } & PathRequest);

/** Two entities by their `id` property, and the most relationships a path between them may have. */
export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
}

/** A refusal the query process makes itself, before or instead of the engine's own error. */
export type WorkerRefusal = 'READ_ONLY' | 'TOO_LARGE';

export type WorkerReply =
  | { id: number; ok: true; columns: string[]; result: WireRows; truncated: boolean }
  | { id: number; ok: false; error: { message: string; gqlStatus?: string; refused?: WorkerRefusal } };
