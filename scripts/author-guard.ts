/**
 * Who may talk to the authoring server. It listens on 127.0.0.1 only, but
 * that alone does not stop a web page in the reviewer's browser from
 * reaching it: a page on another site can post to localhost (CSRF), and a
 * hostile domain can re-point its DNS to 127.0.0.1 and read the answers
 * (DNS rebinding). Both carry a foreign Host or Origin, so both are refused:
 *
 * - Host must name this server: `127.0.0.1:<port>` or `localhost:<port>`.
 * - Origin, when sent, must be this server's own origin.
 * - A request that writes (POST) must send its Origin and a JSON body type,
 *   which a cross-site form cannot do without a CORS preflight the server
 *   never grants.
 */
import type { IncomingHttpHeaders } from 'node:http';

export const LOOPBACK = '127.0.0.1';

/** The origins this server answers as. */
export function ownOrigins(port: number): string[] {
  return [`http://${LOOPBACK}:${port}`, `http://localhost:${port}`];
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Why the request must be refused (a 403), or null when it may go on. */
export function refusal(method: string | undefined, headers: IncomingHttpHeaders, port: number): string | null {
  const origins = ownOrigins(port);
  const host = single(headers.host)?.toLowerCase();
  if (host === undefined || !origins.some((o) => o === `http://${host}`)) {
    return `Host "${host ?? ''}" is not this server; open ${origins[0]}/ instead`;
  }
  const origin = single(headers.origin)?.toLowerCase();
  if (origin !== undefined && !origins.includes(origin)) return `Origin "${origin}" is not this server`;
  const site = single(headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `a ${site} request is not accepted`;
  if (method !== 'GET' && method !== 'HEAD') {
    if (origin === undefined) return 'a request that writes must send its Origin';
    const type = single(headers['content-type'])?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return 'a request that writes must send JSON (Content-Type: application/json)';
  }
  return null;
}

/** Headers on every answer: no framing (clickjacking), no sniffing, nothing but our own scripts and styles, no caching. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
