// npm run serve -- --port N: the explorer and the read-only Cypher API over the graph store.
import { parseArgs } from 'node:util';
import { onStop } from '../src/cli/onStop.ts';
import { runMain } from '../src/cli/runMain.ts';
import { InputError } from '../src/model/errors.ts';
import { DEFAULT_SERVER_OPTIONS as D } from '../src/server/options.ts';
import { createApiServer } from '../src/server/server.ts';
import { openReader } from '../src/store/backends.ts';
import { STORE_HELP, STORE_OPTIONS, storeConfig } from '../src/store/storeFlags.ts';

const HELP = `Usage: npm run serve -- [options]

Serves the explorer (dist/) and a read-only Cypher API over the graph loaded by npm run load.

Options:
  --port <n>           port to listen on (0: any free)   (default: 4000)
  --host <addr>        address to bind                   (default: 127.0.0.1, this machine only)
  --timeout-ms <n>     time limit per query              (default: ${D.timeoutMs})
  --max-rows <n>       rows returned at most per query   (default: ${D.maxRows})
  --max-body-kb <n>    largest request body              (default: ${D.maxBodyBytes / 1024})
  --workers <n>        embedded store: query processes   (default: 2)
  --static <dir>       the built explorer                (default: ${D.staticDir})
  --graph <file>       served at /graph.json             (default: ${D.graphFile})
  --queries <dir>      example queries, at /api/queries  (default: ${D.queriesDir})
  -h, --help           show this help

${STORE_HELP}

API: POST /api/cypher {query, params}, GET /api/schema, GET /api/entity/<id>,
GET /api/search?q=<name>, GET /api/queries, GET /api/status. Writes are refused (403).
A new npm run load is picked up without a restart.`;

const positive = (name: string, value: string | undefined, min = 1): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new InputError('BAD_OPTION', `--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
};

runMain(async () => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4000' },
      host: { type: 'string', default: '127.0.0.1' },
      'timeout-ms': { type: 'string', default: String(D.timeoutMs) },
      'max-rows': { type: 'string', default: String(D.maxRows) },
      'max-body-kb': { type: 'string', default: String(D.maxBodyBytes / 1024) },
      workers: { type: 'string', default: '2' },
      static: { type: 'string', default: D.staticDir },
      graph: { type: 'string', default: D.graphFile },
      queries: { type: 'string', default: D.queriesDir },
      help: { type: 'boolean', short: 'h', default: false },
      ...STORE_OPTIONS,
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = positive('port', values.port, 0);
  const options = {
    timeoutMs: positive('timeout-ms', values['timeout-ms']),
    maxRows: positive('max-rows', values['max-rows']),
    maxBodyBytes: positive('max-body-kb', values['max-body-kb']) * 1024,
    staticDir: values.static,
    graphFile: values.graph,
    queriesDir: values.queries,
  };
  const reader = await openReader(storeConfig(values, positive('workers', values.workers)));
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
  if (!['127.0.0.1', '::1', 'localhost'].includes(values.host))
    console.warn(
      `warning: bound to ${values.host}: other machines can reach the API (it is read-only, unauthenticated)`,
    );
  const why = await new Promise<string>((resolve) => onStop(resolve));
  console.log(`stopping (${why}): closing the server and its query processes`);
  await api.close();
  return 0;
});
