import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The static export served by a plain file server: the explorer, a record
 * page and the default briefing work with no Next server and no network,
 * under the per-page Content-Security-Policy <meta> the export carries.
 */

const BRIEFING = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'data', 'briefings', 'accusations-to-working-group.json'), 'utf8')) as {
  id: string;
  steps: { title: { en: string } }[];
};

/** Collects what would make a briefing laptop fail: page errors, CSP violations, requests off the machine. */
function watch(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') problems.push(`off-machine request: ${request.url()}`);
  });
  return { problems };
}

test('the explorer works from the export: the views draw, search finds an actor, and a click on an actor opens its panel', async ({ page }) => {
  const { problems } = watch(page);
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="actor-graph-canvas"][data-drawn="true"]')).toBeAttached();
  await expect(page.locator('[data-drawn="true"]').first()).toBeAttached();
  // The search index comes from the export's /data/search/<k>.json files.
  const box = page.getByRole('combobox');
  await box.fill('الصين');
  await expect(page.getByRole('option').first()).toContainText('China');
  await box.press('Escape');
  const button = page.locator('button[data-actor-id="china"]').first();
  await button.click();
  await expect(page).toHaveURL(/[?&]actor=china/);
  await expect(page.getByRole('heading', { name: /China/ }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a record page and the 404 come from files', async ({ page }) => {
  const { problems } = watch(page);
  await page.goto('/actors/china');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('China');
  const missing = await page.goto('/actors/no-such-actor');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});

test('the default briefing steps with the keyboard from the export', async ({ page }) => {
  const { problems } = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/briefing/${BRIEFING.id}`);
  await page.locator('html[data-briefing-keys="ready"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIEFING.steps[0]!.title.en);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIEFING.steps[1]!.title.en);
  await expect(page).toHaveURL(/[?&]step=2/);
  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIEFING.steps.at(-1)!.title.en);
  expect(problems).toEqual([]);
});
