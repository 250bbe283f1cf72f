// The lexical read-only check against the engine itself: random concatenations of keywords, numbers (decimal,
// hex, octal, exponent, float), names, strings, comments and whitespace. Whenever Grafeo would run a write or a
// LOAD CSV (its EXPLAIN plan on a throwaway in-memory database says so), assertReadOnly must refuse the query.
import { describe, expect, it } from 'vitest';
import { GrafeoDB } from '../../src/store/grafeo/grafeo.ts';
import { refusedOperator } from '../../src/store/grafeo/planCheck.ts';
import { assertReadOnly } from '../../src/store/readOnlyGuard.ts';
import { prng } from '../../scripts/bench/store/generateGraph.ts';

const PREFIXES = [
  'WITH 1 AS x LIMIT ',
  'UNWIND [1] AS x WITH x SKIP ',
  'WITH 1 AS x WITH x ORDER BY x LIMIT ',
  'WITH 1 AS x WITH x WHERE x > ',
  'WITH 1 AS load WITH load ',
  'WITH 1 AS limit WITH limit ',
  'WITH ',
  'MATCH (n) WITH n, ',
  'RETURN 1 AS r UNION ',
  'UNWIND [1] AS use WITH use ',
  '',
];
const NUMBERS = ['1', '0', '07', '0x1', '0x1f', '0X1E', '0o7', '0O17', '1e1', '1E+1', '1.5', '.5', '1.5e-1', '00', '9'];
const NAMES = ['x', 'n', 'load', 'use', 'drop', 'foreach', 'limit', 'skip', 'e', 'E', 'x1', '_', 'é'];
const STRINGS = ["'/etc/passwd'", '"x"', "'a\\'b'", '`q`'];
const KEYWORDS = ['WITH', 'RETURN', 'AS', 'LIMIT', 'SKIP', 'WHERE', 'AND', 'NOT', 'DISTINCT', 'UNION', 'ALL', '*', ','];
const SEPARATORS = ['', '', ' ', '\n', '\t', '/*c*/', '//c\n', '\r\n', '\u00a0'];
const CLAUSES = [
  "LOAD CSV FROM '/etc/passwd' AS row RETURN row",
  "LOAD CSV WITH HEADERS FROM 'file:///proc/self/environ' AS row RETURN row",
  "load csv from '/etc/passwd' as row return row",
  'CREATE (c)',
  'create (c)',
  'MERGE (m:M)',
  'MATCH (m) SET m.x = 1',
  'MATCH (m) DELETE m',
  'MATCH (m) REMOVE m:Entity',
  'FOREACH (i IN [1] | CREATE (d))',
  'CALL { CREATE (d) } RETURN 1 AS one',
];

/** Clause words and pieces, for the fully random queries. */
const PIECES = ['LOAD', 'CSV', 'FROM', 'CREATE', 'SET', 'DELETE', 'MATCH', '(', ')', '(m)', '{', '}', '|', '.', ':'];

function randomQuery(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const atom = () => pick(pick([NUMBERS, NUMBERS, NAMES, STRINGS, KEYWORDS]));
  if (next() < 0.25) {
    const all = [NUMBERS, NAMES, STRINGS, KEYWORDS, PIECES, CLAUSES];
    let query = '';
    for (let i = 2 + Math.floor(next() * 8); i > 0; i--) query += pick(pick(all)) + pick(SEPARATORS);
    return query;
  }
  let query = pick(PREFIXES);
  for (let i = Math.floor(next() * 4); i > 0; i--) query += atom() + pick(SEPARATORS);
  // The clause glued straight on half the time: that is where a lexer that reads too far loses it.
  return query + (next() < 0.5 ? '' : pick(SEPARATORS)) + pick(CLAUSES);
}

const refuses = (query: string) => {
  try {
    assertReadOnly(query);
    return false;
  } catch {
    return true;
  }
};

describe('assertReadOnly against the engine', () => {
  it('refuses every generated query whose plan writes or loads a file', async () => {
    const db = GrafeoDB.create();
    const next = prng(20261201);
    let planned = 0;
    let dangerous = 0;
    const missed: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const query = randomQuery(next);
      let plan: string;
      try {
        plan = String((await db.executeCypher(`EXPLAIN ${query}`)).get(0)?.plan ?? '');
      } catch {
        continue; // the engine would not run it at all
      }
      planned++;
      if (!refusedOperator(plan)) continue;
      dangerous++;
      if (!refuses(query)) missed.push(query);
    }
    db.close();
    console.log(`fuzz: ${planned} queries planned by the engine, ${dangerous} of them write or load`);
    expect(missed).toEqual([]);
    // The generator must reach the engine often enough for the test to mean something.
    expect(planned).toBeGreaterThan(1000);
    expect(dangerous).toBeGreaterThan(500);
  });
});
