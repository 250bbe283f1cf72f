import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The seed-quality and CLI tests run the real pipeline (model load, workers): give them room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One local Neo4j per run when NEO4J_URI names none; the closing note counts the tests that ran against it.
    globalSetup: ['tests/store/neo4j/globalSetup.ts'],
    reporters: ['default', './tests/store/neo4j/reporter.ts'],
  },
});
