// The HTTP server: the Cypher API under /api/, the explorer and graph.json beside it. Every failure ends in a
// status and a plain message for that request only; the server goes on serving.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StoreReader } from '../store/store.ts';
import { QueryError } from '../store/queryError.ts';
import type { RouteContext } from './context.ts';
import { CurationService } from './curation/service.ts';
import { sendError, sendJson } from './http.ts';
import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from './options.ts';
import { API_ROUTES } from './routes/index.ts';
import { requestRefusal, serverNames, setSecurityHeaders } from './security.ts';
import { serveStatic } from './static.ts';

export interface ApiServer {
  server: Server;
  /** Resolves with the bound address; port 0 picks a free one. */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, ends open connections, closes the store. */
  close(): Promise<void>;
}

/** The request ended because its client aborted it (a body cut off, a reset connection). */
const clientWentAway = (req: IncomingMessage, error: unknown) =>
  (error as NodeJS.ErrnoException)?.code === 'ECONNRESET' || (!req.complete && req.destroyed);

export function createApiServer(reader: StoreReader, options: Partial<ServerOptions> = {}): ApiServer {
  const settings = { ...DEFAULT_SERVER_OPTIONS, ...options };
  const curation = settings.curation ? new CurationService(settings.curation) : null;
  const context: RouteContext = { reader, options: settings, cache: new Map(), curation };
  let names = serverNames('127.0.0.1');
  const server = createServer(async (req, res) => {
    setSecurityHeaders(res);
    const refusal = requestRefusal(req, names);
    if (refusal) return sendJson(res, 403, { error: refusal, code: 'FORBIDDEN' });
    try {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path.startsWith('/api/')) {
        const matches = API_ROUTES.map((route) => ({ route, match: route.path.exec(path) })).filter((m) => m.match);
        const hit = matches.find((m) => m.route.method === req.method);
        if (hit) {
          const params = hit.match!.slice(1).map((p) => decodeURIComponent(p));
          return await hit.route.handle(context, req, res, params);
        }
        if (matches.length) {
          res.setHeader('allow', matches.map((m) => m.route.method).join(', '));
          return sendJson(res, 405, { error: `use ${matches[0].route.method} for ${path}`, code: 'BAD_REQUEST' });
        }
        throw new QueryError('NOT_FOUND', `no API route ${path}: see /api/status, /api/schema, /api/cypher`);
      }
      if (!(await serveStatic(req, res, context.options)))
        sendJson(res, 404, { error: `nothing at ${path}`, code: 'NOT_FOUND' });
    } catch (error) {
      if (clientWentAway(req, error)) {
        // Nothing to answer and nothing to report: one line, no stack.
        console.warn(`${req.method} ${req.url}: the client closed the connection before the request was complete`);
        res.destroy();
        return;
      }
      sendError(
        res,
        error instanceof URIError ? new QueryError('BAD_REQUEST', 'the path is not valid URL encoding') : error,
      );
    }
  });
  // A slow or stalled client cannot hold a connection for long.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  return {
    server,
    listen(port, host = '127.0.0.1') {
      names = serverNames(host);
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await curation?.close();
      await reader.close();
    },
  };
}
