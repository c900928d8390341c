// @ts-check
/**
 * Static export by default: Athar must run from a folder on a briefing laptop
 * with no network. `ATHAR_OUTPUT=standalone` is not used; `next start` serves
 * the same pages for development and tests.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  output: process.env.ATHAR_STATIC_EXPORT === '1' ? 'export' : undefined,
  trailingSlash: false,
  // A separate build folder lets a benchmark or a second test run build beside the main one.
  distDir: process.env.ATHAR_DIST_DIR || '.next',
};

module.exports = nextConfig;
