/**
 * The Content-Security-Policy of each URL the production server answers,
 * from the build's own output: Next lists every prerendered route in
 * `<distDir>/prerender-manifest.json` and writes each page's HTML to
 * `<distDir>/server/app/<route>.html`. A page's policy allows exactly the
 * inline scripts in that HTML (see policy.ts), so it is computed from the file
 * the server sends, once per route, and cannot drift from it.
 *
 * Every URL that is not a prerendered route is answered by the not-found page
 * (all routes are static and `dynamicParams` is off), so it gets that page's
 * policy. Routes that are files (the exchange downloads, the icon) get the
 * resource policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes } from './inline-scripts';
import { pagePolicy, RESOURCE_POLICY } from './policy';

const NOT_FOUND_ROUTE = '/_not-found';

interface PrerenderManifest {
  routes: Record<string, { routeType?: string; initialStatus?: number }>;
}

export interface PrerenderedPolicies {
  /** The policy for a request path (as the server sees it, without the query). */
  policyFor(pathname: string): string;
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

  const pagePolicies = new Map<string, string>();
  const policyOfPage = (route: string): string => {
    let policy = pagePolicies.get(route);
    if (policy === undefined) {
      policy = pagePolicy(inlineScriptHashes(readFileSync(/* turbopackIgnore: true */ pageHtmlFile(distDir, route), 'utf8')));
      pagePolicies.set(route, policy);
    }
    return policy;
  };

  return {
    routes,
    policyFor(pathname: string): string {
      // `/_not-found` itself is not a URL the server answers with 200; it and every unknown path get the 404 page.
      const kind = routes.get(pathname);
      if (kind === 'file') return RESOURCE_POLICY;
      if (kind === 'page') return policyOfPage(pathname);
      return policyOfPage(NOT_FOUND_ROUTE);
    },
  };
}
