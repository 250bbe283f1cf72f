// The API's side of Neo4j: each query is first planned (EXPLAIN) and refused unless its type is read ("r"), then
// run in a read transaction with a server-side timeout, streaming only as many rows as the cap allows.
import neo4j, { type Driver } from 'neo4j-driver';
import { NODES_BY_ELEMENT_ID, shortestPathStatement } from '../cypher/read.ts';
import { cypherTokens } from '../cypherTokens.ts';
import { QueryError } from '../queryError.ts';
import { assertReadOnly } from '../readOnlyGuard.ts';
import type { ReadOptions, StoreReader } from '../store.ts';
import { GraphNode, type StoreResult, type StoreValue } from '../values.ts';
import { connectNeo4j } from './connect.ts';
import { neo4jQueryError } from './errors.ts';
import { planText } from './plan.ts';
import { PassedPlans } from '../passedPlans.ts';
import type { Neo4jSettings } from './settings.ts';
import { neo4jParams, neo4jValue } from './values.ts';

const QUERY_TYPES: Record<string, string> = { rw: 'reads and writes', w: 'writes', s: 'changes the schema' };

export async function openNeo4jReader(settings: Neo4jSettings): Promise<StoreReader> {
  const driver = await connectNeo4j(settings);
  const readOnlyPlans = new PassedPlans();
  const reader: StoreReader = {
    kind: 'neo4j',
    describe: () => `Neo4j at ${settings.uri}${settings.database ? ` (database ${settings.database})` : ''}`,
    read: (query, params, options) =>
      readPlanned(driver, settings, assertReadOnly(query), params, options, readOnlyPlans),
    shortestPath: (from, to, maxHops, options) => reader.read(shortestPathStatement(maxHops), { from, to }, options),
    async nodesByElementId(ids, options) {
      if (!ids.length) return [];
      const result = await reader.read(NODES_BY_ELEMENT_ID.neo4j, { ids }, options);
      return result.rows.map((row) => row[0]).filter((n): n is GraphNode => n instanceof GraphNode);
    },
    version: async () => null,
    close: () => driver.close(),
  };
  return reader;
}

/**
 * The defences after the lexical guard (the plan's query type, the READ transaction), on their own for the tests.
 * A statement in `readOnlyPlans` planned as a read before and is not planned again: one round trip less.
 */
export async function readPlanned(
  driver: Driver,
  settings: Neo4jSettings,
  statement: string,
  params: Record<string, unknown>,
  { timeoutMs, maxRows }: ReadOptions,
  readOnlyPlans = new PassedPlans(),
): Promise<StoreResult> {
  const first = cypherTokens(statement)[0]?.text.toUpperCase();
  const explainOnly = first === 'EXPLAIN';
  // The plan of the query itself: EXPLAIN as given, PROFILE (which runs the query) planned without running it.
  const planned = explainOnly
    ? statement
    : `EXPLAIN ${first === 'PROFILE' ? statement.replace(/^\s*PROFILE/i, '') : statement}`;
  const session = driver.session({
    database: settings.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(maxRows + 1, 10_000),
  });
  // The server stops the transaction at the timeout; the client deadline covers a server that stops answering.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryError('TIMEOUT', 'the query ran past its time limit')), timeoutMs + 2000);
  });
  // Errors while planning point into `planned`: the shift brings their offsets back into the query as sent.
  let shift = planned.length - statement.length;
  const work = (async () => {
    const tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'kg-explorer api' } });
    try {
      const p = neo4jParams(params) as Record<string, unknown>;
      if (explainOnly || !readOnlyPlans.has(statement)) {
        const plan = await tx.run(planned, p).summary();
        shift = 0;
        const type = plan.queryType;
        if (type !== 'r')
          throw new QueryError(
            'READ_ONLY',
            `this query ${QUERY_TYPES[type] ?? `has plan type "${type}"`}: the Cypher API is read-only`,
          );
        if (explainOnly)
          return { columns: ['plan'], rows: plan.plan ? [[planText(plan.plan as never)]] : [], truncated: false };
        readOnlyPlans.add(statement);
      }
      shift = 0;
      const result = tx.run(statement, p);
      const rows: StoreValue[][] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === maxRows) {
          truncated = true;
          break;
        }
        rows.push(record.keys.map((k) => neo4jValue(record.get(k))));
      }
      return { columns: (await result.keys()) as string[], rows, truncated };
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  })();
  // Past the deadline the work may still fail later: that failure has no one left to tell.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    throw neo4jQueryError(error, statement, shift);
  } finally {
    clearTimeout(timer);
    void session.close();
  }
}
