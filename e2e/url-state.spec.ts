import { expect, test } from '@playwright/test';
import { snap } from './helpers';
import { graphEdgeIds, openExplorer, params, regions, waitForGraph, watchErrors } from './explorer';

/**
 * The URL is the explorer's state: back and forward step through
 * selections, a copied link opens the same view elsewhere, a hand-mangled
 * address is explained rather than fatal, and unknown records are a real 404.
 */

test('back and forward restore each selection', async ({ page }) => {
  const errors = watchErrors(page);
  await openExplorer(page);
  const { detail } = regions(page);
  const kerry = page.locator('button[data-actor-id="john-kerry"]');
  const eventList = page.locator('section.explorer-lists [role="listbox"]');
  const emptyDetail = detail.getByRole('heading', { level: 2, name: 'Details' });
  const actorHeading = detail.locator('section.panel-actor h2');
  const eventHeading = detail.locator('section.panel-event h2');
  await expect(emptyDetail).toBeVisible();

  // Three steps: an actor, then one of his events, then one of his statements.
  await kerry.click();
  await expect(actorHeading).toContainText('John Kerry');
  const eventOption = eventList.locator('[role="option"][data-emphasis="highlighted"]').first();
  const eventTitle = (await eventOption.locator('span').nth(1).textContent())!;
  await eventOption.click();
  await expect(eventHeading).toContainText(eventTitle);
  const eventId = params(page).get('event');
  expect(eventId).not.toBeNull();
  expect(params(page).get('actor')).toBe('john-kerry');

  // Back: the actor panel again, no event selected anywhere.
  await page.goBack();
  await expect(page).toHaveURL(/\?actor=john-kerry$/);
  await expect(actorHeading).toContainText('John Kerry');
  await expect(eventList.locator('[aria-selected="true"]')).toHaveCount(0);
  await expect(kerry).toHaveAttribute('aria-pressed', 'true');

  // Back again: nothing selected.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(emptyDetail).toBeVisible();
  await expect(kerry).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => page.evaluate(() => window.__atharCy?.nodes('.selected').length ?? -1)).toBe(0);

  // Forward twice: the actor, then the event, as they were.
  await page.goForward();
  await expect(actorHeading).toContainText('John Kerry');
  await expect.poll(() => page.evaluate(() => window.__atharCy?.getElementById('john-kerry').hasClass('selected'))).toBe(true);
  await page.goForward();
  await expect(eventHeading).toContainText(eventTitle);
  expect(params(page).get('event')).toBe(eventId);
  await expect(eventList.locator('[aria-selected="true"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a link to the explorer from the explorer itself clears the view, and back brings the selection back', async ({ page }) => {
  const errors = watchErrors(page);
  await openExplorer(page);
  const { detail } = regions(page);
  const kerry = page.locator('button[data-actor-id="john-kerry"]');
  await kerry.click();
  await expect(detail.locator('section.panel-actor h2')).toContainText('John Kerry');
  // The header's link is a navigation by Next's router, not by the explorer: the views must follow it all the same.
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Explorer' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(detail.getByRole('heading', { level: 2, name: 'Details' })).toBeVisible();
  await expect(kerry).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => page.evaluate(() => window.__atharCy?.nodes('.selected').length ?? -1)).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL(/\?actor=john-kerry$/);
  await expect(kerry).toHaveAttribute('aria-pressed', 'true');
  await expect(detail.locator('section.panel-actor h2')).toContainText('John Kerry');
  expect(errors).toEqual([]);
});

test('a copied link opens the same view in a fresh browser', async ({ page, browser }) => {
  const errors = watchErrors(page);
  await openExplorer(page);
  // Build a view by hand: an actor, a relation type switched off, a statement open in the reader.
  await page.locator('button[data-actor-id="john-kerry"]').click();
  const statements = regions(page).detail.locator('article[data-statement]');
  await expect(statements).toHaveCount(3);
  await page.getByRole('checkbox', { name: /^accuses/ }).click();
  await expect(page).toHaveURL(/[?&]relations=/);
  await statements.first().locator('mark.panel-exact').click();
  await expect(page).toHaveURL(/[?&]statement=/);
  const link = page.url();
  const edges = await graphEdgeIds(page);
  const focus = await regions(page).reader.locator('article.rdr-text').getAttribute('data-focus');
  expect(focus).toMatch(/^p-\d+-\d+$/);

  // Paste it into a new browser context: no history, no storage, nothing shared.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const other = await context.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(link);
  await waitForGraph(other);
  expect(other.url()).toBe(link);
  await expect(regions(other).detail.locator('section.panel-actor h2')).toContainText('John Kerry');
  await expect(other.getByRole('checkbox', { name: /^accuses/ })).not.toBeChecked();
  await expect(other.getByRole('checkbox', { name: /^meets/ })).toBeChecked();
  await expect.poll(() => graphEdgeIds(other)).toEqual(edges);
  await expect(regions(other).reader.locator('article.rdr-text')).toHaveAttribute('data-focus', focus!);
  await expect(regions(other).reader.locator('.rdr-focus').first()).toBeVisible();
  await snap(other, 'url-copied-link', { fullPage: false });
  await context.close();
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test('malformed parameters are explained in visible notices, and the explorer still works', async ({ page }) => {
  const errors = watchErrors(page);
  await openExplorer(page, '?actor=nobody&from=2013-13-01&zzz=1');
  const notices = page.getByTestId('url-notice');
  await expect(notices).toHaveCount(3);
  await expect(notices.filter({ hasText: 'Unknown actor "nobody" was ignored.' })).toBeVisible();
  await expect(notices.filter({ hasText: '"from" must be a date like 2013-04-13; "2013-13-01" was ignored.' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Unknown parameter "zzz" was ignored.' })).toBeVisible();
  // Nothing half-applied: no window, no selection; the whole graph is drawn.
  await expect(page.getByTestId('window-notice')).toHaveCount(0);
  await expect(regions(page).detail.getByRole('heading', { level: 2, name: 'Details' })).toBeVisible();
  const all = await graphEdgeIds(page);
  expect(all.length).toBeGreaterThan(10);
  await snap(page, 'url-malformed', { fullPage: false });

  // The page still answers: selecting an actor works and drops the bad parameters' effects.
  await page.locator('button[data-actor-id="wang-yi"]').click();
  await expect(regions(page).detail.locator('section.panel-actor h2')).toContainText('Wang Yi');
  await expect(page).toHaveURL(/\/\?actor=wang-yi$/);
  await expect(notices).toHaveCount(0);

  // More mangling: reversed window, unknown relation types, a value that looks like markup.
  await openExplorer(page, '?from=2013-05-01&to=2013-04-01&relations=bogus&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&event=');
  await expect(notices.filter({ hasText: '"from" is after "to"; the window was ignored.' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Unknown relation type "bogus" was ignored.' })).toBeVisible();
  await expect(page.getByTestId('window-notice')).toHaveCount(0);
  expect(await graphEdgeIds(page)).toEqual(all);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const path of ['/actors/nobody', '/events/nobody', '/sources/nobody', '/no-such-page']) {
  test(`unknown ${path} is a 404 page with status 404`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the explorer' })).toHaveAttribute('href', '/');
    expect(errors).toEqual([]);
  });
}
