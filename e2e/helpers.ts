import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Screenshots land here so a reviewer can look at every journey step. */
export const SCREENSHOT_DIR = join(__dirname, 'screenshots');

/** Waits for web fonts (Arabic shaping) and any running layout before a screenshot. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.waitForTimeout(150);
}

/**
 * Saves e2e/screenshots/<name>-<width>.png. The whole page by default; pass
 * `{ fullPage: false }` for what the user sees now: a full-page capture
 * resizes the viewport, which re-lays out panes sized in vh and loses their
 * inner scroll positions (the reader scrolled to a passage).
 */
export async function snap(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await settle(page);
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: options.fullPage ?? true });
}

/** The two viewports every journey is checked at: a laptop and a phone. */
export const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** The one-word button labels broken over two lines ("Fit" had broken into "Fi" and "t" on a phone); empty when none is. */
export async function brokenOneWordButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((button) => /^\S{2,}$/u.test((button.textContent ?? '').trim()) && button.getClientRects().length > 0)
      .filter((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1;
      })
      .map((button) => button.textContent ?? ''),
  );
}
