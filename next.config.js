// @ts-check
/**
 * Every page is static. `ATHAR_STATIC_EXPORT=1` writes them as a plain folder
 * (`out/`) that a briefing laptop can serve with no network; without it,
 * `next start` serves the same pages for development and tests.
 */
const isStaticExport = process.env.ATHAR_STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  output: isStaticExport ? 'export' : undefined,
  trailingSlash: false,
  // A separate build folder lets a benchmark or a second test run build beside the main one.
  distDir: process.env.ATHAR_DIST_DIR || '.next',
  // A busy actor of a 100,000-event dataset has a page of thousands of events: on 2 cores it can take over the default 60 s.
  staticPageGenerationTimeout: 300,
};

// Security headers on every response of `next start` (the per-page
// Content-Security-Policy comes from proxy.ts). A static export has no server:
// scripts/secure-static-export.ts writes the same headers for its host.
if (!isStaticExport) {
  // next.config.js is CommonJS, where require is the way to read the shared JSON.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const commonSecurityHeaders = require('./lib/security/common-headers.json');
  nextConfig.headers = async () => [
    { source: '/:path*', headers: Object.entries(commonSecurityHeaders).map(([key, value]) => ({ key, value: String(value) })) },
  ];
}

module.exports = nextConfig;
