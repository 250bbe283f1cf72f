// The API's side of the embedded store: queries run read-only in a pool of processes, on the generation that
// current.json names; a new load is picked up by the next query.
import { statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../model/errors.ts';
import { NODES_BY_ELEMENT_ID } from '../cypher/read.ts';
import { assertReadOnly } from '../readOnlyGuard.ts';
import type { ReadOptions, StoreReader } from '../store.ts';
import { grafeoQueryError } from './errors.ts';
import { currentGeneration } from './generations.ts';
import { decodeEndpoints, decodeRows, nodeOfRow } from './values.ts';
import { defaultWorkers } from './memoryLimit.ts';
import { GrafeoWorkerPool } from './workerPool.ts';

export interface GrafeoReaderOptions {
  /** Query processes for the API user's Cypher (default: defaultWorkers), beside one for the server's own lookups. */
  workers?: number;
  /** Hard memory limit per query process, in MB (default: from the served database's size, see memoryLimit.ts). */
  memoryMb?: number;
}

/** How often, at most, a query checks whether a load made a new generation. */
const POINTER_CHECK_MS = 500;

export async function openGrafeoReader(dir: string, options: GrafeoReaderOptions = {}): Promise<StoreReader> {
  const first = await currentGeneration(dir);
  if (!first)
    throw new InputError('NO_DATABASE', `${dir} holds no database yet: run npm run load (or pass --db <dir>)`);
  let current = first.file;
  let checkedAt = Date.now();
  const size = options.workers ?? defaultWorkers(statSync(join(dir, current)).size, totalmem());
  const pool = new GrafeoWorkerPool(join(dir, current), { size, memoryMb: options.memoryMb });
  try {
    await pool.warmUp();
  } catch (error) {
    await pool.close();
    throw error;
  }

  const refresh = async () => {
    if (Date.now() - checkedAt < POINTER_CHECK_MS) return;
    checkedAt = Date.now();
    const pointer = await currentGeneration(dir).catch(() => null);
    if (pointer && pointer.file !== current) {
      current = pointer.file;
      pool.switchTo(join(dir, current));
    }
  };

  const reader: StoreReader = {
    kind: 'grafeo',
    describe: () =>
      `Grafeo (embedded, read-only) at ${join(dir, current)}, ${size} Cypher process${size === 1 ? '' : 'es'} and one for lookups, ${pool.memoryMb()} MB cap each`,
    async read(query, params, options: ReadOptions) {
      const statement = assertReadOnly(query);
      await refresh();
      const { timeoutMs, maxRows, lane = 'lookup', client = 'server' } = options;
      const reply = await pool.run({ query: statement, params, timeoutMs, maxRows, lane, client });
      if (!reply.ok) throw grafeoQueryError(reply.error, statement);
      return {
        columns: reply.columns,
        rows: decodeRows(reply.result),
        truncated: reply.truncated,
        endpoints: decodeEndpoints(reply.result),
      };
    },
    async shortestPath(from, to, maxHops, { timeoutMs }) {
      await refresh();
      const path = { from, to, maxHops };
      const job = {
        query: 'shortestPath',
        params: {},
        timeoutMs,
        maxRows: 1,
        lane: 'lookup' as const,
        client: 'server',
      };
      const reply = await pool.run({ ...job, path });
      if (!reply.ok) throw grafeoQueryError(reply.error, job.query);
      return { columns: reply.columns, rows: decodeRows(reply.result), truncated: false };
    },
    async nodesByElementId(elementIds, options) {
      const ids = elementIds.map((e) => Number(e.replace(/^n:/, ''))).filter(Number.isInteger);
      if (!ids.length) return [];
      const result = await reader.read(NODES_BY_ELEMENT_ID.grafeo, { ids }, options);
      return result.rows.map(nodeOfRow);
    },
    async version() {
      await refresh();
      return current;
    },
    close: () => pool.close(),
    processIds: () => pool.pids(),
  };
  return reader;
}
