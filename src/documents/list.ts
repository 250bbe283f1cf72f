// Finding the documents in the input folder: recursive, hidden entries ignored, other file types skipped.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { InputProblem } from '../model/errors.ts';
import { documentFormat, SUPPORTED_EXTENSIONS } from './formats.ts';
import { inputProblem } from './problems.ts';

/** The document files under `dir` (absolute, sorted) and the problems that stop a folder from being read. */
export async function listDocuments(dir: string): Promise<{ files: string[]; problems: InputProblem[] }> {
  const folder = await stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (folder instanceof Error) {
    const problem =
      folder.code === 'ENOENT'
        ? inputProblem(
            dir,
            'MISSING_FOLDER',
            'no such folder',
            'create it and put the documents there, or pass the folder that holds them',
          )
        : unreadableFolder(dir, folder);
    return { files: [], problems: [problem] };
  }
  if (!folder.isDirectory()) {
    const fix = 'pass the folder that contains the documents, not a single file';
    return { files: [], problems: [inputProblem(dir, 'NOT_A_FOLDER', 'is a file, not a folder', fix)] };
  }
  const files: string[] = [];
  const problems: InputProblem[] = [];
  await collect(resolve(dir), dir, files, problems, new Set());
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0 && problems.length === 0) {
    const kinds = SUPPORTED_EXTENSIONS.join(', ');
    problems.push(
      inputProblem(
        dir,
        'EMPTY_FOLDER',
        `no documents found (looked for ${kinds})`,
        'put the documents there or pass another folder',
      ),
    );
  }
  return { files, problems };
}

/** Walks one folder; `shown` is the same folder as the user would write it, for messages. */
async function collect(
  folder: string,
  shown: string,
  files: string[],
  problems: InputProblem[],
  seen: Set<string>,
): Promise<void> {
  // Symbolic links may lead back up the tree; each real folder is walked once.
  const real = await realpath(folder);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => error);
  if (entries instanceof Error) {
    problems.push(unreadableFolder(shown, entries));
    return;
  }
  // In name order, so that a folder reachable through a link is always listed under the same path.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    const isFolder =
      entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
    if (isFolder) await collect(path, join(shown, entry.name), files, problems, seen);
    // Anything else with a document's name is listed, even when it is not a readable file: reading reports why.
    else if (documentFormat(entry.name)) files.push(path);
  }
}

function unreadableFolder(dir: string, error: NodeJS.ErrnoException): InputProblem {
  const what =
    error.code === 'EACCES' || error.code === 'EPERM'
      ? 'permission denied'
      : `cannot be read (${error.code ?? error.message})`;
  return inputProblem(dir, 'UNREADABLE', what, 'check the folder exists and that you may read it, then run again');
}
