// One local Neo4j for the whole test run (vitest globalSetup), when NEO4J_URI names none and the run has a file that
// uses the stores. Its variables reach every test file through the environment; it is stopped after the run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { checkTools, startLocalNeo4j } from '../../../scripts/neo4j/localNeo4j.ts';
import { NEO4J_REQUIRED } from './required.ts';

/** Whether a test file runs against the stores: it imports the shared store list. */
const usesStores = (file: string) => /stores\.ts'|usesNeo4j/.test(readFileSync(file, 'utf8'));

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.NEO4J_URI) return;
  // The CLI's file filters (internal in vitest 4, hence the cast): `npx vitest run tests/extract` needs no Neo4j.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const files = await project.vitest.globTestSpecifications(filters);
  if (!files.some((spec) => usesStores(spec.moduleId))) return;
  try {
    checkTools();
  } catch (error) {
    if (NEO4J_REQUIRED) throw error;
    console.log(`Neo4j tests skipped: NEO4J_URI not set and no local Neo4j can start (${(error as Error).message})`);
    return;
  }
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-neo4j-test-'));
  const neo4j = await startLocalNeo4j({ port: 0, dataDir, log: (line) => console.log(line) });
  console.log(`Neo4j for the tests at ${neo4j.variables.NEO4J_URI} (started in ${Date.now() - started} ms)`);
  Object.assign(process.env, neo4j.variables, { NEO4J_USERNAME: neo4j.variables.NEO4J_USER });
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
