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
    // A number ends where Cypher's number ends: the engine reads `1LOAD` as 1 then LOAD.
    ["WITH 1 AS x LIMIT 1LOAD CSV FROM '/etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["with 1 as x limit 1load csv from '/etc/passwd' as row return row", 'LOAD CSV'],
    ["UNWIND [1] AS x WITH x SKIP 0LOAD CSV FROM '/etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["WITH 1 AS x LIMIT 0x1LOAD CSV FROM 'file:///proc/self/environ' AS row RETURN row", 'LOAD CSV'],
    ["WITH 1 AS x LIMIT 0x1fLOAD CSV FROM '/etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["WITH 1 AS x LIMIT 0o7LOAD CSV FROM '/etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["WITH 1 AS x LIMIT 07LOAD CSV FROM '/etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["WITH 1.5e1 AS x LIMIT 1e1LOAD CSV FROM '/etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["WITH .5E+1 AS x LIMIT 1 LOAD CSV FROM '/etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["WITH * LOAD CSV FROM '/etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["RETURN 1 AS r UNION LOAD CSV FROM '/etc/passwd' AS r RETURN r", 'LOAD CSV'],
    ['MATCH (n) WITH n, count(*) AS c DELETE n', 'DELETE'],
    ['WITH 1 AS limit WITH limit CREATE (n)', 'CREATE'],
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
    // Clause keywords used as names, where they cannot start a clause.
    'WITH 1 AS load RETURN load',
    'WITH 1 AS use RETURN use',
    'WITH 1 AS drop RETURN drop',
    'WITH 1 AS foreach RETURN foreach',
    'WITH 1 AS load, 2 AS x RETURN x + load, [load, x], count(load)',
    'MATCH (load) WHERE load.x > 1 AND NOT load.y RETURN DISTINCT load ORDER BY load',
    'RETURN 0x1F AS a, 0o17 AS b, 1.5e-3 AS c, .5 AS d, 1E3 AS e',
  ])('lets through %s', (query) => {
    expect(refusal(query)).toBeNull();
  });

  it('refuses several statements in one request, and drops a final semicolon', () => {
    expect(refusal('RETURN 1; RETURN 2')?.code).toBe('BAD_REQUEST');
    expect(assertReadOnly('RETURN 1;')).toBe('RETURN 1');
  });
});
