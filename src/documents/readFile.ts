// Reading one document file into bytes, refusing what is not a text document before anything is decoded.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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

/**
 * Reads `file` (found under `dir`) when it is a UTF-8 text file no larger than `maxBytes`. Synchronously: it runs
 * in an extraction worker, which has nothing else to do meanwhile, and awaiting the file system left the worker
 * waiting 2 ms a file on a quiet machine and 11 ms on a loaded one (for a read of 0.2 ms).
 */
export function readRawDocument(dir: string, file: string, maxBytes = DEFAULT_MAX_BYTES): RawDocument | InputProblem {
  const { id, path } = documentPath(dir, file);
  // The size is checked on the file's metadata so that a huge file is refused without being loaded.
  const info = attempt(() => statSync(file));
  if (info instanceof Error) return unreadable(path, info);
  if (!info.isFile()) {
    return inputProblem(path, 'UNREADABLE', 'is not a regular file', 'replace it with the document file itself');
  }
  if (info.size > maxBytes) {
    const what = `too large (${megabytes(info.size)}, the limit is ${megabytes(maxBytes)})`;
    return inputProblem(path, 'TOO_LARGE', what, 'split it into smaller documents or raise the size limit');
  }
  const bytes = attempt(() => readFileSync(file));
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

/** What `read` returns, or the error it threw. */
function attempt<T>(read: () => T): T | NodeJS.ErrnoException {
  try {
    return read();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
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
