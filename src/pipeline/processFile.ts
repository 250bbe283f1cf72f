// Everything done for one input file, the same in the main thread and in a worker: read it, use the cached
// extraction when its bytes are unchanged, otherwise clean and extract it (and cache the result).
import { cleanDocument, isInputProblem, readRawDocument } from '../documents/index.ts';
import type { InputProblem } from '../model/errors.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import type { CleanDocument } from '../model/graph.ts';
import { extractDocument } from '../extract/extractDocument.ts';
import { ExtractionCache } from './extractionCache.ts';

export interface FileJob {
  dir: string;
  file: string;
  cacheDir: string | null;
  maxBytes?: number;
}

export interface FileResult {
  result: DocumentExtraction | InputProblem;
  cached: boolean;
  /** Milliseconds spent reading and checking the file. */
  readMs: number;
}

export async function processFile({ dir, file, cacheDir, maxBytes }: FileJob): Promise<FileResult> {
  const started = performance.now();
  const raw = await readRawDocument(dir, file, maxBytes);
  const readMs = performance.now() - started;
  if (isInputProblem(raw)) return { result: raw, cached: false, readMs };
  const cache = cacheDir ? new ExtractionCache(cacheDir) : null;
  const hit = await cache?.get(raw.sha256, raw.id);
  if (hit) return { result: hit, cached: true, readMs };
  const document = cleanDocument(raw);
  const result = isInputProblem(document) ? document : extractSafely(document, raw.path);
  if (cache && !isInputProblem(result)) await cache.set(result);
  return { result, cached: false, readMs };
}

/** A bug met on one document's text costs that document, not the run: it is reported like bad input. */
function extractSafely(document: CleanDocument, path: string): DocumentExtraction | InputProblem {
  try {
    return extractDocument(document);
  } catch (error) {
    const where = (error as Error).stack?.split('\n')[1]?.trim() ?? '';
    return {
      file: path,
      code: 'EXTRACTION_FAILED',
      message: `${path}: extraction failed (${(error as Error).message} ${where}); the other documents are unaffected — please report this with the file`,
    };
  }
}
