import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { brokenOneWordButtons, SCREENSHOT_DIR, snap } from './helpers';
import { axisTicks } from './briefing-helpers';
import { openExplorer, params, regions, waitForGraph, watchErrors } from './explorer';

/**
 * The explorer in Arabic: the switch puts `lang=ar` in the address, the page
 * mirrors (details on the left of the timeline at 1440 px), the timeline
 * runs right to left, and the language survives a selection, a reload and
 * the site's links. No sideways scroll at 1440 or 390 px; axe finds no
 * serious violation.
 */
const LOOK_DIR = process.env.I18N_SHOTS_DIR ?? '/tmp/i18n-shots';

test('the language switch mirrors the explorer, runs the timeline right to left, and survives selection and reload', async ({ page }) => {
  const errors = watchErrors(page);
  await openExplorer(page);
  await page.getByTestId('language-switch').click();
  await page.waitForURL((url) => url.searchParams.get('lang') === 'ar');
  await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 2, name: 'الخط الزمني' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'الموقع' }).getByRole('link', { name: 'الإحاطات' })).toBeVisible();

  // Mirrored: the detail column sits left of the timeline, the search box at the right.
  const { timeline, detail } = regions(page);
  const [timelineBox, detailBox] = [await timeline.boundingBox(), await detail.boundingBox()];
  expect(detailBox!.x + detailBox!.width).toBeLessThanOrEqual(timelineBox!.x + 1);

  // Right to left in the scale: an earlier tick is drawn further right.
  const ticks = await axisTicks(page, '.explorer-timeline');
  expect(ticks.length).toBeGreaterThan(2);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeLessThan(ticks[i - 1]!.x);

  // Words drawn on the graph's canvas follow the language too (relation names on the edges).
  const edgeLabels = await page.evaluate(() => window.__atharCy!.edges().map((e) => String(e.data('label'))));
  expect(edgeLabels.length).toBeGreaterThan(0);
  for (const label of edgeLabels) expect(label).toMatch(/[\u0600-\u06FF]/);

  // Select an actor: the address keeps the language, the panel speaks Arabic.
  await regions(page).lists.locator('[data-actor-id="john-kerry"]').click();
  await page.waitForURL((url) => url.searchParams.get('actor') === 'john-kerry');
  expect(params(page).get('lang')).toBe('ar');
  await expect(detail.getByRole('heading', { name: /التصريحات/ })).toBeVisible();
  await page.reload();
  await waitForGraph(page);
  await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
  await expect(detail.getByRole('heading', { name: /التصريحات/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await snap(page, 'explorer-ar-kerry', { fullPage: false });
  mkdirSync(LOOK_DIR, { recursive: true });
  copyFileSync(join(SCREENSHOT_DIR, 'explorer-ar-kerry-1440.png'), join(LOOK_DIR, 'explorer-ar-kerry.png'));

  // The site's links carry the language; the switch brings English back.
  await page.getByRole('navigation', { name: 'الموقع' }).getByRole('link', { name: 'الفاعلون' }).click();
  await page.waitForURL((url) => url.pathname === '/actors' && url.searchParams.get('lang') === 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الفاعلون');
  // The tab title follows the Arabic heading, and drops back to the English metadata with the switch.
  await expect(page).toHaveTitle('الفاعلون · أثر');
  await page.getByTestId('language-switch').click();
  await page.waitForURL((url) => url.pathname === '/actors' && url.searchParams.get('lang') === null);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actors');
  await expect(page).toHaveTitle('Actors · Athar');
  await page.locator('html[dir="ltr"]').waitFor({ state: 'attached' });
  expect(errors).toEqual([]);
});

test('the Arabic explorer on a phone does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=ar&event=li-keqiang-calls-to-end-war-of-words');
  await waitForGraph(page);
  await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await brokenOneWordButtons(page), 'one-word buttons broken over two lines').toEqual([]);
  await snap(page, 'explorer-ar-event', { fullPage: false });
  copyFileSync(join(SCREENSHOT_DIR, 'explorer-ar-event-390.png'), join(LOOK_DIR, 'explorer-ar-event-390.png'));
});

test('the Arabic explorer and record pages have no serious accessibility violation', async ({ page }) => {
  test.setTimeout(180_000); // five pages, each analysed whole by axe
  for (const path of ['/?lang=ar&actor=john-kerry', '/actors/wang-yi?lang=ar', '/events?lang=ar', '/sources/aljazeera-2013-05-15?lang=ar', '/no-such-page?lang=ar']) {
    await page.goto(path);
    await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(800);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
});
