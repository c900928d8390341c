#!/usr/bin/env node
// Serves Athar's static export (ATHAR_STATIC_EXPORT=1 npm run build) the way a
// plain host on a briefing laptop would: files only, `/x` → `x.html`, the
// export's 404.html for anything else, and the security headers the export
// lists in its `_headers` file. No Next, no network.
//   node scripts/serve-static.mjs [folder=out] [port=3470]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.argv[3] ?? 3470);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`${root}: no index.html; build the export first: ATHAR_STATIC_EXPORT=1 npm run build`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.csv': 'text/csv; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8', '.jsonld': 'application/ld+json; charset=utf-8',
};

/** The `/*` block of the export's `_headers` file (Netlify/Cloudflare format), as header pairs. */
function hostHeaders() {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return [];
  const pairs = [];
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) { inAll = line.trim() === '/*'; continue; }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) pairs.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return pairs;
}
const headers = hostHeaders();

/** The file a request path names inside the export, or null (never a path outside it). */
function resolveFile(urlPath) {
  let decoded;
  try { decoded = decodeURIComponent(urlPath); } catch { return null; }
  const base = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  for (const [key, value] of headers) res.setHeader(key, value);
  res.writeHead(status, { 'Content-Type': TYPES[path.extname(body)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') return res.end();
  createReadStream(body).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Athar static export: http://127.0.0.1:${port}/ (${root})`));
