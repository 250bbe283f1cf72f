// A query process: opens the served generation read-only and runs one query at a time for the server.
// Grafeo cannot cancel a running query, so a query that overstays its timeout is ended by killing this process.
import { GrafeoDB, type GrafeoDatabase } from './grafeo.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

let db: GrafeoDatabase | null = null;
let queue = Promise.resolve();

const reply = (message: WorkerReply) => process.send?.(message);

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.op === 'open') {
    db?.close();
    db = null;
    // Read-only: a write fails in the engine itself, whatever got past the server's checks.
    db = GrafeoDB.openReadOnly(request.file);
    return { id: request.id, ok: true, columns: [], rows: [], truncated: false };
  }
  if (!db) throw new Error('no database is open');
  const result = await db.executeCypher(request.query, request.params);
  const columns = result.columns;
  const count = Math.min(result.length, request.maxRows);
  // Row by row, so a huge result is not converted to JavaScript beyond the cap.
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const record = result.get(i);
    rows.push(columns.map((c) => record[c]));
  }
  return { id: request.id, ok: true, columns, rows, truncated: result.length > request.maxRows };
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
