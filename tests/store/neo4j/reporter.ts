// Counts the tests that ran against Neo4j and says so at the end of the run; on CI a skipped one fails the run.
import type { Reporter, TestModule } from 'vitest/node';
import { NEO4J_REQUIRED } from './required.ts';

/** The shared suites' Neo4j rows ("… on 'neo4j'", "loading into neo4j") and the Neo4j-only suites. */
const ON_NEO4J = /(on|into) '?neo4j'?( >|$)|^(Neo4j |npm run neo4j\b)/i;

export default class Neo4jTally implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tally = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of modules)
      for (const test of module.children.allTests()) if (ON_NEO4J.test(test.fullName)) tally[test.result().state]++;
    const ran = tally.passed + tally.failed;
    console.log(`Neo4j: ${ran} tests ran: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
    if (NEO4J_REQUIRED && (tally.skipped > 0 || ran === 0)) {
      console.log('Neo4j: on CI every Neo4j test must run (CI is set): a skipped one fails the run');
      process.exitCode = 1;
    }
  }
}
