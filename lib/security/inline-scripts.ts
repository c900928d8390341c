/**
 * The inline scripts of a prerendered HTML page and their CSP hashes.
 *
 * A browser hashes the text between `<script …>` and the first `</script`
 * (HTML raw text: nothing in it is decoded), encoded as UTF-8. Next escapes
 * `<` inside the scripts it writes, and every source text Athar shows is
 * rendered as escaped text, so the first `</script` after an opening tag is
 * the one the browser ends the script at, and a plain scan finds exactly the
 * scripts the browser will run.
 */
import { createHash } from 'node:crypto';
import type { ScriptHashSource } from './policy';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** The text of each inline script (no `src`, not empty), in document order. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const [, attributes = '', text = ''] = match;
    if (!HAS_SRC.test(attributes) && text !== '') found.push(text);
  }
  return found;
}

/** `'sha256-…'` for one script text, as a browser computes it. */
export function scriptHashSource(text: string): ScriptHashSource {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The distinct hash sources of a page's inline scripts. */
export function inlineScriptHashes(html: string): ScriptHashSource[] {
  return [...new Set(inlineScripts(html).map(scriptHashSource))];
}
