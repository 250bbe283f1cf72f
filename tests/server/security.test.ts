// What a browser page elsewhere cannot do: frame the explorer, reach the API through a rebinding host name, or
// POST from another origin; and a client that hangs up mid-request costs one log line.
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE_GRAPH, STORES } from '../store/stores.ts';
import { startServer, type RunningServer } from './serverHelpers.ts';

/** A request with headers fetch will not set (Host), answered with its status, headers and body. */
function rawRequest(url: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('request checks and security headers', () => {
  let server: RunningServer;
  let port: number;
  beforeAll(async () => {
    server = await startServer(STORES[0], { graphFile: FIXTURE_GRAPH });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server?.api.close());

  it.each(['/', '/graph.json', '/api/status', '/api/nope'])('sends anti-framing headers on %s', async (path) => {
    const { headers } = await server.get(path);
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  });

  it.each(['127.0.0.1', 'localhost', '[::1]', '127.0.0.2'])('answers a Host naming this server: %s', async (host) => {
    const { status } = await rawRequest(server.url, 'GET', '/api/status', { host: `${host}:${port}` });
    expect(status).toBe(200);
  });

  it.each(['attacker.example', 'attacker.example.', '10.0.0.1', 'localhost.attacker.example'])(
    'refuses a foreign Host (DNS rebinding): "%s"',
    async (host) => {
      for (const path of ['/api/status', '/graph.json', '/']) {
        const { status, text } = await rawRequest(server.url, 'GET', path, { host: `${host}:${port}` });
        expect(status).toBe(403);
        expect(JSON.parse(text).code).toBe('FORBIDDEN');
      }
    },
  );

  it('refuses a POST from another origin, even another port of this machine, and takes its own', async () => {
    const query = JSON.stringify({ query: 'RETURN 1 AS one' });
    const post = (origin?: string) =>
      rawRequest(
        server.url,
        'POST',
        '/api/cypher',
        {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          ...(origin ? { origin } : {}),
        },
        query,
      );
    for (const origin of ['http://127.0.0.1:5999', 'http://attacker.example', 'null', `https://127.0.0.1:${port}`]) {
      const refused = await post(origin);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await post(`http://127.0.0.1:${port}`)).status).toBe(200);
    expect((await post()).status).toBe(200); // not a browser: curl and scripts send no Origin
  });

  it('logs a client that hangs up mid-body in one short line, without a stack', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    try {
      for (let i = 0; i < 3; i++) {
        const socket = connect(port, '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        socket.write(
          `POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\n` +
            'content-length: 1000\r\n\r\n{"query": "RETU',
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        socket.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const lines = [...warn.mock.calls, ...error.mock.calls].map((args) => args.join(' '));
      expect(lines).toHaveLength(3);
      for (const line of lines) {
        expect(line).toMatch(/^POST \/api\/cypher: the client closed the connection/);
        expect(line).not.toMatch(/\n|unexpected error|\bat /);
      }
      expect((await server.get('/api/status')).status).toBe(200);
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
