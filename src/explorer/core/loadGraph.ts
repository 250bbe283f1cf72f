// Loading graph.json: the one place where the explorer's input enters, checked once and then trusted. Fetching,
// parsing and checking run in a worker (graphWorker.ts), so the page stays responsive while a large file parses;
// the nodes arrive before the edges, so a large graph can be drawn before its relations are in.
import type { KnowledgeGraph } from '../../model/graph.ts';
import { checkGraph, GraphLoadError, type GraphNodes, type GraphWorkerMessage } from './checkGraph.ts';
import { addEdgeColumns, packEdges } from './edgeColumns.ts';
import { knowledgeGraph } from './knowledgeGraph.ts';

export { GraphLoadError } from './checkGraph.ts';

/**
 * Where to load the graph from: `?graph=` (same origin only, so a shared link cannot make the page fetch from
 * elsewhere) or graph.json beside the page, which works under any path on a static host.
 */
export function graphUrl(location: Pick<Location, 'search' | 'href' | 'origin'>): string {
  const requested = new URLSearchParams(location.search).get('graph');
  if (!requested) return new URL('graph.json', location.href).toString();
  const url = new URL(requested, location.href);
  if (url.origin !== location.origin)
    throw new GraphLoadError('BAD_SOURCE', `?graph= must name a file on this site, not ${url.origin}.`);
  return url.toString();
}

/** A graph with the nodes and attributes only; addEdges() completes it. */
export function graphOfNodes({ attributes, nodes }: GraphNodes): KnowledgeGraph {
  const graph = knowledgeGraph();
  graph.import({ attributes, nodes, edges: [], options: { type: 'directed', multi: true, allowSelfLoops: true } });
  return graph;
}

/**
 * Checks the serialized graph's shape and builds the graphology graph the way the page does, its edges through the
 * columns the loading worker sends.
 */
export function parseGraph(json: unknown, source: string): KnowledgeGraph {
  const { nodes, edges } = checkGraph(json, source);
  const graph = graphOfNodes(nodes);
  const nodeKeys = nodes.nodes.map((node) => node.key);
  const nodeIndex = new Map(nodeKeys.map((key, i) => [key, i]));
  addEdgeColumns(graph, packEdges(edges, nodeIndex, { seen: new Set(), source }), nodeKeys);
  return graph;
}

export interface LoadingGraph {
  /** The graph with its nodes and attributes; its edges are added when `complete` resolves. */
  graph: KnowledgeGraph;
  complete: Promise<KnowledgeGraph>;
}

/** Fetches, parses and checks graph.json in a worker; resolves once the nodes are in the graph. */
export function loadGraph(url: string): Promise<LoadingGraph> {
  const worker = new Worker(new URL('./graphWorker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolveNodes, rejectNodes) => {
    let loading: {
      graph: KnowledgeGraph;
      nodeKeys: string[];
      done: (graph: KnowledgeGraph) => void;
      fail: (e: Error) => void;
    } | null = null;
    const fail = (error: Error) => {
      worker.terminate();
      if (loading) loading.fail(error);
      else rejectNodes(error);
    };
    worker.onerror = (event) => fail(new GraphLoadError('NETWORK', `Could not load ${url}: ${event.message}.`));
    const receive = (data: GraphWorkerMessage) => {
      if (data.kind === 'error') return fail(new GraphLoadError(data.code, data.message));
      if (data.kind === 'nodes') {
        for (const [step, at] of Object.entries(data.marks))
          performance.mark(`kg:worker-${step}`, { startTime: at - performance.timeOrigin });
        const graph = graphOfNodes(data.nodes);
        const nodeKeys = data.nodes.nodes.map((node) => node.key);
        const complete = new Promise<KnowledgeGraph>((done, failed) => {
          loading = { graph, nodeKeys, done, fail: failed };
        });
        resolveNodes({ graph, complete });
        return;
      }
      if (!loading) return;
      addEdgeColumns(loading.graph, data.columns, loading.nodeKeys);
      if (!data.last) return;
      performance.mark('kg:relations-added');
      worker.terminate();
      loading.done(loading.graph);
    };
    // A message the page cannot build from fails the load with its reason, instead of leaving it waiting.
    worker.onmessage = ({ data }: MessageEvent<GraphWorkerMessage>) => {
      try {
        receive(data);
      } catch (error) {
        fail(error as Error);
      }
    };
    worker.postMessage(url);
  });
}
