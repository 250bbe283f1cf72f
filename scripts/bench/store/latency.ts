// Latency through the real HTTP API: sequential requests, as one analyst at the console makes them.
import type { CypherResponse } from '../../../src/model/api.ts';

export interface Latency {
  p50: number;
  p95: number;
  errors: number;
}

export async function measure(
  url: string,
  count: number,
  body: (i: number) => { query: string; params: Record<string, unknown> },
): Promise<Latency> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body(i)),
    });
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (!res.ok) errors++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95), errors };
}

/** How many of `count` requests get a different graph (node and edge ids) from the first query than the second. */
export async function sameGraphs(
  url: string,
  [a, b]: [string, string],
  count: number,
  params: () => Record<string, unknown>,
): Promise<number> {
  const graphOf = async (query: string, p: Record<string, unknown>) => {
    const res = await fetch(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params: p }),
    });
    const { graph } = (await res.json()) as CypherResponse;
    const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
    return JSON.stringify([ids(graph.nodes), ids(graph.edges)]);
  };
  let differ = 0;
  for (let i = 0; i < count; i++) {
    const p = params();
    if ((await graphOf(a, p)) !== (await graphOf(b, p))) differ++;
  }
  return differ;
}
