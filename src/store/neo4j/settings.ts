// Where the Neo4j store is: flags first, then NEO4J_URI, NEO4J_USERNAME (or NEO4J_USER), NEO4J_PASSWORD and
// NEO4J_DATABASE, and when the environment names no server, the file npm run neo4j writes for the one it started.
import { InputError } from '../../model/errors.ts';
import { neo4jEnvFile, readNeo4jEnvFile } from './envFile.ts';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  /** Undefined: the server's default database (usually "neo4j"). */
  database?: string;
  /** Where the settings came from, for messages: "the environment" or the env file's path. */
  source?: string;
}

export const NEO4J_DOCKER =
  'docker run -p 7474:7474 -p 7687:7687 -e NEO4J_AUTH=neo4j/<a password of 8+ characters> neo4j:5';

export const NEO4J_LOCAL = 'npm run neo4j (a local Neo4j Community from Maven Central; needs Java 17 and Maven)';

export function neo4jSettings(
  flags: Partial<Neo4jSettings> = {},
  env: Record<string, string | undefined> = process.env,
): Neo4jSettings {
  const file = neo4jEnvFile(env);
  const local = flags.uri || env.NEO4J_URI ? null : readNeo4jEnvFile(file);
  const vars = local ?? env;
  const uri = flags.uri || vars.NEO4J_URI;
  if (!uri)
    throw new InputError(
      'NO_NEO4J',
      'no Neo4j to connect to: set NEO4J_URI (neo4j://localhost:7687 for a local server, ' +
        'neo4j+s://<id>.databases.neo4j.io for Aura) or pass --uri. ' +
        `To start one here: ${NEO4J_LOCAL}; or ${NEO4J_DOCKER}`,
    );
  return {
    uri,
    username: flags.username || vars.NEO4J_USERNAME || vars.NEO4J_USER || 'neo4j',
    password: flags.password || vars.NEO4J_PASSWORD || '',
    database: flags.database || env.NEO4J_DATABASE || undefined,
    source: local ? `${file} (written by npm run neo4j)` : undefined,
  };
}
