/**
 * Sends each response's Content-Security-Policy (the headers that are the
 * same everywhere come from next.config.js). Pages are static, so the proxy
 * only looks up the policy computed from the page's prerendered HTML (see
 * lib/security/prerendered-policies.ts); it never changes what is rendered.
 *
 * `next dev` renders per request with scripts React only writes in
 * development (and uses eval), so no policy is set there: the policy is a
 * property of the production build, and the tests check it there.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { join } from 'node:path';
import { loadPrerenderedPolicies, type PrerenderedPolicies } from '@/lib/security/prerendered-policies';

let policies: PrerenderedPolicies | null = null;

function productionPolicies(): PrerenderedPolicies {
  // Loaded on the first request, when the build the server runs is complete on disk.
  policies ??= loadPrerenderedPolicies(join(/* turbopackIgnore: true */ process.cwd(), process.env.ATHAR_DIST_DIR || '.next'));
  return policies;
}

export function proxy(request: NextRequest): NextResponse {
  const response = NextResponse.next();
  if (process.env.NODE_ENV !== 'production') return response;
  response.headers.set('Content-Security-Policy', productionPolicies().policyFor(request.nextUrl.pathname));
  return response;
}

export const config = {
  // Script and style files need no policy of their own (the page's governs them).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
