// The read-only defences behind the lexical guard, each on its own against Neo4j: the plan's query type refuses
// what the guard would have let through, and a READ transaction refuses a write even past both.
import neo4jDriver, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jQueryError } from '../../../src/store/neo4j/errors.ts';
import { readPlanned } from '../../../src/store/neo4j/reader.ts';
import { neo4jSettings } from '../../../src/store/neo4j/settings.ts';
import { LIMITS, NEO4J_SKIPPED, STORES, useStore } from '../stores.ts';

describe.skipIf(NEO4J_SKIPPED)('Neo4j read-only layers', () => {
  useStore(STORES[STORES.length - 1]);
  const settings = NEO4J_SKIPPED ? null! : neo4jSettings();
  let driver: Driver;
  beforeAll(() => {
    driver = neo4jDriver.driver(settings.uri, neo4jDriver.auth.basic(settings.username, settings.password));
  });
  afterAll(() => driver?.close());
  const probes = async () =>
    (await driver.executeQuery('MATCH (n:ReadOnlyProbe) RETURN count(n) AS n')).records[0].get('n').toNumber();

  it.each([
    ['MATCH (n) RETURN count(n)', 'r'],
    ['CREATE (n:ReadOnlyProbe)', 'w'],
    ['CREATE (n:ReadOnlyProbe) RETURN n', 'rw'],
    ['MATCH (n:ReadOnlyProbe) SET n.x = 1 RETURN n', 'rw'],
    ['CREATE INDEX probe_x IF NOT EXISTS FOR (n:ReadOnlyProbe) ON (n.x)', 's'],
  ])('EXPLAIN gives "%s" the query type %s', async (query, type) => {
    const session = driver.session();
    try {
      expect((await session.run(`EXPLAIN ${query}`)).summary.queryType).toBe(type);
    } finally {
      await session.close();
    }
  });

  it.each([
    ['CREATE (n:ReadOnlyProbe)', /this query writes/],
    ['CREATE (n:ReadOnlyProbe) RETURN n', /this query reads and writes/],
    ['MERGE (n:ReadOnlyProbe {x: 1}) RETURN n', /this query reads and writes/],
    ['CREATE INDEX probe_x IF NOT EXISTS FOR (n:ReadOnlyProbe) ON (n.x)', /changes the schema|plan type/],
  ])('the plan check alone refuses "%s"', async (query, message) => {
    const refusal = await readPlanned(driver, settings, query, {}, LIMITS).catch((error) => error);
    expect(refusal).toMatchObject({ code: 'READ_ONLY' });
    expect(refusal.message).toMatch(message);
    expect(await probes()).toBe(0);
  });

  it('a READ transaction refuses a write that reaches it, and the API calls that READ_ONLY', async () => {
    const session = driver.session({ defaultAccessMode: neo4jDriver.session.READ });
    let failure: unknown;
    try {
      await session.executeRead((tx) => tx.run('CREATE (n:ReadOnlyProbe) RETURN n'));
    } catch (error) {
      failure = error;
    } finally {
      await session.close();
    }
    expect(failure).toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    expect(neo4jQueryError(failure, 'CREATE (n:ReadOnlyProbe) RETURN n').code).toBe('READ_ONLY');
    expect(await probes()).toBe(0);
  });
});
