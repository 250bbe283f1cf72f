// Latency through the real HTTP API: sequential requests, as one analyst at the console makes them. The client is
// node:http on a kept-alive connection, as a browser's is: undici's fetch, in the bench's process beside the server,
// cost 3.5 ms of CPU and 11-19 ms of wall time to read a 240 KB response from a static server, where node:http
// took 1.3-1.5 ms and under 1 ms (the 2-hop's response is that size at 10,000 entities).
import { Agent, request as httpRequest } from 'node:http';
import type { CypherResponse } from '../../../src/model/api.ts';

export interface Latency {
  p50: number;
  p95: number;
  errors: number;
}

/** Cypher for POST /api/cypher, or the path and query of a GET. */
export type ApiRequest = { query: string; params: Record<string, unknown> } | { get: string };

interface Answer {
  status: number;
  body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

export const send = (url: string, request: ApiRequest): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const body = 'get' in request ? undefined : JSON.stringify(request);
    const path = 'get' in request ? request.get : '/api/cypher';
    const headers: Record<string, string> = body ? { 'content-type': 'application/json' } : {};
    const req = httpRequest(`${url}${path}`, { method: body ? 'POST' : 'GET', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

export async function measure(url: string, count: number, request: (i: number) => ApiRequest): Promise<Latency> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const { status } = await send(url, request(i));
    times.push(performance.now() - started);
    if (status !== 200) errors++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95), errors };
}

/** How many of `count` pairs of requests get answers that `key` tells apart. */
export async function differences(
  url: string,
  count: number,
  pair: () => [ApiRequest, ApiRequest],
  key: (answer: CypherResponse) => string,
): Promise<number> {
  const answer = async (request: ApiRequest) =>
    key(JSON.parse((await send(url, request)).body.toString('utf8')) as CypherResponse);
  let differ = 0;
  for (let i = 0; i < count; i++) {
    const [a, b] = pair();
    if ((await answer(a)) !== (await answer(b))) differ++;
  }
  return differ;
}

/** The nodes and edges of an answer's graph, by id. */
export function graphKey({ graph }: CypherResponse): string {
  const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
  return JSON.stringify([ids(graph.nodes), ids(graph.edges)]);
}
