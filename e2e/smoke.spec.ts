import { expect, test } from '@playwright/test';
import { snap } from './helpers';

test('the production build serves the dataset’s sources, actors and events', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('link', { name: /كيري|Kerry/ }).first()).toBeVisible();
  await page.goto('/actors');
  await expect(page.getByRole('link', { name: 'John Kerry' })).toBeVisible();
  await page.goto('/events');
  await expect(page.locator('ol li').first()).toBeVisible();
  await snap(page, 'smoke-events');
  expect(errors).toEqual([]);
});
