// npm run neo4j: a local Neo4j Community on 127.0.0.1 for load, serve and the tests, until Ctrl+C or SIGTERM.
import { rm } from 'node:fs/promises';
import { parseFlags } from '../../src/cli/flags.ts';
import { runMain } from '../../src/cli/runMain.ts';
import { InputError } from '../../src/model/errors.ts';
import { writeFileAtomic } from '../../src/pipeline/atomicWrite.ts';
import { envFileText, neo4jEnvFile } from '../../src/store/neo4j/envFile.ts';
import { startLocalNeo4j } from './localNeo4j.ts';

const HELP = `Usage: npm run neo4j -- [--port <n>] [--data <dir>]

Starts Neo4j Community 5.26 (from Maven Central, resolved by Maven into ~/.m2) on 127.0.0.1 with a new
password, prints NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, then "ready", and writes them to ${neo4jEnvFile()},
where npm run load -- --neo4j, npm run serve -- --neo4j and npm start -- --neo4j find them.
Runs until Ctrl+C or SIGTERM, then shuts Neo4j down and removes that file. Needs Java 17+ and Maven.

Options:
  --port <n>     Bolt port (default: a free one)
  --data <dir>   Neo4j's data and logs   (default: graph-data/neo4j)
  -h, --help     show this help

Exit codes: 0 stopped cleanly, 2 could not start (Java or Maven missing, port taken, Neo4j failed).`;

runMain(async () => {
  const flags = parseFlags(HELP, {
    port: { type: 'string', default: '0' },
    data: { type: 'string', default: 'graph-data/neo4j' },
  });
  if (!flags) return 0;
  const { values } = flags;
  const port = flags.integer('port', { min: 0, max: 65535 });

  let stopping: NodeJS.Signals | null = null;
  const early = (signal: NodeJS.Signals) => (stopping = signal);
  process.once('SIGINT', early).once('SIGTERM', early);
  const neo4j = await startLocalNeo4j({ port, dataDir: values.data, log: (line) => console.error(line) });
  const envFile = neo4jEnvFile();
  await writeFileAtomic(envFile, envFileText(neo4j.variables));
  for (const [name, value] of Object.entries(neo4j.variables)) console.log(`${name}=${value}`);
  console.log('ready');

  const signal =
    stopping ??
    (await Promise.race([
      new Promise<NodeJS.Signals>((done) => process.once('SIGINT', done).once('SIGTERM', done)),
      neo4j.exited.then(() => null),
    ]));
  await rm(envFile, { force: true });
  if (!signal) throw new InputError('NEO4J_EXITED', `Neo4j stopped by itself: see ${values.data}/logs/debug.log`);
  console.error(`${signal}: stopping Neo4j …`);
  await neo4j.stop();
  console.error('Neo4j stopped');
  return 0;
});
