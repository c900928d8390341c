import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR, snap } from './helpers';
import { axisTicks, layoutProblems, offline } from './briefing-helpers';

/**
 * The default briefing in the Arabic interface at a projector's 1920 × 1080:
 * stepped through with the keyboard, a screenshot per step, the page right
 * to left, every step's Arabic title and narrative, body text of 24 px or
 * more, nothing overlapping or off screen, and the timeline running right
 * to left (its earliest day on the right). English is covered step by step
 * in briefing.spec.ts.
 */
const BRIEFING = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'briefings', 'accusations-to-working-group.json'), 'utf8')) as {
  id: string;
  title: { en: string; ar: string };
  steps: { title: { en: string; ar: string }; narrative: { en: string; ar?: string } }[];
};
const COUNT = BRIEFING.steps.length;
/** A few screenshots are copied here to be looked at outside the test run. */
const LOOK_DIR = process.env.I18N_SHOTS_DIR ?? '/tmp/i18n-shots';

test.use({ viewport: { width: 1920, height: 1080 } });

async function ready(page: Page, step: number): Promise<void> {
  await page.locator('html[data-briefing-keys="ready"][data-briefing-sync="on"][dir="rtl"]').waitFor({ state: 'attached' });
  await expect(page.getByTestId('briefing-counter')).toHaveText(`الخطوة ${step} من ${COUNT}`);
  await page.waitForFunction(() => window.__atharCy !== undefined && !window.__atharCy.animated());
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(250);
}

test('steps through the default briefing in Arabic with the keyboard: right to left, readable, nothing overlapping', async ({ page }) => {
  const seen = offline(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/briefing/${BRIEFING.id}?lang=ar`);
  mkdirSync(LOOK_DIR, { recursive: true });
  for (let step = 1; step <= COUNT; step++) {
    await ready(page, step);
    const { title, narrative } = BRIEFING.steps[step - 1]!;
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.ar);
    await expect(page).toHaveTitle(`${title.ar} · أثر`);
    await expect(page.locator('.briefing-title-ar')).toHaveText(title.en);
    expect(narrative.ar, `step ${step} has an Arabic narrative`).toBeTruthy();
    await expect(page.locator('.briefing-narrative')).toHaveText(narrative.ar!);
    const url = new globalThis.URL(page.url());
    if (step > 1) expect([url.searchParams.get('step'), url.searchParams.get('lang')]).toEqual([String(step), 'ar']);

    const sizes = await page.evaluate(() =>
      ['.briefing-narrative', '.briefing-meta', '.briefing-quote', '.briefing-gloss', '.briefing-citation', 'h1'].map((s) => [s, parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)] as const),
    );
    for (const [selector, size] of sizes) expect(size, selector).toBeGreaterThanOrEqual(24);
    expect(await page.locator('.briefing-narrative').evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).fontFamily])).toEqual([
      'rtl',
      expect.stringContaining('Noto Naskh Arabic'),
    ]);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // Right to left, decided in the scale: every later day is drawn further left, the earliest on the right.
    const ticks = await axisTicks(page, '.briefing-timeline');
    expect(ticks.length).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x, `day ${ticks[i]!.day} left of day ${ticks[i - 1]!.day}`).toBeLessThan(ticks[i - 1]!.x);

    await snap(page, `briefing-ar-step-${step}`, { fullPage: false });
    if ([1, 5, 8].includes(step)) copyFileSync(join(SCREENSHOT_DIR, `briefing-ar-step-${step}-1920.png`), join(LOOK_DIR, `briefing-ar-step-${step}.png`));
    if (step < COUNT) await page.keyboard.press(step % 2 === 1 ? 'ArrowRight' : 'PageDown');
  }
  await page.keyboard.press('Home');
  await ready(page, 1);
  await page.keyboard.press('End');
  await ready(page, COUNT);
  await page.keyboard.press('ArrowLeft');
  await ready(page, COUNT - 1);
  // Leaving keeps the language: the explorer opens in Arabic.
  await page.keyboard.press('Escape');
  await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('lang') === 'ar');
  await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
  expect(seen).toEqual({ external: [], errors: [] });
});

test('the presenter, print and index pages speak Arabic and keep the language on their links', async ({ page }) => {
  await page.goto(`/briefing/${BRIEFING.id}/presenter?lang=ar&step=2`);
  await expect(page.getByTestId('presenter-counter')).toHaveText(`الخطوة 2 من ${COUNT}`);
  await expect(page.locator('#presenter-current-title')).toHaveText(BRIEFING.steps[1]!.title.ar);
  await expect(page.getByRole('link', { name: 'افتح نافذة الجمهور' })).toHaveAttribute('href', new RegExp(`step=2.*lang=ar|lang=ar.*step=2`));
  await page.goto(`/briefing/${BRIEFING.id}/print?lang=ar`);
  await expect(page.locator('.print-step h2').first()).toHaveText(BRIEFING.steps[0]!.title.ar);
  await expect(page.getByRole('link', { name: 'العودة إلى الإحاطة' })).toHaveAttribute('href', `/briefing/${BRIEFING.id}?lang=ar`);
  await page.goto('/briefing?lang=ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإحاطات');
  await expect(page.getByRole('link', { name: 'اعرض' })).toHaveAttribute('href', `/briefing/${BRIEFING.id}?lang=ar`);
});

test('the Arabic briefing, presenter, print and index pages have no serious accessibility violation', async ({ page }) => {
  test.setTimeout(180_000); // four pages, each analysed whole by axe
  for (const path of [`/briefing/${BRIEFING.id}?lang=ar`, `/briefing/${BRIEFING.id}/presenter?lang=ar`, `/briefing/${BRIEFING.id}/print?lang=ar`, '/briefing?lang=ar']) {
    await page.goto(path);
    await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
