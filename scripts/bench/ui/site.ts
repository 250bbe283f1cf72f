// The explorer served over HTTP for the browser tests and screenshots: the built page with a graph, either by the
// real server (src/server, with the query API over an embedded store loaded from the graph) or by a static file
// server (no API, as static hosting gives).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiServer } from '../../../src/server/server.ts';
import { beginLoad, openReader, type StoreConfig } from '../../../src/store/backends.ts';
import { loadGraph } from '../../../src/store/load/loadGraph.ts';
import { readGraphFile } from '../../../src/store/load/readGraph.ts';
import { buildExplorer, ROOT } from './build.ts';
import { serveStatic } from './staticServer.ts';

export const SEED_GRAPH = join(ROOT, 'graph-data/graph.json');

export interface Site {
  url: string;
  /** Whether /api answers (the real server) or not (static hosting). */
  api: boolean;
  /** Loads another graph into the served store as npm run load does (the real server only). */
  reload?(graph: string): Promise<void>;
  close(): Promise<void>;
}

/** The built page and a graph.json on a static server: what static hosting gives, without the query API. */
export async function staticSite(graph = SEED_GRAPH): Promise<Site> {
  const site = await serveStatic(await buildExplorer(), { '/graph.json': graph });
  return { url: site.url, api: false, close: site.close };
}

/**
 * The real server on 127.0.0.1 at a free port, over a fresh store (embedded unless `store` names another) loaded
 * from `graph` the way npm run load does it, serving the built page and that graph.json.
 */
export async function serverSite(
  graph = SEED_GRAPH,
  options: { timeoutMs?: number; maxRows?: number; queriesDir?: string } = {},
  store?: StoreConfig,
): Promise<Site> {
  const staticDir = await buildExplorer();
  const dir = mkdtempSync(join(tmpdir(), 'kg-site-db-'));
  const config: StoreConfig = store ?? { kind: 'grafeo', dir, workers: 1 };
  const load = async (file: string) => {
    const target = await beginLoad(config, { reset: true });
    try {
      await loadGraph(target.writer, await readGraphFile(file), { reset: true });
      await target.commit(file, true);
    } catch (error) {
      await target.discard();
      throw error;
    }
  };
  await load(graph);
  const api = createApiServer(await openReader(config), {
    queriesDir: join(ROOT, 'graph-data/queries'),
    ...options,
    staticDir,
    graphFile: graph,
  });
  const address = await api.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    api: true,
    reload: load,
    async close() {
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
