// Everything done for one input file, in a worker thread: read it, use the cached extraction when its bytes are
// unchanged, otherwise clean and extract it (and cache the result).
import { cleanDocument, documentPath, inputProblem, isInputProblem, readRawDocument } from '../documents/index.ts';
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

/** A file's outcome; the worker sends the extraction in its wire form (model/extractionWire.ts). */
export interface FileResult<Extraction = DocumentExtraction> {
  result: Extraction | InputProblem;
  cached: boolean;
  /** Milliseconds spent reading and checking the file. */
  readMs: number;
}

/**
 * Reads, cleans and extracts one file. A bug met at any stage costs that document, not the run: it is reported
 * like bad input, naming the stage.
 */
export async function processFile(job: FileJob): Promise<FileResult> {
  const progress = { stage: 'reading', readMs: 0 };
  try {
    return await processStages(job, progress);
  } catch (error) {
    const { path } = documentPath(job.dir, job.file);
    return { result: failure(path, progress.stage, error as Error), cached: false, readMs: progress.readMs };
  }
}

async function processStages(
  { dir, file, cache: location, maxBytes }: FileJob,
  progress: { stage: string; readMs: number },
): Promise<FileResult> {
  const started = performance.now();
  const raw = readRawDocument(dir, file, maxBytes);
  const readMs = (progress.readMs = performance.now() - started);
  if (isInputProblem(raw)) return { result: raw, cached: false, readMs };
  const cache = location ? new ExtractionCache(location) : null;
  const hit = await cache?.get(raw.sha256, raw.id);
  if (hit) return { result: hit, cached: true, readMs };
  progress.stage = 'cleaning';
  const document = cleanDocument(raw);
  if (isInputProblem(document)) return { result: document, cached: false, readMs };
  progress.stage = 'extraction';
  const result = extractDocument(document);
  progress.stage = 'caching';
  await cache?.set(result);
  return { result, cached: false, readMs };
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
