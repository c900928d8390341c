// First-load JavaScript per route, gzip-compressed, from the build's own
// statistics (.next/diagnostics/route-bundle-stats.json; Next 16 no longer
// prints it). Writes bench/bundle-size.json and fails when the explorer route
// exceeds its budget.
//   node scripts/bundle-size.mjs [--budget-kb 250] [--route /]
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const budgetKb = Number(option('--budget-kb', '250'));
const guarded = option('--route', '/');
const distDir = process.env.ATHAR_DIST_DIR || '.next';
const statsFile = join(distDir, 'diagnostics', 'route-bundle-stats.json');
if (!existsSync(statsFile)) {
  console.error(`${statsFile} is missing: run "npm run build" first.`);
  process.exit(1);
}

const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
const gzipCache = new Map();
const gzipBytes = (chunk) => {
  if (!gzipCache.has(chunk)) {
    // Chunk paths are recorded relative to the repo with the default dist dir.
    const path = existsSync(chunk) ? chunk : join(distDir, chunk.replace(/^\.next\//, ''));
    gzipCache.set(chunk, gzipSync(readFileSync(path), { level: 9 }).length);
  }
  return gzipCache.get(chunk);
};

const routes = stats
  .map((r) => ({ route: r.route, gzipKB: +(r.firstLoadChunkPaths.reduce((sum, c) => sum + gzipBytes(c), 0) / 1024).toFixed(1), rawKB: +(r.firstLoadUncompressedJsBytes / 1024).toFixed(1) }))
  .sort((a, b) => a.route.localeCompare(b.route));

console.log('route'.padEnd(24), 'first-load JS gzip', ' (raw)');
for (const r of routes) console.log(r.route.padEnd(24), `${r.gzipKB} KB`.padStart(18), ` (${r.rawKB} KB)`);

mkdirSync('bench', { recursive: true });
const out = { measuredAt: new Date().toISOString(), budgetKB: budgetKb, routes };
writeFileSync('bench/bundle-size.json.tmp', JSON.stringify(out, null, 2) + '\n');
renameSync('bench/bundle-size.json.tmp', 'bench/bundle-size.json');

const explorer = routes.find((r) => r.route === guarded);
if (!explorer) {
  console.error(`route ${guarded} not found in ${statsFile}`);
  process.exit(1);
}
if (explorer.gzipKB > budgetKb) {
  console.error(`${guarded} loads ${explorer.gzipKB} KB of gzip JavaScript, over the ${budgetKb} KB budget.`);
  process.exit(1);
}
console.log(`${guarded}: ${explorer.gzipKB} KB gzip, within the ${budgetKb} KB budget.`);
