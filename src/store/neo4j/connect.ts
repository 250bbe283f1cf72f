// Opens a driver and proves the server answers, with these credentials, on this database, before any work starts.
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jConnectionError } from './errors.ts';
import type { Neo4jSettings } from './settings.ts';

export async function connectNeo4j(settings: Neo4jSettings): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      userAgent: 'kg-explorer',
      connectionTimeout: 10_000,
      // Only one try: a wrong URI should fail in seconds, not after the default 30 s of retries.
      maxTransactionRetryTime: 5_000,
    });
  } catch (error) {
    // A malformed URI fails here, before any connection.
    throw neo4jConnectionError(error, settings);
  }
  try {
    await driver.verifyConnectivity({ database: settings.database });
    // verifyConnectivity does not log in everywhere nor check the database: a trivial query does both.
    await driver.executeQuery('RETURN 1', {}, { database: settings.database, routing: neo4j.routing.READ });
    return driver;
  } catch (error) {
    await driver.close();
    throw neo4jConnectionError(error, settings);
  }
}
