// The worker behind loadGraph(): fetches graph.json, parses and checks it off the page's thread, and posts the
// nodes, then the edges (the bulk of a large file), so the page can draw the nodes while the edges are copied over.
import { checkGraph, GraphLoadError, type GraphWorkerMessage } from './checkGraph.ts';

const EDGES_PER_MESSAGE = 25_000;

async function load(url: string): Promise<void> {
  const post = (message: GraphWorkerMessage) => postMessage(message);
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
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new GraphLoadError('NOT_JSON', `${url} is not valid JSON. Regenerate it with npm run extract.`);
  }
  const { nodes, edges } = checkGraph(json, url);
  post({ kind: 'nodes', nodes });
  // In slices, so the page adds one while the next is written here: two cores at work instead of one. As JSON
  // text: the page's JSON.parse rebuilds the objects several times faster than a structured clone of them.
  for (let start = 0; start === 0 || start < edges.length; start += EDGES_PER_MESSAGE) {
    const last = start + EDGES_PER_MESSAGE >= edges.length;
    post({ kind: 'edges', json: JSON.stringify(edges.slice(start, start + EDGES_PER_MESSAGE)), last });
  }
}

onmessage = ({ data: url }: MessageEvent<string>) => {
  load(url).catch((error: Error) => {
    const code = error instanceof GraphLoadError ? error.code : 'NETWORK';
    postMessage({ kind: 'error', code, message: error.message } satisfies GraphWorkerMessage);
  });
};
