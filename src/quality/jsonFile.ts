// Annotation files are JSON a person wrote: one that does not parse stops the run, naming the file.
import { readFile } from 'node:fs/promises';
import { InputError } from '../model/errors.ts';

/** The parsed content of an annotation file, unchecked: each format's parser checks it. */
export async function readAnnotationJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError('BAD_GOLD', `${file}: not readable JSON (${(error as Error).message})`);
  }
}
