// The file npm run neo4j writes for the local Neo4j it started (graph-data/neo4j.env), read by load, serve and
// npm start when the environment names no Neo4j. One definition of its format, for its writer and its readers.
import { existsSync, readFileSync } from 'node:fs';

export const NEO4J_ENV_FILE = 'graph-data/neo4j.env';

/** NEO4J_ENV_FILE in the environment moves the file (the tests point it elsewhere). */
export const neo4jEnvFile = (env: Record<string, string | undefined> = process.env): string =>
  env.NEO4J_ENV_FILE || NEO4J_ENV_FILE;

export interface LocalNeo4jVariables {
  NEO4J_URI: string;
  NEO4J_USER: string;
  NEO4J_PASSWORD: string;
}

/** `NAME=value` lines, the same lines npm run neo4j prints (so `export $(cat graph-data/neo4j.env)` works too). */
export const envFileText = (variables: LocalNeo4jVariables): string =>
  Object.entries(variables)
    .map(([name, value]) => `${name}=${value}\n`)
    .join('');

/** The variables in `file`, or null when there is none. */
export function readNeo4jEnvFile(file: string): Record<string, string> | null {
  if (!existsSync(file)) return null;
  const variables: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && !line.startsWith('#')) variables[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return variables;
}
