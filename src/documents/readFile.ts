// Reading one document file into bytes, refusing what is not a text document before anything is decoded.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { InputProblem } from '../model/errors.ts';
import { decodeDocument } from './decode.ts';
import { inputProblem } from './problems.ts';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A document file's bytes, before any decoding. */
export interface RawDocument {
  /** Path relative to the input folder, with '/' separators on every platform. */
  id: string;
  /** The file as the user would name it: the input folder as given, joined with `id`. */
  path: string;
  bytes: Buffer;
  /** Hex digest of `bytes`: the extraction cache key. */
  sha256: string;
}

/** Reads `file` (found under `dir`) when it is a UTF-8 text file no larger than `maxBytes`. */
export async function readRawDocument(
  dir: string,
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<RawDocument | InputProblem> {
  const { id, path } = documentPath(dir, file);
  // The size is checked on the file's metadata so that a huge file is refused without being loaded.
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) return unreadable(path, info);
  if (!info.isFile()) {
    return inputProblem(path, 'UNREADABLE', 'is not a regular file', 'replace it with the document file itself');
  }
  if (info.size > maxBytes) {
    const what = `too large (${megabytes(info.size)}, the limit is ${megabytes(maxBytes)})`;
    return inputProblem(path, 'TOO_LARGE', what, 'split it into smaller documents or raise the size limit');
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) return unreadable(path, bytes);
  // Checked here as well as when cleaning, so that the problem is reported before any work is queued for the file.
  const text = decodeDocument(path, bytes);
  if (typeof text !== 'string') return text;
  return { id, path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A file's id in the input folder, and its path as the user would name it (the folder as given, joined with it). */
export function documentPath(dir: string, file: string): { id: string; path: string } {
  const id = relative(dir, file).split(sep).join('/');
  return { id, path: join(dir, id) };
}

function unreadable(path: string, error: NodeJS.ErrnoException): InputProblem {
  const fix = 'check that the file exists and that you may read it, then run again';
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return inputProblem(path, 'UNREADABLE', 'permission denied', fix);
  // A symbolic link whose target is gone is listed by the folder but fails here with ENOENT.
  if (error.code === 'ENOENT')
    return inputProblem(path, 'UNREADABLE', 'the file (or the file a link points to) is missing', fix);
  return inputProblem(path, 'UNREADABLE', `cannot be read (${error.code ?? error.message})`, fix);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
