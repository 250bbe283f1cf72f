// Latency through the real HTTP API: sequential requests, as one analyst at the console makes them.
import type { CypherResponse } from '../../../src/model/api.ts';

export interface Latency {
  p50: number;
  p95: number;
  errors: number;
}

/** Cypher for POST /api/cypher, or the path and query of a GET. */
export type ApiRequest = { query: string; params: Record<string, unknown> } | { get: string };

export const send = (url: string, request: ApiRequest): Promise<Response> =>
  'get' in request
    ? fetch(`${url}${request.get}`)
    : fetch(`${url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });

export async function measure(url: string, count: number, request: (i: number) => ApiRequest): Promise<Latency> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await send(url, request(i));
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (!res.ok) errors++;
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
  const answer = async (request: ApiRequest) => key((await (await send(url, request)).json()) as CypherResponse);
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
