// The statements bench:store times, the same on both stores (tests/store/statements.ts checks them with Neo4j's
// parser, as every statement the code sends).
import { shortestPathStatement } from '../../../src/store/cypher/read.ts';

export const BENCH_QUERIES = {
  name: 'MATCH (e:Entity {name: $name}) RETURN e',
  // The neighbourhood as one list of its relationships, each once; the server adds their endpoints. Grafeo builds a
  // path value per row, every element with every property, in the engine and again in its binding: the same 1,000
  // paths as relationships collected DISTINCT cost a few times less (example query 11 has this shape).
  hop2:
    'MATCH p = (e:Entity {name: $name})-[*1..2]-() WITH p LIMIT 1000 ' +
    'UNWIND relationships(p) AS r RETURN collect(DISTINCT r) AS relationships',
  /** The same neighbourhood as paths, the shape the bench measured before: the same graph comes back. */
  hop2Paths: 'MATCH p = (e:Entity {name: $name})-[*1..2]-() RETURN p LIMIT 1000',
  /** The engine's shortestPath, as GET /api/path runs it on Neo4j; on Grafeo that route searches itself. */
  path: shortestPathStatement(6),
} as const;

/**
 * Run on Neo4j after the timed load, before the queries: its indexes online. (Its checkpoint cannot be asked for:
 * Community has no db.checkpoint; the warm-up requests give it time.)
 */
export const NEO4J_SETTLE = ['CALL db.awaitIndexes(300)'] as const;

/** Parameters of the same shape as the bench sends. */
export const BENCH_PARAMS: Record<keyof typeof BENCH_QUERIES, Record<string, unknown>> = {
  name: { name: 'Kaka Kakaov 0' },
  hop2: { name: 'Kaka Kakaov 0' },
  hop2Paths: { name: 'Kaka Kakaov 0' },
  path: { from: 'person:e0', to: 'location:e2' },
};
