// npm run serve -- --port N: the explorer and the read-only Cypher API over the graph store.
import { parseFlags, pickFlags } from '../src/cli/flags.ts';
import { onStop } from '../src/cli/onStop.ts';
import { runMain } from '../src/cli/runMain.ts';
import { InputError } from '../src/model/errors.ts';
import { rebuildSteps } from '../src/server/curation/rebuild.ts';
import { SERVE_HELP, SERVE_OPTIONS } from '../src/server/serveFlags.ts';
import { createApiServer } from '../src/server/server.ts';
import { openReader } from '../src/store/backends.ts';
import { STORE_HELP, STORE_OPTIONS, storeConfig } from '../src/store/storeFlags.ts';

const HELP = `Usage: npm run serve -- [options]

Serves the explorer (dist/) and a read-only Cypher API over the graph loaded by npm run load.

${SERVE_HELP}
  -h, --help           show this help

${STORE_HELP}

API: POST /api/cypher {query, params}, GET /api/schema, GET /api/entity/<id>,
GET /api/search?q=<name>, GET /api/queries, GET /api/status. Writes are refused (403).
A new npm run load is picked up without a restart.`;

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

runMain(async () => {
  const flags = parseFlags(HELP, { ...SERVE_OPTIONS, ...STORE_OPTIONS });
  if (!flags) return 0;
  const { values } = flags;
  const port = flags.integer('port', { min: 0, max: 65535 });
  const options = {
    timeoutMs: flags.integer('timeout-ms', { min: 1 }),
    maxRows: flags.integer('max-rows', { min: 1 }),
    maxBodyBytes: flags.integer('max-body-kb', { min: 1 }) * 1024,
    staticDir: values.static,
    graphFile: values.graph,
    queriesDir: values.queries,
    // Curation writes files and starts processes: only for a server this machine alone can reach.
    curation:
      values['no-curation'] || !LOOPBACK_HOSTS.includes(values.host)
        ? null
        : {
            file: values.curation,
            steps: rebuildSteps({
              documents: values.documents,
              curation: values.curation,
              graph: values.graph,
              store: pickFlags(process.argv.slice(2), STORE_OPTIONS),
            }),
          },
  };
  const memoryMb = values['query-memory-mb'] === undefined ? undefined : flags.integer('query-memory-mb', { min: 128 });
  const workers = values.workers === undefined ? undefined : flags.integer('workers', { min: 1 });
  const reader = await openReader(storeConfig(values, workers, memoryMb));
  const api = createApiServer(reader, options);
  let address;
  try {
    address = await api.listen(port, values.host);
  } catch (error) {
    await api.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new InputError('PORT_IN_USE', `port ${port} is in use: pick another with --port <n> (0 for any free one)`);
    throw new InputError('CANNOT_LISTEN', `cannot listen on ${values.host}:${port} (${(error as Error).message})`);
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  console.log(`store: ${reader.describe()}`);
  console.log(`serving http://${host}:${address.port}/  (API under /api/, Ctrl-C to stop)`);
  if (!LOOPBACK_HOSTS.includes(values.host))
    console.warn(
      `warning: bound to ${values.host}: other machines can reach the API (it is read-only, unauthenticated)`,
    );
  const why = await new Promise<string>((resolve) => onStop(resolve));
  console.log(`stopping (${why}): closing the server and its query processes`);
  await api.close();
  return 0;
});
