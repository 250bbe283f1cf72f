// Where the Neo4j store is: flags first, then NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.
import { InputError } from '../../model/errors.ts';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  /** Undefined: the server's default database (usually "neo4j"). */
  database?: string;
}

export const NEO4J_DOCKER =
  'docker run -p 7474:7474 -p 7687:7687 -e NEO4J_AUTH=neo4j/<a password of 8+ characters> neo4j:5';

export function neo4jSettings(
  flags: Partial<Neo4jSettings> = {},
  env: Record<string, string | undefined> = process.env,
): Neo4jSettings {
  const uri = flags.uri || env.NEO4J_URI;
  if (!uri)
    throw new InputError(
      'NO_NEO4J',
      'no Neo4j to connect to: set NEO4J_URI (neo4j://localhost:7687 for a local server, ' +
        'neo4j+s://<id>.databases.neo4j.io for Aura) or pass --uri. ' +
        `To start one: ${NEO4J_DOCKER}`,
    );
  return {
    uri,
    username: flags.username || env.NEO4J_USERNAME || 'neo4j',
    password: flags.password || env.NEO4J_PASSWORD || '',
    database: flags.database || env.NEO4J_DATABASE || undefined,
  };
}
