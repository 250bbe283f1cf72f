// Neo4j's errors -> messages that say what failed, where, and what to do.
import { KgError } from '../../model/errors.ts';
import { positionAt, QueryError } from '../queryError.ts';
import { NEO4J_DOCKER, NEO4J_LOCAL, type Neo4jSettings } from './settings.ts';

interface DriverError {
  code?: string;
  message?: string;
}

const UNREACHABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  // Neo4j shutting down or still starting.
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** A failure to connect: unreachable, refused credentials, no such database. */
export function neo4jConnectionError(error: unknown, settings: Neo4jSettings): KgError {
  const { code = '', message = String(error) } = error as DriverError;
  const where = `Neo4j at ${settings.uri}`;
  if (UNREACHABLE.has(code) || /connect|ECONNREFUSED|getaddrinfo|timed out/i.test(message))
    return new KgError(
      'NEO4J_UNREACHABLE',
      settings.source
        ? `cannot reach ${where}, named in ${settings.source} (${firstLine(message)}): start it again with ` +
            'npm run neo4j, or set NEO4J_URI to another server.'
        : `cannot reach ${where} (${firstLine(message)}). Check that the server is running and NEO4J_URI ` +
            `(or --uri) names it; to start one locally: ${NEO4J_LOCAL}, or ${NEO4J_DOCKER}; for Aura use the ` +
            'neo4j+s:// URI of your instance.',
    );
  if (code.startsWith('Neo.ClientError.Security.'))
    return new KgError(
      'NEO4J_AUTH',
      `${where} refused the credentials of user "${settings.username}" (${firstLine(message)}). ` +
        'Set NEO4J_USERNAME and NEO4J_PASSWORD (or --username and --password) to an account of that server.',
    );
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return new KgError(
      'NEO4J_DATABASE',
      `${where} has no database "${settings.database}": set NEO4J_DATABASE (or --database) to an existing one, ` +
        'or leave it unset for the server default.',
    );
  return new KgError('NEO4J_ERROR', `${where} failed: ${firstLine(message)}`);
}

const firstLine = (message: string) => message.split('\n')[0];

/** A query's failure, as the API reports it; `shift` is how far Neo4j's offsets are past the query's own. */
export function neo4jQueryError(error: unknown, query: string, shift = 0): QueryError {
  if (error instanceof QueryError) return error;
  const { code = '', message = String(error) } = error as DriverError;
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    // "... (line 1, column 11 (offset: 10))"
    const at = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
    if (!at) return new QueryError('SYNTAX_ERROR', firstLine(message));
    const position = positionAt(query, Math.max(0, Number(at[3]) - shift));
    const where = `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`;
    return new QueryError('SYNTAX_ERROR', firstLine(message).replace(at[0], where), position);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return new QueryError(
      'TIMEOUT',
      'the query ran past its time limit and was stopped: add a LIMIT or narrow the pattern',
    );
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden')
    return new QueryError('READ_ONLY', `writes are refused: the Cypher API is read-only (${firstLine(message)})`);
  if (UNREACHABLE.has(code)) return new QueryError('STORE_UNAVAILABLE', `Neo4j is unreachable: ${firstLine(message)}`);
  if (code.startsWith('Neo.ClientError.')) return new QueryError('BAD_REQUEST', firstLine(message));
  return new QueryError('INTERNAL', `Neo4j failed: ${firstLine(message)}`);
}
