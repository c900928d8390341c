/**
 * After `ATHAR_STATIC_EXPORT=1 npm run build` (it runs as `postbuild`):
 * puts each exported page's Content-Security-Policy in a <meta> tag and
 * writes `_headers` and `nginx-security.conf` for the host (see
 * lib/security/static-export.ts). Every file is written atomically (temporary
 * file, then rename). Without ATHAR_STATIC_EXPORT=1 there is no `out/` to
 * secure and it does nothing: `next start` sends the headers itself.
 *
 *   npx tsx scripts/secure-static-export.ts [OUT_DIR]
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { netlifyHeaders, nginxHeaders, withMetaPolicy } from '../lib/security/static-export';

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function main(): void {
  const explicit = process.argv[2];
  if (!explicit && process.env.ATHAR_STATIC_EXPORT !== '1') return;
  // Next writes the export to `out/`, or to the build folder when ATHAR_DIST_DIR names another one.
  const distDir = process.env.ATHAR_DIST_DIR;
  const out = explicit ?? (distDir && distDir !== '.next' ? distDir : 'out');
  const pages = htmlFiles(out);
  if (pages.length === 0) throw new Error(`${out}: no HTML pages; run ATHAR_STATIC_EXPORT=1 npm run build first`);
  for (const page of pages) writeAtomically(page, withMetaPolicy(readFileSync(page, 'utf8'), page));
  writeAtomically(join(out, '_headers'), netlifyHeaders());
  writeAtomically(join(out, 'nginx-security.conf'), nginxHeaders());
  console.log(`${out}: a Content-Security-Policy <meta> in ${pages.length} pages; _headers and nginx-security.conf for the host`);
}

main();
