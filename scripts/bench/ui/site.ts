// The explorer served over HTTP for the browser tests and screenshots: the built page with a graph, either by the
// real server (src/server, with the query API over an embedded store loaded from the graph) or by a static file
// server (no API, as static hosting gives).
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rebuildSteps } from '../../../src/server/curation/rebuild.ts';
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
  /** With curation: the temp folder holding documents/, graph.json and curation.json. */
  work?: string;
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
  options: { timeoutMs?: number; maxRows?: number; queriesDir?: string; curation?: boolean; host?: string } = {},
  store?: StoreConfig,
): Promise<Site> {
  const staticDir = await buildExplorer();
  const dir = mkdtempSync(join(tmpdir(), 'kg-site-db-'));
  const config: StoreConfig = store ?? { kind: 'grafeo', dir, workers: 1 };
  // Curation rewrites the graph and the store: it works on copies of the documents and the graph.
  const { curation, host = '127.0.0.1', ...limits } = options;
  const work = curation ? mkdtempSync(join(tmpdir(), 'kg-site-work-')) : undefined;
  if (work) {
    cpSync(join(ROOT, 'graph-data/documents'), join(work, 'documents'), { recursive: true });
    copyFileSync(graph, join(work, 'graph.json'));
    graph = join(work, 'graph.json');
  }
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
    ...limits,
    staticDir,
    graphFile: graph,
    curation: work
      ? {
          file: join(work, 'curation.json'),
          steps: rebuildSteps({
            documents: join(work, 'documents'),
            curation: join(work, 'curation.json'),
            graph,
            store: ['--db', dir],
          }),
        }
      : null,
  });
  const address = await api.listen(0, host);
  return {
    url: `http://127.0.0.1:${address.port}/`,
    api: true,
    reload: load,
    work,
    async close() {
      await api.close();
      rmSync(dir, { recursive: true, force: true });
      if (work) rmSync(work, { recursive: true, force: true });
    },
  };
}
