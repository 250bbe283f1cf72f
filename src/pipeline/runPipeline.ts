// The whole job: a folder of documents -> per-document extraction (cached, in workers) -> one knowledge graph.
import { isInputProblem, listDocuments, readRawDocument, type RawDocument } from '../documents/index.ts';
import { EMPTY_CURATION, type Curation } from '../model/curation.ts';
import type { InputProblem } from '../model/errors.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import type { KnowledgeGraph } from '../model/graph.ts';
import { MENTIONED_WITH } from '../model/vocabulary.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import { layoutGraph } from '../graph/layout.ts';
import { ExtractionCache } from './extractionCache.ts';
import { extractRaw } from './extractRaw.ts';
import { ExtractionPool } from './workerPool.ts';

export const MIN_FILES_FOR_WORKERS = 20;

export interface PipelineOptions {
  input: string;
  /** 1 extracts in this thread; more starts that many worker threads (for 20 documents or more). */
  workers?: number;
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
  /** Milliseconds per stage. */
  timings: { read: number; extract: number; resolve: number; build: number; layout: number; total: number };
}

export interface PipelineResult {
  graph: KnowledgeGraph;
  problems: InputProblem[];
  stats: PipelineStats;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const started = performance.now();
  const cache = options.cacheDir ? new ExtractionCache(options.cacheDir) : null;
  const { files, problems } = await listDocuments(options.input);
  // Starting a worker (TypeScript loader, language model) takes about a second: not worth it for a few documents.
  const workers = files.length < MIN_FILES_FOR_WORKERS ? 1 : Math.max(1, options.workers ?? 1);
  const extractions: DocumentExtraction[] = [];
  const pool = workers > 1 ? new ExtractionPool(workers) : null;
  let readMs = 0;
  let cached = 0;
  let done = 0;
  const extractStarted = performance.now();

  const collect = (result: DocumentExtraction | InputProblem, file: string) => {
    if (isInputProblem(result)) problems.push(result);
    else extractions.push(result);
    options.onProgress?.(++done, files.length, file);
  };
  const extractOne = async (raw: RawDocument) => {
    const result = pool ? await pool.extract(raw) : extractRaw(raw);
    if (cache && !isInputProblem(result)) await cache.set(result);
    collect(result, raw.path);
  };
  try {
    const inFlight = new Set<Promise<void>>();
    for (const file of files) {
      const readStarted = performance.now();
      const raw = await readRawDocument(options.input, file, options.maxBytes);
      readMs += performance.now() - readStarted;
      if (isInputProblem(raw)) {
        collect(raw, file);
        continue;
      }
      const hit = cache ? await cache.get(raw.sha256, raw.id) : null;
      if (hit) {
        cached++;
        collect(hit, raw.path);
        continue;
      }
      const task = extractOne(raw).finally(() => inFlight.delete(task));
      inFlight.add(task);
      // Keep every worker busy while reading ahead a little, without holding the whole corpus in flight.
      if (inFlight.size >= workers * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  const extractMs = performance.now() - extractStarted - readMs;

  const { graph, timings } = buildGraph(extractions, options.curation ?? EMPTY_CURATION);
  const layoutStarted = performance.now();
  if (options.layout !== false) layoutGraph(graph);
  const layoutMs = performance.now() - layoutStarted;

  return {
    graph,
    problems: problems.sort((a, b) => (a.file < b.file ? -1 : 1)),
    stats: {
      documents: extractions.length,
      cached,
      words: extractions.reduce((n, x) => n + x.document.words, 0),
      entities: graph.order,
      relations: graph.filterEdges((_e, a) => a.type !== MENTIONED_WITH).length,
      timings: { read: readMs, extract: extractMs, ...timings, layout: layoutMs, total: performance.now() - started },
    },
  };
}
