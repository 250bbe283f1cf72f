// The example queries (graph-data/queries/*.cypher) read from the folder, one descriptor per file (format and parser
// in src/model/exampleQuery.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseExampleQueries, type ExampleQuery } from '../model/exampleQuery.ts';

/** Every example query in `dir`, in file-name order; none when the folder does not exist. */
export async function exampleQueries(dir: string): Promise<ExampleQuery[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const cypher = files.filter((f) => f.endsWith('.cypher'));
  const texts = await Promise.all(cypher.map((f) => readFile(join(dir, f), 'utf8')));
  return parseExampleQueries(Object.fromEntries(cypher.map((f, i) => [f, texts[i]!])));
}
