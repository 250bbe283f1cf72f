// A real server on 127.0.0.1 and a random port, over a store holding the fixture graph.
import { createApiServer, type ApiServer } from '../../src/server/server.ts';
import type { ServerOptions } from '../../src/server/options.ts';
import type { StoreReader } from '../../src/store/store.ts';
import { loadedReader, type TestStore } from '../store/stores.ts';

/** Response bodies, checked field by field with expect: typing each would only restate src/model/api.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface RunningServer {
  api: ApiServer;
  reader: StoreReader;
  url: string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Json }>;
  get(path: string): Promise<{ status: number; body: Json; headers: Headers; text: string }>;
}

export async function startServer(store: TestStore, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const { reader } = await loadedReader(store);
  const api = createApiServer(reader, options);
  const { port } = await api.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    api,
    reader,
    url,
    async post(path, body, headers = {}) {
      const res = await fetch(url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    async get(path) {
      const res = await fetch(url + path);
      const text = await res.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
      return { status: res.status, body, headers: res.headers, text };
    },
  };
}
