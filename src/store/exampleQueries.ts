// The example queries (graph-data/queries/*.cypher): a registry read from the folder, one descriptor per file.
// A file opens with `// Title`, then `//` lines of description and an optional `// params: {json}` line.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../model/errors.ts';

export interface ExampleQuery {
  /** The file name without .cypher, e.g. "who-leads-which-group". */
  id: string;
  title: string;
  description: string;
  query: string;
  params: Record<string, unknown>;
}

export function parseExampleQuery(id: string, text: string): ExampleQuery {
  const lines = text.split('\n');
  const header: string[] = [];
  while (lines.length && lines[0].startsWith('//')) header.push(lines.shift()!.replace(/^\/\/\s?/, ''));
  const paramsLine = header.findIndex((l) => l.startsWith('params:'));
  let params: Record<string, unknown> = {};
  if (paramsLine >= 0) {
    try {
      params = JSON.parse(header[paramsLine].slice('params:'.length));
    } catch (error) {
      throw new InputError('BAD_QUERY_FILE', `${id}.cypher: the params line is not JSON (${(error as Error).message})`);
    }
    header.splice(paramsLine, 1);
  }
  const [title = id, ...description] = header;
  return { id, title, description: description.join(' ').trim(), query: lines.join('\n').trim(), params };
}

/** Every example query in `dir`, in file-name order; none when the folder does not exist. */
export async function exampleQueries(dir: string): Promise<ExampleQuery[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const cypher = files.filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(
    cypher.map(async (f) => parseExampleQuery(basename(f, '.cypher'), await readFile(join(dir, f), 'utf8'))),
  );
}
