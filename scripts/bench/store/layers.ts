// Where a query's time goes, layer by layer, measured in this process with the code the server runs: on the
// embedded store the plan check, the engine, the rows read out of the binding and encoded, the relationships'
// endpoints read by id, the hop to the query process (serialising and parsing the reply), decoding, the response
// and its JSON; on Neo4j the server's own time.
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { collectElements, cypherResponseJson, missingEndpoints } from '../../../src/server/resultGraph.ts';
import { NODES_BY_ELEMENT_ID } from '../../../src/store/cypher/read.ts';
import { prefetchEndpoints, readEndpoints } from '../../../src/store/grafeo/endpoints.ts';
import { currentGeneration } from '../../../src/store/grafeo/generations.ts';
import { GrafeoDB } from '../../../src/store/grafeo/grafeo.ts';
import { EXPLAIN_PREFIX } from '../../../src/store/grafeo/planCheck.ts';
import {
  decodeEndpoints,
  decodeRows,
  nodeOfRow,
  WireEncoder,
  type WireRows,
} from '../../../src/store/grafeo/values.ts';
import { connectNeo4j } from '../../../src/store/neo4j/connect.ts';
import type { Neo4jSettings } from '../../../src/store/neo4j/settings.ts';
import { neo4jParams } from '../../../src/store/neo4j/values.ts';

/** Median milliseconds per layer, in the order a query passes them. */
export type Layers = [layer: string, ms: number][];

type Request = () => { query: string; params: Record<string, unknown> };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function medians(times: Map<string, number[]>): Layers {
  return [...times].map(([layer, values]) => [layer, median(values)]);
}

/** The layers of `count` requests on the embedded store in `dir` (its served generation, opened read-only). */
export async function grafeoLayers(dir: string, count: number, request: Request, maxRows = 1000): Promise<Layers> {
  const db = GrafeoDB.openReadOnly(join(dir, (await currentGeneration(dir))!.file));
  const times = new Map<string, number[]>();
  try {
    for (let i = 0; i < count; i++) {
      const { query, params } = request();
      let t = performance.now();
      const lap = (layer: string) => {
        const now = performance.now();
        if (!times.has(layer)) times.set(layer, []);
        times.get(layer)!.push(now - t);
        t = now;
      };
      await db.executeCypher(EXPLAIN_PREFIX + query, params);
      lap('plan check (EXPLAIN; once per statement since the query processes remember passed plans)');
      // As a query process runs a statement and the server reads its reply.
      const run = async (statement: string, values: Record<string, unknown>, what: string) => {
        const result = await db.executeCypher(statement, values);
        lap(`${what}: engine (executeCypher)`);
        // As the query process does: the endpoints are read by the engine while the rows are converted.
        const endpoints = prefetchEndpoints(db, result, maxRows);
        const encoder = new WireEncoder();
        const columns = result.columns;
        for (let r = 0; r < Math.min(result.length, maxRows); r++) {
          const record = result.get(r);
          encoder.add(columns.map((c) => record[c]));
        }
        lap(`${what}: rows out of the binding, encoded (each element once)`);
        await readEndpoints(db, encoder, endpoints);
        lap(`${what}: the relationships' endpoints, read by id in the query process (what is left after the rows)`);
        const reply = deserialize(serialize({ id: 1, ok: true, columns, result: encoder.wire, truncated: false }));
        lap(`${what}: hop to the query process (serialise + parse the reply)`);
        const wire = (reply as { result: WireRows }).result;
        const rows = decodeRows(wire);
        lap(`${what}: decode into graph elements`);
        return { columns, rows, truncated: false, endpoints: decodeEndpoints(wire) };
      };
      const result = await run(query, params, 'query');
      // As the route: endpoints the query process did not read are fetched by a second statement (none here).
      const elements = collectElements(result.rows);
      for (const node of result.endpoints) elements.nodes.set(node.elementId, node);
      const ids = missingEndpoints(elements).map((e) => Number(e.replace(/^n:/, '')));
      const fetched = ids.length ? (await run(NODES_BY_ELEMENT_ID.grafeo, { ids }, 'endpoints')).rows : [];
      cypherResponseJson(result, [...result.endpoints, ...fetched.map(nodeOfRow)], 0);
      lap('response as JSON (rows and graph)');
    }
  } finally {
    db.close();
  }
  return medians(times);
}

/** Neo4j's own account of `count` requests: planning and running until the first row, then streaming the rest. */
export async function neo4jLayers(settings: Neo4jSettings, count: number, request: Request): Promise<Layers> {
  const driver = await connectNeo4j(settings);
  const times = new Map<string, number[]>([
    ['server: until the first row', []],
    ['server: the remaining rows', []],
    ['driver: rows to JavaScript, and the network', []],
  ]);
  try {
    for (let i = 0; i < count; i++) {
      const { query, params } = request();
      const started = performance.now();
      const { summary } = await driver.executeQuery(query, neo4jParams(params) as Record<string, unknown>, {
        database: settings.database,
        routing: neo4j.routing.READ,
      });
      const total = performance.now() - started;
      const first = summary.resultAvailableAfter.toNumber();
      const rest = summary.resultConsumedAfter.toNumber();
      times.get('server: until the first row')!.push(first);
      times.get('server: the remaining rows')!.push(rest);
      times.get('driver: rows to JavaScript, and the network')!.push(total - first - rest);
    }
  } finally {
    await driver.close();
  }
  return medians(times);
}
