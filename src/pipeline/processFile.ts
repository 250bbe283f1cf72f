// Everything done for one input file, in two halves: the main thread reads it and uses the cached extraction when its
// bytes are unchanged; otherwise a worker thread cleans and extracts it (and caches the result).
import { cleanDocument, documentPath, inputProblem, isInputProblem, readRawDocument } from '../documents/index.ts';
import type { RawDocument } from '../documents/index.ts';
import type { InputProblem } from '../model/errors.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import { extractDocument } from '../extract/extractDocument.ts';
import { ExtractionCache, type CacheLocation } from './extractionCache.ts';

export interface FileJob {
  dir: string;
  file: string;
  cache: CacheLocation | null;
  maxBytes?: number;
}

/** What a worker is sent: a file's bytes, already read and checked, that the cache did not have. */
export interface ExtractionJob {
  raw: RawDocument;
  cache: CacheLocation | null;
}

export type ExtractionOutcome = DocumentExtraction | InputProblem;

export interface FileResult {
  result: ExtractionOutcome;
  cached: boolean;
  /** Milliseconds spent reading and checking the file. */
  readMs: number;
}

/**
 * Main thread: reads the file and looks it up in the cache. Reading and hashing take time in proportion to the
 * file's size, whatever it holds, so they need no time limit and leave the workers to extraction alone.
 */
export async function readFileJob({
  dir,
  file,
  cache,
  maxBytes,
}: FileJob): Promise<FileResult | (ExtractionJob & { readMs: number })> {
  const started = performance.now();
  const { path } = documentPath(dir, file);
  try {
    const raw = await readRawDocument(dir, file, maxBytes);
    const readMs = performance.now() - started;
    if (isInputProblem(raw)) return { result: raw, cached: false, readMs };
    const hit = cache && (await new ExtractionCache(cache).get(raw.sha256, raw.id));
    if (hit) return { result: hit, cached: true, readMs };
    return { raw, cache, readMs };
  } catch (error) {
    return { result: failure(path, 'reading', error as Error), cached: false, readMs: performance.now() - started };
  }
}

/**
 * Worker: cleans and extracts one document and caches the result. A bug met at any stage costs that document, not
 * the run: it is reported like bad input, naming the stage.
 */
export async function extractFile({ raw, cache }: ExtractionJob): Promise<ExtractionOutcome> {
  let stage = 'cleaning';
  try {
    const document = cleanDocument(raw);
    if (isInputProblem(document)) return document;
    stage = 'extraction';
    const result = extractDocument(document);
    stage = 'caching';
    if (cache) await new ExtractionCache(cache).set(result);
    return result;
  } catch (error) {
    return failure(raw.path, stage, error as Error);
  }
}

function failure(path: string, stage: string, error: Error): InputProblem {
  const where = error.stack?.split('\n')[1]?.trim() ?? '';
  const what = `${stage} failed (${error.message} ${where})`;
  return inputProblem(
    path,
    'EXTRACTION_FAILED',
    what,
    'the other documents are unaffected — please report this with the file',
  );
}
