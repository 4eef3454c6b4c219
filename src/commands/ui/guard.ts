/**
 * Who may talk to the UI's server: a pure check of one request, so that every case is testable without a socket.
 * A local server that writes files must not be reachable from other web pages: it binds 127.0.0.1 only (server.ts),
 * and here every request must carry the per-run token, name this server in `Host` (a DNS-rebinding page sends its
 * own host name: Vite's GHSA-vg6x-rcgg-rjx6), and, when the browser says where it comes from (`Origin`,
 * `Sec-Fetch-Site`), come from this server's own pages.
 */
import { timingSafeEqual } from 'node:crypto';

export interface GuardRequest {
  method: string;
  /** The request target as sent (`/api/plan?t=...`). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export type GuardResult = { ok: true; path: string; query: URLSearchParams } | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

/** The request header that carries the token for API calls (the page's own links carry it as `?t=`). */
export const TOKEN_HEADER = 'x-kemitraan-token';

function header(h: GuardRequest['headers'], name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The host names this server answers to on its port. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function guardRequest(req: GuardRequest, token: string, port: number): GuardResult {
  const hosts = allowedHosts(port);
  const host = header(req.headers, 'host')?.toLowerCase();
  if (!host || !hosts.includes(host)) return { ok: false, status: 403, reason: 'host' };
  const origin = header(req.headers, 'origin');
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) return { ok: false, status: 403, reason: 'origin' };
  const site = header(req.headers, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, reason: 'site' };
  if (!['GET', 'HEAD', 'POST', 'PUT'].includes(req.method)) return { ok: false, status: 405, reason: 'method' };
  let url: URL;
  try {
    url = new URL(req.url, `http://${host}`);
  } catch {
    return { ok: false, status: 400, reason: 'url' };
  }
  const given = header(req.headers, TOKEN_HEADER) ?? url.searchParams.get('t') ?? undefined;
  if (!sameToken(given, token)) return { ok: false, status: 403, reason: 'token' };
  // Writes come from the page's script only: a form or link from elsewhere cannot set the header.
  if (req.method !== 'GET' && req.method !== 'HEAD' && header(req.headers, TOKEN_HEADER) === undefined) return { ok: false, status: 403, reason: 'token' };
  return { ok: true, path: url.pathname, query: url.searchParams };
}
