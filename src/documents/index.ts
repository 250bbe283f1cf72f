// The documents stage: files in the input folder -> clean documents (text, title, outlet, date) and input problems.
export { cleanDocument } from './clean.ts';
export { listDocuments } from './list.ts';
export { inputProblem, isInputProblem } from './problems.ts';
export { DEFAULT_MAX_BYTES, documentPath, type RawDocument, readRawDocument } from './readFile.ts';
export { type ReadOptions, readDocuments } from './readFolder.ts';
