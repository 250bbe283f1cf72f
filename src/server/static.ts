// Static files: the built explorer from dist/ (index.html at /), and the current graph.json at /graph.json.
// Paths are resolved inside the folder and refused if they would leave it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.cypher': 'text/plain; charset=utf-8',
};

export interface StaticOptions {
  staticDir: string;
  graphFile: string;
}

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>kg-explorer</title>
<body style="font: 16px system-ui, sans-serif; margin: 3rem">
<h1>The explorer is not built yet</h1>
<p>explorer not built yet: run npm run build, then reload this page.</p>
<p>The Cypher API is up: <code>POST /api/cypher</code>, <code>GET /api/schema</code>, <code>GET /api/search?q=…</code>,
<code>GET /api/entity/:id</code>, <code>GET /api/queries</code>; the graph is at <a href="/graph.json">/graph.json</a>.</p>
</body></html>
`;

/** Answers GET and HEAD for static files; false when the path is not one (the caller sends 404). */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, options: StaticOptions): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return false;
  }
  if (path.includes('\0')) return false;
  if (path === '/graph.json') return sendFile(req, res, resolve(options.graphFile));
  const root = resolve(options.staticDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  if (file !== root && !file.startsWith(root + sep)) return false;
  if (path === '/' && !(await isFile(file))) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : NOT_BUILT_PAGE);
    return true;
  }
  return sendFile(req, res, file);
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    etag,
    'last-modified': info.mtime.toUTCString(),
    // Revalidated on every load: a new build or a new graph.json shows at once.
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { ...headers, 'content-length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', done);
    stream.pipe(res);
  });
  return true;
}
