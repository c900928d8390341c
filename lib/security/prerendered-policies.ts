/**
 * The Content-Security-Policy of each URL the production server answers,
 * from the build's own output: Next lists every prerendered route in
 * `<distDir>/prerender-manifest.json` and writes each page's HTML to
 * `<distDir>/server/app/<route>.html`. A page's policy allows exactly the
 * inline scripts in that HTML (see policy.ts), so it is computed from the file
 * the server sends, once per route, and cannot drift from it.
 *
 * Every URL that is not a prerendered route is answered by a 404: the
 * prerendered not-found page, or, under a dynamic route (`/actors/[id]`,
 * whose records past the prerendered bound render on request), a 404 or
 * record page rendered for that request, whose scripts carry the request's
 * nonce. So it gets the not-found page's hashes and the nonce. Routes that are
 * files (the exchange downloads, the icon) get the resource policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes } from './inline-scripts';
import { pagePolicy, RESOURCE_POLICY, type ScriptHashSource } from './policy';

const NOT_FOUND_ROUTE = '/_not-found';

interface PrerenderManifest {
  routes: Record<string, { routeType?: string; initialStatus?: number }>;
}

export interface PrerenderedPolicies {
  /**
   * The policy for a request path (as the server sees it, without the query);
   * `nonce` (fresh for each request) covers a page rendered for that request.
   */
  policyFor(pathname: string, nonce?: string): string;
  /** Every prerendered route and whether it is a page or a file. */
  routes: ReadonlyMap<string, 'page' | 'file'>;
}

/** The HTML file Next writes for a prerendered page route. */
export function pageHtmlFile(distDir: string, route: string): string {
  return join(distDir, 'server', 'app', `${route === '/' ? '/index' : route}.html`);
}

function readManifest(distDir: string): PrerenderManifest {
  const file = join(distDir, 'prerender-manifest.json');
  const parsed: unknown = JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as PrerenderManifest).routes !== 'object') {
    throw new Error(`${file}: no "routes" object; is this a production build of Athar?`);
  }
  return parsed as PrerenderManifest;
}

/**
 * Reads the manifest of the build in `distDir` (throws, naming the file, when
 * it is missing or malformed); page policies are computed on first use.
 */
export function loadPrerenderedPolicies(distDir: string): PrerenderedPolicies {
  const manifest = readManifest(distDir);
  const routes = new Map<string, 'page' | 'file'>();
  for (const [route, entry] of Object.entries(manifest.routes)) {
    routes.set(route, entry.routeType === 'route' ? 'file' : 'page');
  }
  if (routes.get(NOT_FOUND_ROUTE) !== 'page') throw new Error(`${join(distDir, 'prerender-manifest.json')}: no ${NOT_FOUND_ROUTE} page`);

  const pageHashes = new Map<string, ScriptHashSource[]>();
  const policyOfPage = (route: string, nonce: string | undefined): string => {
    let hashes = pageHashes.get(route);
    if (hashes === undefined) {
      hashes = inlineScriptHashes(readFileSync(/* turbopackIgnore: true */ pageHtmlFile(distDir, route), 'utf8'));
      pageHashes.set(route, hashes);
    }
    return pagePolicy(hashes, { nonce });
  };

  return {
    routes,
    policyFor(pathname: string, nonce?: string): string {
      const kind = routes.get(pathname);
      if (kind === 'file') return RESOURCE_POLICY;
      if (kind === 'page') return policyOfPage(pathname, nonce);
      // Every other path is a 404: the prerendered not-found page, or one rendered for the request (nonce).
      return policyOfPage(NOT_FOUND_ROUTE, nonce);
    },
  };
}
