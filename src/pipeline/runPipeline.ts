// The whole job: a folder of documents -> per-document extraction (cached, in workers) -> one knowledge graph.
import { isInputProblem, listDocuments } from '../documents/index.ts';
import { EMPTY_CURATION, type Curation } from '../model/curation.ts';
import type { InputProblem } from '../model/errors.ts';
import type { KnowledgeGraph } from '../model/graph.ts';
import { MENTIONED_WITH } from '../model/vocabulary.ts';
import { buildGraph, GraphInput } from '../graph/buildGraph.ts';
import { layoutGraph } from '../graph/layout.ts';
import { extractorVersion } from './extractionCache.ts';
import { workerBundle } from './workerBundle.ts';
import { ExtractionPool } from './workerPool.ts';

export interface PipelineOptions {
  input: string;
  /** Worker threads that read and extract the files (never more than there are files). */
  workers?: number;
  /** Longest a document may take to read, clean and extract before its worker is stopped and it is reported. */
  timeLimitMs?: number;
  /** Folder of cached extractions; null disables the cache. */
  cacheDir?: string | null;
  curation?: Curation;
  layout?: boolean;
  maxBytes?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface PipelineStats {
  documents: number;
  cached: number;
  words: number;
  entities: number;
  relations: number;
  /** Milliseconds per stage; `read` is summed over files (it overlaps `extract`, which covers reading and extracting). */
  timings: { read: number; extract: number; resolve: number; build: number; layout: number; total: number };
}

export interface PipelineResult {
  graph: KnowledgeGraph;
  problems: InputProblem[];
  stats: PipelineStats;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const started = performance.now();
  const { files, problems } = await listDocuments(options.input);
  const { graph, timings, ...counts } = buildFrom(await extractAll(files, options, problems), options.curation);
  // The extractions are gone by now: the layout and the caller's writing have their memory.
  const layoutStarted = performance.now();
  if (options.layout !== false) layoutGraph(graph);
  const layoutMs = performance.now() - layoutStarted;

  return {
    graph,
    problems: problems.sort((a, b) => (a.file < b.file ? -1 : 1)),
    stats: {
      ...counts,
      entities: graph.order,
      relations: graph.filterEdges((_e, a) => a.type !== MENTIONED_WITH).length,
      timings: { ...timings, layout: layoutMs, total: performance.now() - started },
    },
  };
}

/** The extractions of the files, gathered for the graph as they arrive, and what it took. */
async function extractAll(files: string[], options: PipelineOptions, problems: InputProblem[]) {
  // Even one document goes to a worker: only there can a document that runs too long be stopped.
  const workers = Math.max(1, Math.min(options.workers ?? 1, files.length));
  const pool = new ExtractionPool(await workerBundle(), workers, options.timeLimitMs);
  const cache = options.cacheDir ? { dir: options.cacheDir, version: extractorVersion() } : null;
  // Each extraction is prepared for the graph as it arrives, while the workers go on with the next documents.
  const input = new GraphInput();
  let readMs = 0;
  let cached = 0;
  let done = 0;
  const processOne = async (file: string) => {
    const task = { dir: options.input, file, cache, maxBytes: options.maxBytes };
    const outcome = await pool.process(task);
    readMs += outcome.readMs;
    if (outcome.cached) cached++;
    if (isInputProblem(outcome.result)) problems.push(outcome.result);
    else input.add(outcome.result);
    options.onProgress?.(++done, files.length, file);
  };
  const extractStarted = performance.now();
  try {
    // Each worker has a file in hand and one waiting; the main thread hands out names and prepares the results.
    const inFlight = new Set<Promise<void>>();
    for (const file of files) {
      const task = processOne(file).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= workers * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  return { input, cached, readMs, extractMs: performance.now() - extractStarted };
}

/** The graph, and the counts and times of the extraction it was built from, which is not kept beyond this. */
function buildFrom(
  { input, cached, readMs, extractMs }: Awaited<ReturnType<typeof extractAll>>,
  curation: Curation = EMPTY_CURATION,
) {
  const { documents, words } = input;
  const { graph, timings } = buildGraph(input, curation);
  return {
    graph,
    documents,
    cached,
    words,
    timings: { read: readMs, extract: extractMs, ...timings },
  };
}
