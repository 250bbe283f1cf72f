// Reading a whole input folder: every document cleaned, every bad file reported, none stopping the others.
import type { InputProblem } from '../model/errors.ts';
import type { CleanDocument } from '../model/graph.ts';
import { cleanDocument } from './clean.ts';
import { listDocuments } from './list.ts';
import { isInputProblem } from './problems.ts';
import { readRawDocument } from './readFile.ts';

export interface ReadOptions {
  /** Larger files are reported as TOO_LARGE without being read; 50 MiB when not given. */
  maxBytes?: number;
  /** Called after each file, with the file named as in problem messages. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** The clean documents under `dir`, and the problems with the folder and with the files that could not be used. */
export async function readDocuments(
  dir: string,
  options: ReadOptions = {},
): Promise<{ documents: CleanDocument[]; problems: InputProblem[] }> {
  const { files, problems } = await listDocuments(dir);
  const documents: CleanDocument[] = [];
  for (const [index, file] of files.entries()) {
    const raw = readRawDocument(dir, file, options.maxBytes);
    const result = isInputProblem(raw) ? raw : cleanDocument(raw);
    if (isInputProblem(result)) problems.push(result);
    else documents.push(result);
    options.onProgress?.(index + 1, files.length, isInputProblem(raw) ? raw.file : raw.path);
  }
  return { documents, problems };
}
