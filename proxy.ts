/**
 * Sends each response's Content-Security-Policy (the headers that are the
 * same everywhere come from next.config.js): the hashes of the prerendered
 * page's inline scripts (lib/security/prerendered-policies.ts) and a nonce,
 * which Next puts on the scripts of a page it renders on request (a 404 under
 * a dynamic route, a record past the prerendered bound); the nonce is fixed
 * per path and build because Next caches and replays those renders (see
 * lib/security/path-nonce.ts). A prerendered page is served as built.
 *
 * It also answers a path that is not valid percent-encoding with a 400
 * (see lib/security/path-encoding.ts), which Next would answer with a 500.
 *
 * `next dev` renders per request with scripts React only writes in
 * development (and uses eval), so no policy is set there: the policy is a
 * property of the production build, and the tests check it there.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { join } from 'node:path';
import { MALFORMED_PATH_MESSAGE, malformedPathSegment } from '@/lib/security/path-encoding';
import { loadNonceKey, pathNonce } from '@/lib/security/path-nonce';
import { RESOURCE_POLICY } from '@/lib/security/policy';
import { loadPrerenderedPolicies, type PrerenderedPolicies } from '@/lib/security/prerendered-policies';

let build: { policies: PrerenderedPolicies; nonceKey: Buffer } | null = null;

function productionBuild(): { policies: PrerenderedPolicies; nonceKey: Buffer } {
  // Loaded on the first request, when the build the server runs is complete on disk.
  const distDir = join(/* turbopackIgnore: true */ process.cwd(), process.env.ATHAR_DIST_DIR || '.next');
  build ??= { policies: loadPrerenderedPolicies(distDir), nonceKey: loadNonceKey(distDir) };
  return build;
}

export function proxy(request: NextRequest): NextResponse {
  if (malformedPathSegment(request.nextUrl.pathname) !== null) {
    return new NextResponse(MALFORMED_PATH_MESSAGE, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': RESOURCE_POLICY, 'Cache-Control': 'no-store' },
    });
  }
  if (process.env.NODE_ENV !== 'production') return NextResponse.next();
  const { policies, nonceKey } = productionBuild();
  const pathname = request.nextUrl.pathname;
  const policy = policies.policyFor(pathname, pathNonce(nonceKey, pathname));
  // Next reads the nonce from the request's policy when it renders a page for this request, and marks its scripts with it.
  const forwarded = new Headers(request.headers);
  forwarded.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Script and style files need no policy of their own (the page's governs them).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
