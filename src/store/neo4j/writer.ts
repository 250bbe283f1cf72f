// The loader's side of Neo4j: each statement is one managed write transaction (retried on transient errors).
import neo4j from 'neo4j-driver';
import { KgError } from '../../model/errors.ts';
import type { Row, StoreWriter } from '../store.ts';
import { connectNeo4j } from './connect.ts';
import { QueryError } from '../queryError.ts';
import { neo4jConnectionError, neo4jQueryError } from './errors.ts';
import type { Neo4jSettings } from './settings.ts';
import { neo4jParams, neo4jValue } from './values.ts';

export async function openNeo4jWriter(settings: Neo4jSettings): Promise<StoreWriter> {
  const driver = await connectNeo4j(settings);
  return {
    kind: 'neo4j',
    describe: () => `Neo4j at ${settings.uri}${settings.database ? ` (database ${settings.database})` : ''}`,
    async run(statement, params = {}) {
      try {
        const { records } = await driver.executeQuery(statement, neo4jParams(params) as Record<string, unknown>, {
          database: settings.database,
          routing: neo4j.routing.WRITE,
        });
        return records.map((r) => Object.fromEntries(r.keys.map((k) => [k, neo4jValue(r.get(k))])) as Row);
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.startsWith('Neo.ClientError.Security')) throw neo4jConnectionError(error, settings);
        if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError'))
          throw new KgError(
            'NEO4J_LOAD_CUT',
            `Neo4j at ${settings.uri} stopped answering during the load (${firstLine(error)}). The batches ` +
              'written so far stay (each is its own transaction); once Neo4j is back, run npm run load again: ' +
              'it writes only what is missing or different.',
          );
        const failure = neo4jQueryError(error, statement);
        throw new QueryError(failure.code, `Neo4j refused a load statement: ${failure.message}`, failure.position);
      }
    },
    close: () => driver.close(),
  };
}

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0];
