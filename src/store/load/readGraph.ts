// Reads graph.json and checks it once, where it enters (model/checkGraphFile.ts): everything after trusts the types.
import { readFile } from 'node:fs/promises';
import { InputError } from '../../model/errors.ts';
import { checkGraphFile } from '../../model/checkGraphFile.ts';
import type { SerializedKnowledgeGraph } from '../../model/graph.ts';

/** The graph at `file`, checked; errors name the file, the element and the field. */
export async function readGraphFile(file: string): Promise<SerializedKnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('NO_GRAPH', `${file} does not exist: run npm run extract first`);
    throw new InputError('NO_GRAPH', `${file} cannot be read (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError('BAD_GRAPH', `${file} is not valid JSON (${(error as Error).message})`);
  }
  return checkGraphFile(json, file);
}
