// Static files: the built explorer with content types, index.html at /, graph.json, and no way out of the folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH, STORES } from '../store/stores.ts';
import { startServer, type RunningServer } from './serverHelpers.ts';

/** A raw request, so that "/../" reaches the server as sent (fetch would normalise it). */
function rawGet(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'GET', path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  let server: RunningServer | null = null;
  afterEach(async () => {
    await server?.api.close();
    server = null;
  });

  it('says the explorer is not built when dist/ is missing, and still serves graph.json', async () => {
    server = await startServer(STORES[0], { staticDir: join(tmpdir(), 'no-such-dist'), graphFile: FIXTURE_GRAPH });
    const page = await server.get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.text).toContain('explorer not built yet: run npm run build');
    const graph = await server.get('/graph.json');
    expect(graph.status).toBe(200);
    expect(graph.headers.get('content-type')).toMatch(/application\/json/);
    expect(graph.body.nodes.length).toBe(35);
  });

  it('serves the built files with their types, index.html at /, 304 when unchanged, and nothing outside', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'kg-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(dist, '..', 'secret.txt'), 'secret');
    server = await startServer(STORES[0], { staticDir: dist, graphFile: FIXTURE_GRAPH });
    const index = await server.get('/');
    expect(index.text).toContain('<title>explorer</title>');
    expect((await server.get('/assets/app.js')).headers.get('content-type')).toMatch(/text\/javascript/);
    expect((await server.get('/assets/app.css')).headers.get('content-type')).toMatch(/text\/css/);
    const etag = index.headers.get('etag')!;
    const again = await fetch(`${server.url}/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await server.get('/missing.js')).status).toBe(404);
    expect(await rawGet(server.url, '/../secret.txt')).toBe(404);
    expect(await rawGet(server.url, '/%2e%2e/secret.txt')).toBe(404);
    expect(await rawGet(server.url, '/assets/..%2F..%2Fsecret.txt')).toBe(404);
    expect(await rawGet(server.url, '/%00')).toBe(404);
    expect((await server.get('/assets')).status).toBe(404);
  });
});
