// What every response carries and every request must show: anti-framing and referrer headers with the Content
// Security Policy, a Host header that names this server (so a DNS-rebinding page cannot reach the API through its
// own name), and for anything but GET and HEAD an Origin that is this server's own.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';

/** The explorer's policy (also in index.html's meta tag, which cannot say frame-ancestors). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
};

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** The host names and addresses that name this server, bound to `bindHost`. */
export function serverNames(bindHost: string): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '::1', bindHost.toLowerCase()]);
  // Bound to every interface: each of the machine's addresses, and its name, reach it.
  if (WILDCARDS.has(bindHost)) {
    names.add(hostname().toLowerCase());
    for (const addresses of Object.values(networkInterfaces()))
      for (const address of addresses ?? []) names.add(address.address.toLowerCase());
  }
  return names;
}

/** The host part of a Host header or an origin's authority: `[::1]:4000` -> `::1`, `Example.com.:80` -> `example.com`. */
export function hostOf(authority: string): string {
  const host = authority.startsWith('[') ? authority.slice(1, authority.indexOf(']')) : authority.replace(/:\d*$/, '');
  return host.toLowerCase().replace(/\.$/, '');
}

/** Loopback names and addresses: `localhost`, `*.localhost`, 127.0.0.0/8, ::1. */
const isLoopback = (host: string) =>
  host === 'localhost' ||
  host.endsWith('.localhost') ||
  host === '::1' ||
  (isIP(host) === 4 && host.startsWith('127.'));

/** Why the request may not be answered (a foreign Host, a cross-origin write), or null. */
export function requestRefusal(req: IncomingMessage, names: Set<string>): string | null {
  const host = req.headers.host;
  if (!host) return 'the request has no Host header';
  const name = hostOf(host);
  if (!isLoopback(name) && !names.has(name))
    return `the Host header names "${name}", not this server: open the explorer at the address the server printed`;
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  const origin = req.headers.origin;
  // Browsers send Origin on every cross-origin POST; a page of this server sends its own.
  if (origin !== undefined && origin !== `http://${host}`)
    return `requests from ${origin} are refused: only pages of this server (http://${host}) may send them`;
  return null;
}

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
