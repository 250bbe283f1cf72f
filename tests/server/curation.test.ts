// Curation through the local server: who may change the file (this machine, this origin, this run's token), what a
// change does (the file written atomically, extract and load in the background, the new graph served), and undo.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurationStatus } from '../../src/model/api.ts';
import { isLoopbackAddress } from '../../src/server/routes/curation.ts';
import { serverSite, type Site } from '../../scripts/bench/ui/site.ts';

function send(url: string, method: string, headers: Record<string, string> = {}, body?: unknown) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { method, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || 'null') }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:10.0.0.1', false],
    ['fe80::1', false],
    [undefined, false],
  ])('%s: %s', (address, loopback) => expect(isLoopbackAddress(address)).toBe(loopback));
});

describe('POST /api/curation', () => {
  let site: Site;
  let api: string;
  let origin: string;
  const status = async () => (await send(api, 'GET')).body as unknown as CurationStatus;
  const post = (body: unknown, headers: Record<string, string> = { origin }) => send(api, 'POST', headers, body);
  /** Waits for the rebuild that `finished` counts up to. */
  const rebuilt = async (finished: number) => {
    for (;;) {
      const { job } = await status();
      if (job.finished >= finished && job.state !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    site = await serverSite(undefined, { curation: true });
    api = `${site.url}api/curation`;
    origin = site.url.replace(/\/$/, '');
  }, 180_000);
  afterAll(() => site?.close());

  it('refuses a POST without the token, with a wrong one, from another origin or with no origin at all', async () => {
    const { token } = await status();
    const action = { kind: 'ignore', entity: 'Kyiv' };
    expect((await post({ action })).status).toBe(403);
    expect((await post({ token: 'x'.repeat(token.length), action })).status).toBe(403);
    expect((await post({ token, action }, { origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await post({ token, action }, {})).status).toBe(403);
    expect((await post({ token, action: { kind: 'retype', entity: 'Kyiv', type: 'Planet' } })).status).toBe(400);
    // Nothing was written.
    expect(() => readFileSync(join(site.work!, 'curation.json'))).toThrow();
    expect((await status()).job.state).toBe('idle');
  });

  it('renames an entity: the file, then graph.json and the store, follow; undo takes it back', async () => {
    const { token } = await status();
    const renamed = await post({ token, action: { kind: 'rename', entity: 'Kapustin', label: 'Denis Kapustin' } });
    expect(renamed.status).toBe(200);
    const file = join(site.work!, 'curation.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).rename).toEqual({ Kapustin: 'Denis Kapustin' });
    expect((await rebuilt(1)).state).toBe('done');
    const graph = JSON.parse(readFileSync(join(site.work!, 'graph.json'), 'utf8'));
    expect(graph.nodes.map((n: { key: string }) => n.key)).toContain('person:denis-kapustin');
    const search = await (await fetch(`${site.url}api/search?q=denis`)).json();
    expect(search.results[0]).toMatchObject({ id: 'person:denis-kapustin', name: 'Denis Kapustin' });

    const undone = await post({ token, undo: true });
    expect(undone.status).toBe(200);
    expect(JSON.parse(readFileSync(file, 'utf8')).rename ?? {}).toEqual({});
    expect((await rebuilt(2)).state).toBe('done');
    const after = await (await fetch(`${site.url}api/search?q=kapustin`)).json();
    expect(after.results[0]).toMatchObject({ id: 'person:kapustin' });
    expect((await post({ token, undo: true })).status).toBe(400);
  }, 180_000);
});

describe('curation off the local machine', () => {
  it('is absent (404) on a server without it', async () => {
    const site = await serverSite();
    try {
      expect((await send(`${site.url}api/curation`, 'GET')).status).toBe(404);
    } finally {
      await site.close();
    }
  }, 180_000);

  it('is refused (403) to a client on another address, even on a server bound to every interface', async () => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    // The request must come from an address other than loopback; every networked machine has one.
    expect(address, 'no non-loopback IPv4 address on this machine').toBeDefined();
    const site = await serverSite(undefined, { curation: true, host: '0.0.0.0' });
    try {
      const port = new URL(site.url).port;
      expect((await send(`${site.url}api/curation`, 'GET')).status).toBe(200);
      const remote = await send(`http://${address}:${port}/api/curation`, 'GET');
      expect(remote.status).toBe(403);
      expect(remote.body.error).toMatch(/only open to this machine/);
      expect(remote.body).not.toHaveProperty('token');
    } finally {
      await site.close();
    }
  }, 180_000);
});
