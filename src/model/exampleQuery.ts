// The example query format (graph-data/queries/*.cypher), one parser for the server, which reads the folder, and the
// explorer, which bundles the same files for static hosting. A file opens with `// Title`, then `//` lines of
// description and an optional `// params: {json}` line with the parameters' defaults.
import { InputError } from './errors.ts';

export interface ExampleQuery {
  /** The file name without .cypher, e.g. "01-who-leads-which-group". */
  id: string;
  title: string;
  description: string;
  query: string;
  /** Default values of the query's `$parameters`, so the example runs as it is. */
  params: Record<string, unknown>;
}

/** Parses one file; a params line that is not a JSON object is an InputError naming the file. */
export function parseExampleQuery(id: string, text: string): ExampleQuery {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const header: string[] = [];
  while (lines.length && lines[0]!.startsWith('//'))
    header.push(
      lines
        .shift()!
        .replace(/^\/\/\s?/, '')
        .trim(),
    );
  const paramsLine = header.findIndex((l) => l.startsWith('params:'));
  let params: Record<string, unknown> = {};
  if (paramsLine >= 0) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(header[paramsLine]!.slice('params:'.length));
    } catch (error) {
      throw new InputError('BAD_QUERY_FILE', `${id}.cypher: the params line is not JSON (${(error as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new InputError('BAD_QUERY_FILE', `${id}.cypher: the params line must be a JSON object {"name": value}`);
    params = parsed as Record<string, unknown>;
    header.splice(paramsLine, 1);
  }
  const [title = id.replace(/^\d+[-_]?/, '').replace(/[-_]+/g, ' '), ...description] = header;
  return { id, title, description: description.join(' ').trim(), query: lines.join('\n').trim(), params };
}

/** Files (path -> text) in name order, so a numeric prefix ("01-…") sets the order; files without a query dropped. */
export function parseExampleQueries(files: Record<string, string>): ExampleQuery[] {
  return Object.keys(files)
    .sort()
    .map((path) =>
      parseExampleQuery(
        path
          .split('/')
          .pop()!
          .replace(/\.cypher$/, ''),
        files[path]!,
      ),
    )
    .filter((example) => example.query.length > 0);
}
