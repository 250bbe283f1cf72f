// The read-only check: what it refuses (with the clause and its position) and what it must let through.
import { describe, expect, it } from 'vitest';
import { QueryError } from '../../src/store/queryError.ts';
import { assertReadOnly } from '../../src/store/readOnlyGuard.ts';

const refusal = (query: string) => {
  try {
    assertReadOnly(query);
    return null;
  } catch (error) {
    return error as QueryError;
  }
};

describe('assertReadOnly', () => {
  it.each([
    ['CREATE (n:Person {name: "x"})', 'CREATE'],
    ["MERGE (n:Entity {id: 'x'})", 'MERGE'],
    ['MATCH (n) SET n.name = 1', 'SET'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['MATCH (n) DETACH DELETE n', 'DETACH'],
    ['MATCH (n) REMOVE n:Person', 'REMOVE'],
    ['CREATE INDEX foo FOR (n:Entity) ON (n.x)', 'CREATE'],
    ['CREATE CONSTRAINT c FOR (n:Entity) REQUIRE n.id IS UNIQUE', 'CREATE'],
    ['DROP INDEX entity_name', 'DROP'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'LOAD CSV'],
    ['CALL dbms.listConfig()', 'CALL dbms.listConfig'],
    ['CALL dbms.security.createUser("x", "y", false)', 'CALL dbms.security.createUser'],
    ["CALL apoc.load.json('http://example.com') YIELD value RETURN value", 'CALL apoc.load.json'],
    ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})", 'CALL apoc.periodic.iterate'],
    ['MATCH (n) CALL { WITH n CREATE (:Copy) } RETURN n', 'CREATE'],
    ['MATCH (n) FOREACH (x IN [1] | SET n.x = x)', 'FOREACH'],
    ['match (n) set n.x = 1', 'SET'],
    ['USE system SHOW USERS', 'USE'],
    ['SHOW USERS', 'SHOW USERS'],
    ['SHOW DATABASES', 'SHOW DATABASES'],
    ['TERMINATE TRANSACTIONS "x"', 'TERMINATE'],
    ['STOP DATABASE neo4j', 'STOP'],
    ['GRANT ROLE admin TO bob', 'GRANT'],
  ])('refuses %s', (query, clause) => {
    const error = refusal(query);
    expect(error).toBeInstanceOf(QueryError);
    expect(error!.code).toBe('READ_ONLY');
    expect(error!.message).toContain(`${clause}`);
    expect(error!.message).toContain('read-only');
    expect(error!.position?.line).toBe(1);
  });

  it('gives the position of the clause that writes', () => {
    const error = refusal('MATCH (n)\nWHERE n.x = 1\n  SET n.y = 2');
    expect(error!.position).toEqual({ offset: 26, line: 3, column: 3 });
  });

  it.each([
    "MATCH (n) RETURN 'CREATE'",
    'MATCH (n) WHERE n.name = "DELETE everything" RETURN n',
    'MATCH (n) RETURN n.set, n.create, n.delete',
    'MATCH (n:Create) RETURN n',
    'MATCH ()-[r:SET]->() RETURN r',
    'RETURN {merge: 1, delete: 2} AS m',
    'MATCH (n) RETURN n // and then CREATE something',
    'MATCH (n) /* SET n.x = 1 */ RETURN n',
    'MATCH (`create`) RETURN `create`',
    'MATCH (n) RETURN count(n) AS delete',
    'CALL db.labels() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('entity_names', 'wagner') YIELD node RETURN node",
    'CALL { MATCH (n) RETURN n } RETURN count(n)',
    'SHOW INDEXES',
    'SHOW CONSTRAINTS',
    'EXPLAIN MATCH (n) RETURN n',
    'MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p',
    "RETURN 'it''s' AS s, \"a \\\" CREATE\" AS t",
    'MATCH (n) RETURN n;',
  ])('lets through %s', (query) => {
    expect(refusal(query)).toBeNull();
  });

  it('refuses several statements in one request, and drops a final semicolon', () => {
    expect(refusal('RETURN 1; RETURN 2')?.code).toBe('BAD_REQUEST');
    expect(assertReadOnly('RETURN 1;')).toBe('RETURN 1');
  });
});
