// The command-line flags that choose a store, shared by the load and serve scripts.
import type { StoreConfig } from './backends.ts';
import { neo4jSettings } from './neo4j/settings.ts';

export const STORE_OPTIONS = {
  db: { type: 'string', default: 'graph-data/db' },
  neo4j: { type: 'boolean', default: false },
  uri: { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
  database: { type: 'string' },
} as const;

export const STORE_HELP = `Store (the embedded Grafeo database unless --neo4j):
  --db <dir>           embedded database folder          (default: graph-data/db)
  --neo4j              use Neo4j instead; its settings come from these flags or the environment:
  --uri <uri>          NEO4J_URI, e.g. neo4j://localhost:7687 or neo4j+s://<id>.databases.neo4j.io (Aura)
  --username <name>    NEO4J_USERNAME                    (default: neo4j)
  --password <pw>      NEO4J_PASSWORD
  --database <name>    NEO4J_DATABASE                    (default: the server's default database)`;

export interface StoreFlagValues {
  db?: string;
  neo4j?: boolean;
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
}

/** The store the flags name; Neo4j when --neo4j or --uri is given. */
export function storeConfig(values: StoreFlagValues, workers?: number, memoryMb?: number): StoreConfig {
  if (values.neo4j || values.uri)
    return {
      kind: 'neo4j',
      settings: neo4jSettings({
        uri: values.uri,
        username: values.username,
        password: values.password,
        database: values.database,
      }),
    };
  return { kind: 'grafeo', dir: values.db ?? 'graph-data/db', workers, memoryMb };
}
