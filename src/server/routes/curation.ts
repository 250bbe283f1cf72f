// GET and POST /api/curation: corrections from the explorer, on the local server only. Refused to clients that are
// not on this machine, to other origins (security.ts), and to POSTs without this run's token; absent (404) when the
// server runs without curation. The Cypher API stays read-only: this writes the curation file, never the store.
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import type { CurationAction } from '../../model/curation.ts';
import { isEntityType } from '../../model/vocabulary.ts';
import { QueryError } from '../../store/queryError.ts';
import type { Route, RouteContext } from '../context.ts';
import type { CurationService } from '../curation/service.ts';
import { readJsonBody, sendJson } from '../http.ts';

/** 127.0.0.0/8, ::1, and IPv4 loopback as IPv6 maps it. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

function localService({ curation }: RouteContext, req: IncomingMessage): CurationService {
  if (!curation) throw new QueryError('NOT_FOUND', 'this server runs without curation (serve --no-curation)');
  if (!isLoopbackAddress(req.socket.remoteAddress))
    throw new QueryError('FORBIDDEN', 'curation is only open to this machine: use the explorer on the server itself');
  return curation;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 500;

/** The body's action, checked: each kind with its fields, names non-empty. */
function parseAction(value: unknown): CurationAction {
  const a = (value ?? {}) as Record<string, unknown>;
  const bad = (what: string): never => {
    throw new QueryError('BAD_REQUEST', `curation action: ${what}`);
  };
  switch (a.kind) {
    case 'merge':
      if (!Array.isArray(a.entities) || a.entities.length < 2 || !a.entities.every(text))
        bad('"merge" needs "entities": two or more names');
      return { kind: 'merge', entities: a.entities as string[] };
    case 'separate':
      if (!Array.isArray(a.names) || a.names.length !== 2 || !a.names.every(text))
        bad('"separate" needs "names": [name, name]');
      return { kind: 'separate', names: a.names as [string, string] };
    case 'rename':
      if (!text(a.entity) || !text(a.label)) bad('"rename" needs "entity" and a non-empty "label"');
      return { kind: 'rename', entity: a.entity as string, label: (a.label as string).trim() };
    case 'retype':
      if (!text(a.entity) || !isEntityType(String(a.type)))
        bad('"retype" needs "entity" and "type": Person, Organization or Location');
      return { kind: 'retype', entity: a.entity as string, type: a.type as 'Person' };
    case 'ignore':
      if (!text(a.entity)) bad('"ignore" needs "entity"');
      return { kind: 'ignore', entity: a.entity as string };
    case 'confirm':
      if (!text(a.entity) || !text(a.alias)) bad('"confirm" needs "entity" and "alias"');
      return { kind: 'confirm', entity: a.entity as string, alias: a.alias as string };
    default:
      return bad('"kind" must be merge, separate, rename, retype, ignore or confirm');
  }
}

export const curationStatusRoute: Route = {
  method: 'GET',
  path: /^\/api\/curation$/,
  async handle(context, req, res) {
    sendJson(res, 200, await localService(context, req).status());
  },
};

export const curationActionRoute: Route = {
  method: 'POST',
  path: /^\/api\/curation$/,
  async handle(context, req, res) {
    const service = localService(context, req);
    // A page of another origin is refused before this (security.ts); a page of this one must also show the token.
    if (!req.headers.origin) throw new QueryError('FORBIDDEN', 'curation is changed from the explorer page only');
    const body = (await readJsonBody(req, 64 * 1024)) as Record<string, unknown> | null;
    if (!service.hasToken(body?.token))
      throw new QueryError('FORBIDDEN', 'the curation token is missing or stale: reload the page');
    sendJson(res, 200, body!.undo === true ? await service.undo() : await service.act(parseAction(body!.action)));
  },
};
