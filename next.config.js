// @ts-check
/**
 * Every page is static. `ATHAR_STATIC_EXPORT=1` writes them as a plain folder
 * (`out/`) that a briefing laptop can serve with no network; without it,
 * `next start` serves the same pages for development and tests.
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
