/**
 * Athar's security headers, in one place for the production server
 * (`proxy.ts`), the static export (`scripts/secure-static-export.ts` writes
 * them for the host and as a `<meta>` policy) and the tests that hold both to
 * them.
 *
 * Scripts: every page is prerendered, so each inline script Next writes into
 * a page (its bootstrap and the React Server Components payload) is fixed
 * when the page is built. The policy allows exactly those, by their SHA-256
 * hashes, plus script files from the app's own origin ('self', which covers
 * /_next/static). No 'unsafe-inline', no 'unsafe-eval'. A nonce alone would
 * not do: it changes per response, and a prerendered page (or the static
 * export) cannot carry a different nonce in each response without being
 * rendered per request. The server adds one per response anyway, for the few
 * pages it does render per request (see pagePolicy).
 *
 * Styles keep 'unsafe-inline': React style attributes (the timeline's and
 * panels' computed positions) and Cytoscape's container styles are inline
 * styles, and CSS cannot run script. Everything else is the app's own origin
 * or nothing: images may also be data: and blob: URLs, which figure export
 * makes (an SVG drawn into a canvas, a PNG download). Workers may only come
 * from the app's own script files: the explorer's search runs in one.
 *
 * No `upgrade-insecure-requests`: a briefing laptop serves Athar over plain
 * HTTP on 127.0.0.1, where upgrading its own requests to HTTPS would break it.
 */

import commonHeaders from './common-headers.json';

/** A CSP hash source for a script's text: `'sha256-<base64>'`. */
export type ScriptHashSource = `'sha256-${string}'`;

/** The directives every HTML page gets; `script-src` adds the page's own script hashes. */
const PAGE_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  // The explorer's search index lives in a worker loaded from the app's own script files (components/explorer/search.worker).
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta http-equiv>` policy cannot carry (the browser ignores them there). */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors', 'sandbox', 'report-uri']);

/**
 * The policy of an HTML page whose inline scripts hash to `scriptHashes`.
 * `nonce` also allows the scripts of a page the server renders for this one
 * request (a 404 under a dynamic route, a record past the prerendered bound):
 * Next reads the nonce from the request's policy and puts it on every script
 * it writes. `forMeta` leaves out what only a header can say (frame-ancestors).
 */
export function pagePolicy(scriptHashes: readonly ScriptHashSource[], options: { forMeta?: boolean; nonce?: string } = {}): string {
  const sources: string[] = [...new Set(scriptHashes)].sort();
  if (options.nonce !== undefined) {
    if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(options.nonce)) throw new Error(`pagePolicy: "${options.nonce}" is not a base64 nonce of at least 16 characters`);
    sources.unshift(`'nonce-${options.nonce}'`);
  }
  return PAGE_DIRECTIVES.filter(([name]) => !(options.forMeta && HEADER_ONLY_DIRECTIVES.has(name)))
    .map(([name, value]) => (name === 'script-src' && sources.length > 0 ? `${name} ${value} ${sources.join(' ')}` : `${name} ${value}`))
    .join('; ');
}

/**
 * The policy of everything that is not a page (the exchange downloads, the
 * icon): nothing may load or run, even when a browser is asked to show the
 * file as a document, and nothing may frame it.
 */
export const RESOURCE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/**
 * Headers every response carries, pages, files, redirects and 404s alike.
 * They live in common-headers.json so that next.config.js (plain CommonJS)
 * sends the very same values. Permissions-Policy turns off the powerful
 * features Athar never uses and keeps full screen (the briefing's F key) for
 * Athar's own pages.
 */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({ ...commonHeaders });

/** Splits a policy into directive name → its sources, for tests and checks. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
