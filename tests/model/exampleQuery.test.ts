// The example query format: one parser for the server and the explorer, and every shipped example complete enough to
// run as it is (each $parameter it uses has a default).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.ts';
import { parseExampleQueries, parseExampleQuery } from '../../src/model/exampleQuery.ts';

const DIR = join(import.meta.dirname, '../../graph-data/queries');
const shipped = parseExampleQueries(
  Object.fromEntries(
    readdirSync(DIR).map((file) => [`/graph-data/queries/${file}`, readFileSync(join(DIR, file), 'utf8')]),
  ),
);

describe('parseExampleQuery', () => {
  it('reads the title, the description and the params line', () => {
    const q = parseExampleQuery('x', '// Title\n// One line.\n// params: {"id": "a"}\n// Two.\nMATCH (n) RETURN n\n');
    expect(q).toEqual({
      id: 'x',
      title: 'Title',
      description: 'One line. Two.',
      params: { id: 'a' },
      query: 'MATCH (n) RETURN n',
    });
  });

  it('names the file when the params line is not a JSON object', () => {
    expect(() => parseExampleQuery('bad', '// T\n// params: {id: 1}\nRETURN 1')).toThrow(/bad\.cypher.*not JSON/);
    expect(() => parseExampleQuery('list', '// T\n// params: [1]\nRETURN 1')).toThrow(InputError);
  });

  it('orders files by name, titles a file without a comment from its name, drops files without a query', () => {
    const examples = parseExampleQueries({
      '/q/02-leaders.cypher': '// Who leads what\r\nMATCH (p)-[:LEADS]->(o)\r\nRETURN p, o\r\n',
      '/q/01-all-nodes.cypher': 'MATCH (n) RETURN n',
      '/q/03-empty.cypher': '// Nothing\n',
    });
    expect(examples.map((e) => [e.id, e.title, e.query])).toEqual([
      ['01-all-nodes', 'all nodes', 'MATCH (n) RETURN n'],
      ['02-leaders', 'Who leads what', 'MATCH (p)-[:LEADS]->(o)\nRETURN p, o'],
    ]);
  });
});

describe('the shipped examples', () => {
  it.each(shipped.map((example) => [example.id, example]))('%s has a default for every $parameter', (_id, example) => {
    const used = [...example.query.matchAll(/\$(\w+)/g)].map((m) => m[1]!);
    expect(used.filter((name) => !(name in example.params))).toEqual([]);
  });

  it('includes the seven that take parameters', () => {
    expect(shipped.filter((example) => Object.keys(example.params).length > 0).map((e) => e.id)).toEqual([
      '02-everything-said-about-an-entity',
      '03-shortest-path-between-two-entities',
      '04-shortest-stated-path',
      '11-neighbourhood',
      '12-what-a-document-says',
      '16-what-an-entity-said',
      '17-said-about-an-entity',
    ]);
  });
});
