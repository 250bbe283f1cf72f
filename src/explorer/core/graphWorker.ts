// The worker behind loadGraph(): fetches graph.json, parses and checks it off the page's thread, and posts the
// nodes, then the edges (the bulk of a large file) as columns, so the page can draw the nodes while the edges come.
import { checkGraph, GraphLoadError, type GraphWorkerMessage } from './checkGraph.ts';
import { columnBuffers, packEdges } from './edgeColumns.ts';

const EDGES_PER_MESSAGE = 25_000;

async function load(url: string): Promise<void> {
  const post = (message: GraphWorkerMessage, transfer: ArrayBuffer[] = []) => postMessage(message, { transfer });
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new GraphLoadError('NETWORK', `Could not reach ${url}: ${(error as Error).message}.`);
  }
  if (!response.ok)
    throw new GraphLoadError(
      'NOT_FOUND',
      `${url} answered ${response.status}. Run npm run extract, then serve the page with npm start (or put graph.json beside index.html).`,
    );
  // Wall-clock times of the worker's steps, for the page's performance marks (the two have different time origins).
  const marks: Record<string, number> = {};
  const mark = (step: string) => (marks[step] = performance.timeOrigin + performance.now());
  const text = await response.text();
  mark('fetched');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GraphLoadError('NOT_JSON', `${url} is not valid JSON. Regenerate it with npm run extract.`);
  }
  mark('parsed');
  const { nodes, edges } = checkGraph(json, url);
  mark('checked');
  post({ kind: 'nodes', nodes, marks });
  const nodeIndex = new Map(nodes.nodes.map((node, i) => [node.key, i]));
  const keys = { seen: new Set<string>(), source: url };
  // In slices, so the page adds one while the next is packed here, and draws between them (the status line, a
  // camera move) instead of pausing once for all. A key found twice in a later slice still fails the whole load.
  for (let start = 0; start === 0 || start < edges.length; start += EDGES_PER_MESSAGE) {
    const columns = packEdges(edges.slice(start, start + EDGES_PER_MESSAGE), nodeIndex, keys);
    post({ kind: 'edges', columns, last: start + EDGES_PER_MESSAGE >= edges.length }, columnBuffers(columns));
  }
}

onmessage = ({ data: url }: MessageEvent<string>) => {
  load(url).catch((error: Error) => {
    const code = error instanceof GraphLoadError ? error.code : 'NETWORK';
    postMessage({ kind: 'error', code, message: error.message } satisfies GraphWorkerMessage);
  });
};
