// Every statement the code sends, and every example query, passes Neo4j's own parser and semantic checks.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { exampleQueries } from '../../src/store/exampleQueries.ts';
import { STATEMENTS } from './statements.ts';
import { QUERIES_DIR } from './stores.ts';

/** Errors only (severity 1): deprecation warnings, such as id() in the Grafeo statement, are allowed. */
function neo4jErrors(cypher: string, params: Record<string, unknown>): string[] {
  const { diagnostics } = lintCypherQuery(cypher, { parameters: params });
  return diagnostics.filter((d) => d.severity === 1).map((d) => `${d.message} at offset ${d.offsets.start}`);
}

describe("Neo4j's parser accepts", () => {
  it('(and the check does find errors)', () => {
    expect(neo4jErrors('MATCH (n) RETRN n', {})).not.toEqual([]);
    expect(neo4jErrors('MATCH (n) WHERE n.id = $id RETURN n', {})).not.toEqual([]);
  });

  it.each(STATEMENTS)('the statement "$name"', ({ cypher, params }) => {
    expect(neo4jErrors(cypher, params)).toEqual([]);
  });

  it('every example query', async () => {
    const queries = await exampleQueries(QUERIES_DIR);
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const q of queries)
      expect({ id: q.id, errors: neo4jErrors(q.query, q.params) }).toEqual({ id: q.id, errors: [] });
  });
});
