import { expect, test, type Page } from '@playwright/test';
import { snap, VIEWPORTS } from './helpers';
import { describeFocus, openExplorer, params, regions, tabUntil, watchErrors } from './explorer';

/**
 * Journey (c), keyboard only: no mouse event is sent. Tab to the event list,
 * move with the arrow keys, select with Enter, read the event's panel, open
 * its evidence in the reader and reach the outlined passage there.
 */

const LISTBOX = 'section.explorer-lists [role="listbox"]';
const OPEN_IN_SOURCE = 'aside.explorer-detail button.panel-open';
/** A highlight piece of the reader, which is a Tab stop (the first piece of each passage). */
/** A highlight piece inside the outlined range. */
const FOCUSED_PASSAGE = 'section.explorer-reader .rdr-focus [data-ref], section.explorer-reader .rdr-focus[tabindex]';

/** The active option of the event list (aria-activedescendant), by id and title. */
async function activeOption(page: Page): Promise<{ id: string; title: string }> {
  return page.locator(LISTBOX).evaluate((list) => {
    const id = list.getAttribute('aria-activedescendant') ?? '';
    const option = document.getElementById(id);
    return { id, title: option?.children[1]?.textContent ?? '' };
  });
}

/** Keyboard focus stays visible: the focused element draws an outline or a ring. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || !el.matches(':focus-visible')) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
  });
}

/** Moves focus from the start of the page to the event list and selects the third event. */
async function selectThirdEventByKeyboard(page: Page): Promise<{ title: string; eventId: string }> {
  const list = page.locator(LISTBOX);
  await tabUntil(page, LISTBOX, 150);
  expect(await focusIsVisible(page), 'the event list shows it has focus').toBe(true);
  const first = await activeOption(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const third = await activeOption(page);
  expect(third.id).not.toBe(first.id);
  const options = list.getByRole('option');
  expect(await options.nth(2).getAttribute('id')).toBe(third.id);
  // Arrows move the active option only; nothing is selected until Enter.
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(0);
  expect(params(page).get('event')).toBeNull();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]event=[^&]+/);
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  // Focus stays in the list, on the same option, so the user can go on browsing.
  expect(await page.evaluate((sel) => document.activeElement?.matches(sel), LISTBOX)).toBe(true);
  expect((await activeOption(page)).id).toBe(third.id);
  return { title: third.title, eventId: params(page).get('event')! };
}

for (const viewport of VIEWPORTS) {
  test(`keyboard journey at ${viewport.width}px: event list → event panel → passage in the reader`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(viewport);
    await openExplorer(page);
    const { detail, reader } = regions(page);

    // 1–2. Tab to the event list; arrows move; Enter selects → the event panel shows.
    const { title } = await selectThirdEventByKeyboard(page);
    const panel = detail.locator('section.panel-event');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(title);
    await expect(panel.getByRole('heading', { level: 3, name: /^Evidence \(\d+ passages?\)$/ })).toBeVisible();
    await snap(page, 'keyboard-1-event-selected', { fullPage: false });

    // 3. Tab on to the first "Open in source" of the panel and press Enter.
    await tabUntil(page, OPEN_IN_SOURCE, 200);
    expect(await focusIsVisible(page), `visible focus on ${await describeFocus(page)}`).toBe(true);
    const figure = page.locator(`${OPEN_IN_SOURCE}:focus`).locator('xpath=ancestor::figure[1]');
    const passage = (await figure.getAttribute('data-passage'))!;
    const [sourceId] = passage.split(':');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]source=${sourceId}(&|$)`));
    await expect(reader.getByRole('tab', { selected: true })).toHaveCount(1);
    const article = reader.locator('article.rdr-text');
    await expect(article).toHaveAttribute('data-focus', /^p-\d+-\d+$/);
    const outlined = article.locator('.rdr-focus[data-focused]');
    await expect(outlined.first()).toBeVisible();
    await snap(page, 'keyboard-2-opened', { fullPage: false });

    // 4. "Open in source" moved keyboard focus onto the outlined passage itself: no hunting with Tab and arrows.
    await expect
      .poll(() => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, FOCUSED_PASSAGE), { timeout: 3000 })
      .toBe(true);
    // Read it: the focused highlight is the Arabic words, focus is visible and in view.
    const focused = page.locator(':focus');
    await expect(focused).toHaveText(/[\u0600-\u06FF]/);
    expect(await focusIsVisible(page)).toBe(true);
    await expect(focused).toBeInViewport();
    await snap(page, 'keyboard-3-passage', { fullPage: false });

    expect(errors).toEqual([]);
  });
}

/** "Open in source" opens exactly the passage it sits on and takes the keyboard there. */
test.describe('"Open in source"', () => {
  test('"Open in source" outlines the passage it was pressed on, not the event’s first evidence', async ({ page }) => {
    await openExplorer(page, '?event=us-china-agree-cyber-working-group');
    const { detail, reader } = regions(page);
    const button = detail.locator('button.panel-open').last();
    const [sourceId, range] = (await button.locator('xpath=ancestor::figure[1]').getAttribute('data-passage'))!.split(':');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]source=${sourceId}(&|$)`));
    await expect(reader.locator('article.rdr-text')).toHaveAttribute('data-focus', `p-${range}`, { timeout: 3000 });
  });

  test('"Open in source" moves keyboard focus to the outlined passage', async ({ page }) => {
    await openExplorer(page, '?event=li-keqiang-calls-to-end-war-of-words');
    const button = regions(page).detail.locator('button.panel-open').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]source=/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.explorer-reader .rdr-focus') !== null), { timeout: 3000 })
      .toBe(true);
  });
});
