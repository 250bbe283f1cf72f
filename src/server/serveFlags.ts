// The command-line flags of the server, shared by the serve and start scripts (start checks them before it
// extracts, so a typo fails at once, not after the build).
import { DEFAULT_SERVER_OPTIONS as D } from './options.ts';

export const SERVE_OPTIONS = {
  port: { type: 'string', default: '4000' },
  host: { type: 'string', default: '127.0.0.1' },
  'timeout-ms': { type: 'string', default: String(D.timeoutMs) },
  'max-rows': { type: 'string', default: String(D.maxRows) },
  'max-body-kb': { type: 'string', default: String(D.maxBodyBytes / 1024) },
  workers: { type: 'string' },
  'query-memory-mb': { type: 'string' },
  static: { type: 'string', default: D.staticDir },
  graph: { type: 'string', default: D.graphFile },
  queries: { type: 'string', default: D.queriesDir },
  documents: { type: 'string', default: 'graph-data/documents' },
  curation: { type: 'string', default: 'graph-data/curation.json' },
  'no-curation': { type: 'boolean', default: false },
} as const;

export const SERVE_HELP = `Server:
  --port <n>           port to listen on (0: any free)   (default: 4000)
  --host <addr>        address to bind                   (default: 127.0.0.1, this machine only)
  --timeout-ms <n>     time limit per query              (default: ${D.timeoutMs})
  --max-rows <n>       rows returned at most per query   (default: ${D.maxRows})
  --max-body-kb <n>    largest request body              (default: ${D.maxBodyBytes / 1024})
  --workers <n>        embedded store: processes for Cypher (default: 3, fewer when 3 would not fit in half the
                       machine's memory; one more serves search, entity, schema)
  --query-memory-mb <n> embedded store: memory cap of each query process (default: 512 + 7 × the database's size)
  --static <dir>       the built explorer                (default: ${D.staticDir})
  --graph <file>       served at /graph.json             (default: ${D.graphFile})
  --queries <dir>      example queries, at /api/queries  (default: ${D.queriesDir})
  --documents <dir>    the documents a curation action re-extracts (default: graph-data/documents)
  --curation <file>    the curation file the page edits  (default: graph-data/curation.json)
  --no-curation        no curation from the page (it is always off when bound beyond this machine)`;
