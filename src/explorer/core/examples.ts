// Example Cypher queries as a registry of plain descriptors, parsed from the .cypher files beside the graph.

export interface ExampleQuery {
  id: string;
  title: string;
  query: string;
}

/** Title from a first-line `// comment`, else the file name made readable. */
export function parseExample(path: string, source: string): ExampleQuery {
  const file = path.split('/').pop() ?? path;
  const id = file.replace(/\.cypher$/, '');
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const first = lines[0]?.trim() ?? '';
  const comment = /^\/\/\s*(.+)$/.exec(first);
  const title = comment ? comment[1]!.trim() : id.replace(/^\d+[-_]?/, '').replace(/[-_]+/g, ' ');
  const query = (comment ? lines.slice(1) : lines).join('\n').trim();
  return { id, title, query };
}

/** Files in name order, so a numeric prefix ("01-…") sets the order in the menu. */
export function parseExamples(files: Record<string, string>): ExampleQuery[] {
  return Object.keys(files)
    .sort()
    .map((path) => parseExample(path, files[path]!))
    .filter((example) => example.query.length > 0);
}
