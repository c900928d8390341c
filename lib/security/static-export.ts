/**
 * Security for the static export (`ATHAR_STATIC_EXPORT=1`, the folder `out/`),
 * which has no server to send headers. Each HTML page gets its own policy as
 * a `<meta http-equiv="Content-Security-Policy">` first in its head (before
 * any script, so it governs them all): the hashes of its inline scripts, as
 * under `next start`. What a meta policy cannot say (frame-ancestors), and
 * the other headers, are for the host: `_headers` (the format of Netlify and
 * Cloudflare Pages) and `nginx-security.conf` are written beside the pages.
 * A host that sends that small header policy adds it to the page's meta
 * policy: browsers enforce both.
 */
import { inlineScriptHashes } from './inline-scripts';
import { COMMON_SECURITY_HEADERS, pagePolicy } from './policy';

/** The policy the host sends for every path: what only a header can carry, plus the strictest page directives. */
export const HOST_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** The page with its meta policy first in `<head>` (replacing one a previous run added). */
export function withMetaPolicy(html: string, file: string): string {
  const withoutOld = html.replace(META, '');
  const policy = pagePolicy(inlineScriptHashes(withoutOld), { forMeta: true });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const head = /<head(\s[^>]*)?>/i.exec(withoutOld);
  if (!head) throw new Error(`${file}: no <head> to put the Content-Security-Policy in`);
  const at = head.index + head[0].length;
  return `${withoutOld.slice(0, at)}${meta}${withoutOld.slice(at)}`;
}

/** `_headers` for Netlify / Cloudflare Pages: every path gets the common headers and the host policy. */
export function netlifyHeaders(): string {
  const lines = ['# Security headers for Athar\'s static export (written by scripts/secure-static-export.ts).', '/*'];
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Content-Security-Policy: ${HOST_POLICY}`);
  return `${lines.join('\n')}\n`;
}

/** The same for nginx: `include` it in the `server` or `location` block that serves the folder. */
export function nginxHeaders(): string {
  const lines = ['# Security headers for Athar\'s static export (written by scripts/secure-static-export.ts).', '# Each page carries its own script policy in a <meta> tag; this adds what only a header can say.'];
  for (const [name, value] of Object.entries({ ...COMMON_SECURITY_HEADERS, 'Content-Security-Policy': HOST_POLICY })) {
    lines.push(`add_header ${name} "${value}" always;`);
  }
  return `${lines.join('\n')}\n`;
}
