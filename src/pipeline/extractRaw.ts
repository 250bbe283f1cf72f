// The per-document work, the same in the main thread and in workers: clean the bytes, then extract.
import { cleanDocument, isInputProblem, type RawDocument } from '../documents/index.ts';
import type { InputProblem } from '../model/errors.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import { extractDocument } from '../extract/extractDocument.ts';

export function extractRaw(raw: RawDocument): DocumentExtraction | InputProblem {
  const document = cleanDocument(raw);
  return isInputProblem(document) ? document : extractDocument(document);
}
