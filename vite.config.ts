// Vite builds the explorer (index.html -> dist/). In development (npm run dev) it also serves the graph at
// /graph.json and forwards /api to the API server given by KG_API (default http://127.0.0.1:4000).
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const GRAPH = resolve(import.meta.dirname, process.env.KG_GRAPH ?? 'graph-data/graph.json');

/** npm run dev: /graph.json is the extracted graph, as the real server serves it. */
function serveGraph(): Plugin {
  return {
    name: 'kg-serve-graph',
    configureServer(server) {
      server.middlewares.use('/graph.json', (_request, response) => {
        if (!existsSync(GRAPH)) {
          response.statusCode = 404;
          response.end(`No graph at ${GRAPH}: run npm run extract first.`);
          return;
        }
        response.setHeader('content-type', 'application/json');
        createReadStream(GRAPH).pipe(response);
      });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs: the built page works from any folder of a static host, beside its graph.json.
  base: './',
  plugins: [serveGraph()],
  server: {
    proxy: { '/api': process.env.KG_API ?? 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The console chunk (CodeMirror and an ANTLR Cypher parser) is large but loads only when the console opens.
    chunkSizeWarningLimit: 1500,
  },
});
