import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What every page of the hostile build must show: no payload ran (no
 * `window.__pwned`, no dialog, no uncaught error), no payload became markup
 * (no element or attribute it would have made), no horizontal scroll of
 * the page, and no bidi override reaching text outside its own data string.
 */

export const SHOT_DIR = process.env.HOSTILE_SHOTS ?? '/tmp/hostile-shots';

/** Records dialogs and uncaught errors from the moment the page opens. */
export function watch(page: Page): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(`${error.name}: ${error.message}`));
  return seen;
}

/** Markup a payload would have made had it been inserted as HTML. */
export async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]')) found.push(el.outerHTML.slice(0, 80));
    for (const a of document.querySelectorAll('a[href]')) {
      if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) found.push(a.outerHTML.slice(0, 80));
    }
    for (const s of document.querySelectorAll('script:not([src])')) {
      // Next's own inline scripts carry the payload as escaped JSON; a script whose whole body is the payload ran as markup.
      if ((s.textContent ?? '').trim() === 'window.__pwned=1') found.push('inline <script>window.__pwned=1</script>');
    }
    return found;
  });
}

export async function expectInert(page: Page, seen: { dialogs: string[]; errors: string[] }, label: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `${label}: window.__pwned`).toBeUndefined();
  expect(seen.dialogs, `${label}: dialogs`).toEqual([]);
  expect(seen.errors, `${label}: uncaught errors`).toEqual([]);
  expect(await injectedMarkup(page), `${label}: markup made from data`).toEqual([]);
}

/** How far the page scrolls sideways, in px (0 when it fits its viewport). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Text nodes holding a right-to-left override (U+202E) left open, whose effect could
 * reach interface text around them: the override ends at the end of its
 * paragraph unless an element isolates it (`unicode-bidi: isolate` or
 * `plaintext`, as `<bdi>` and any element with `dir` have), so the node is
 * safe when an element between it and its block isolates, or when the
 * block holds nothing but this node's text.
 */
export async function unisolatedOverrides(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // Only an override left open can reach past its own string.
      if (text.lastIndexOf('\u202E') <= text.lastIndexOf('\u202C')) continue;
      let el = node.parentElement;
      let safe = false;
      while (el) {
        const style = getComputedStyle(el);
        if (/isolate|plaintext/.test(style.unicodeBidi)) {
          safe = true;
          break;
        }
        // An SVG <text> is laid out on its own, like a paragraph; the <svg> around it is no inline run of the page.
        const paragraph = el instanceof SVGTextElement || (!(el instanceof SVGElement) && !style.display.startsWith('inline'));
        if (paragraph) {
          safe = (el.textContent ?? '').trim() === text.trim();
          break;
        }
        el = el.parentElement;
      }
      if (!safe) bad.push(`<${node.parentElement?.tagName.toLowerCase()} class="${node.parentElement?.className}"> in "${(node.parentElement?.closest('p,li,h1,h2,h3,dd,td,div')?.textContent ?? '').slice(0, 60)}"`);
    }
    return bad;
  });
}

export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOT_DIR, { recursive: true });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.screenshot({ path: join(SHOT_DIR, `${name}-${width}.png`) });
}
