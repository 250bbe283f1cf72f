// A query process: opens the served generation read-only and runs one query at a time for the server.
// Grafeo cannot cancel a running query, so a query that overstays its timeout is ended by killing this process;
// the server starts it with a hard memory limit, so a query that needs too much memory ends only this process.
import { EXPLAIN_PREFIX, refusedOperator } from './planCheck.ts';
import { GrafeoDB, type GrafeoDatabase } from './grafeo.ts';
import type { PathRequest, WorkerReply, WorkerRequest } from './protocol.ts';
import { ENTITY_NODE_ID } from '../cypher/read.ts';
import { prefetchEndpoints, readEndpoints } from './endpoints.ts';
import { shortestPath } from './shortestPath.ts';
import { WireEncoder } from './values.ts';
import { PassedPlans } from '../passedPlans.ts';

let db: GrafeoDatabase | null = null;
let queue = Promise.resolve();
/** Statements whose plan passed the check on the open generation: one engine call a query instead of two. */
const readOnlyPlans = new PassedPlans();
/**
 * Run once on opening: Grafeo 0.6.0 builds what reading relationships from a node needs on the first such query (at
 * 100,000 entities 1.8 s and 600 MB, half the process's memory). Done here, it delays no user's query, and the
 * server can check that the process has room left under its memory limit (memoryLimit.ts).
 */
const WARM_UP = 'MATCH (e:Entity) WITH e LIMIT 1 MATCH (e)-[r]-(n) RETURN r, n LIMIT 1';

const reply = (message: WorkerReply) => process.send?.(message);

/** Grafeo's plan of the query, with error positions moved back past the EXPLAIN it was sent with. */
async function planOf(database: GrafeoDatabase, query: string, params: Record<string, unknown>): Promise<string> {
  try {
    const result = await database.executeCypher(EXPLAIN_PREFIX + query, params);
    return String(result.get(0)?.plan ?? '');
  } catch (error) {
    const e = error as Error;
    e.message = e.message.replace(
      /--> query:1:(\d+)/,
      (_, c) => `--> query:1:${Math.max(1, c - EXPLAIN_PREFIX.length)}`,
    );
    // Schema commands (SHOW INDEXES…) cannot be planned; unplanned, they are not run.
    if (/Schema commands should be routed/.test(e.message))
      e.message = 'Query error: GRAFEO-Q000: schema commands are not run by the read-only API';
    throw e;
  }
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.op === 'open') {
    db?.close();
    db = null;
    readOnlyPlans.clear();
    // Read-only: a write fails in the engine itself, whatever got past the server's checks.
    db = GrafeoDB.openReadOnly(request.file);
    await db.executeCypher(WARM_UP);
    return { id: request.id, ok: true, columns: [], result: new WireEncoder().wire, truncated: false };
  }
  if (!db) throw new Error('no database is open');
  if (request.op === 'shortestPath') return { id: request.id, ok: true, ...(await pathBetween(db, request)) };
  if (!readOnlyPlans.has(request.query)) {
    const operator = refusedOperator(await planOf(db, request.query, request.params));
    if (operator) {
      const message = `the query's plan has ${operator}, which writes or reads outside the graph: the Cypher API is read-only`;
      return { id: request.id, ok: false, error: { message, refused: 'READ_ONLY' } };
    }
    readOnlyPlans.add(request.query);
  }
  const result = await db.executeCypher(request.query, request.params);
  // The server's own statement (not planned again), run while the rows are converted below.
  const endpoints = prefetchEndpoints(db, result, request.maxRows);
  try {
    return await encodeReply(db, request, result, endpoints);
  } finally {
    // Whatever the reply, the engine's read ends before the next query starts.
    await endpoints?.catch(() => undefined);
  }
}

/** The rows (up to the caps) with their relationships' endpoints, or a refusal when they are too large. */
async function encodeReply(
  database: GrafeoDatabase,
  request: Extract<WorkerRequest, { op: 'query' }>,
  result: Awaited<ReturnType<GrafeoDatabase['executeCypher']>>,
  endpoints: ReturnType<typeof prefetchEndpoints>,
): Promise<WorkerReply> {
  const columns = result.columns;
  const count = Math.min(result.length, request.maxRows);
  // Row by row, so a huge result is not converted to JavaScript beyond the caps.
  const encoder = new WireEncoder();
  for (let i = 0; i < count; i++) {
    const record = result.get(i);
    encoder.add(columns.map((c) => record[c]));
    if (encoder.bytes > request.maxResultBytes) {
      const mb = Math.round(request.maxResultBytes / 2 ** 20);
      const message = `the result is larger than ${mb} MB after ${i} rows: return fewer or smaller values, or add a LIMIT`;
      return { id: request.id, ok: false, error: { message, refused: 'TOO_LARGE' } };
    }
  }
  // The engine reads many nodes by id faster than getNode.
  await readEndpoints(database, encoder, endpoints);
  if (encoder.bytes > request.maxResultBytes) {
    const mb = Math.round(request.maxResultBytes / 2 ** 20);
    const message = `the result with its relationships' endpoints is larger than ${mb} MB: return fewer or smaller values, or add a LIMIT`;
    return { id: request.id, ok: false, error: { message, refused: 'TOO_LARGE' } };
  }
  return { id: request.id, ok: true, columns, result: encoder.wire, truncated: result.length > request.maxRows };
}

/** A node by id as Cypher gives it in a row: its properties with `_id` and `_labels` (a lookup, no query). */
function nodeById(database: GrafeoDatabase, id: number): Record<string, unknown> | undefined {
  const node = database.getNode(id);
  return node ? { ...node.properties(), _id: id, _labels: node.labels } : undefined;
}

/**
 * The rows `RETURN p, length(p) AS hops` gives for Cypher's shortestPath between the two entities: one row with a
 * shortest path, none when there is none within `maxHops` or an id is unknown. The path's elements are read by id.
 */
async function pathBetween(database: GrafeoDatabase, { from, to, maxHops }: PathRequest) {
  const columns = ['p', 'hops'];
  const encoder = new WireEncoder();
  const nodeOf = async (id: string) => {
    const result = await database.executeCypher(ENTITY_NODE_ID, { id });
    return result.length ? (result.get(0).node as number) : undefined;
  };
  const [start, end] = [await nodeOf(from), await nodeOf(to)];
  const found =
    start === undefined || end === undefined
      ? null
      : shortestPath((node) => database.getNodeEdges(node, { direction: 'both' }), start, end, maxHops);
  if (found) {
    // As Cypher gives elements: a node's properties with `_id` and `_labels`, a relationship's with `_id`, `_type`,
    // `_source` and `_target`.
    const nodes = found.nodes.map((id) => nodeById(database, id)!);
    const edges = found.relationships.map((id) => {
      const edge = database.getEdge(id)!;
      return { ...edge.properties(), _id: id, _type: edge.edgeType, _source: edge.sourceId, _target: edge.targetId };
    });
    encoder.add([{ nodes, edges }, edges.length]);
  }
  return { columns, result: encoder.wire, truncated: false };
}

process.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    try {
      reply(await handle(request));
    } catch (error) {
      const { message, gqlStatus } = error as Error & { gqlStatus?: string };
      reply({ id: request.id, ok: false, error: { message: message ?? String(error), gqlStatus } });
    }
  });
});
// The server went away: nothing left to answer.
process.on('disconnect', () => {
  db?.close();
  process.exit(0);
});
