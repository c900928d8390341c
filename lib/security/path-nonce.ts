/**
 * The script nonce of a page the server renders on request. Next caches such
 * a render (a record past the prerendered bound, the 404 of an unknown id)
 * and replays it to later requests for the same path, nonce attributes and
 * all; a fresh nonce per response would then block the replayed scripts. So
 * the nonce is fixed per path and build: an HMAC of the decoded path under a
 * random key kept in the build folder (created on first use, atomically). It
 * cannot be guessed without the key, and a page rendered by the server holds
 * no markup from its request (React escapes the path), so a fixed nonce
 * allows nothing but what the server itself rendered for that path.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_FILE = 'athar-csp-nonce.key';

/** The build's nonce key: read from `<distDir>/athar-csp-nonce.key`, or made and written there (temp file + rename). */
export function loadNonceKey(distDir: string): Buffer {
  const file = join(distDir, KEY_FILE);
  try {
    return readKey(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(/* turbopackIgnore: true */ temporary, randomBytes(32).toString('base64'), { mode: 0o600 });
  renameSync(/* turbopackIgnore: true */ temporary, file);
  // Read back: a second server started at the same moment may have renamed its key over ours.
  return readKey(file);
}

function readKey(file: string): Buffer {
  const key = Buffer.from(readFileSync(/* turbopackIgnore: true */ file, 'utf8').trim(), 'base64');
  if (key.length < 32) throw new Error(`${file}: the nonce key is shorter than 32 bytes; delete the file to make a new one`);
  return key;
}

/** The nonce for a request path; well-formed percent-encoding assumed (see path-encoding.ts), so `/a/%78` and `/a/x` share one. */
export function pathNonce(key: Buffer, pathname: string): string {
  const decoded = pathname.split('/').map((segment) => decodeURIComponent(segment)).join('/');
  return createHmac('sha256', key).update(decoded, 'utf8').digest('base64url').slice(0, 24);
}
