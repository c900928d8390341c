import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { snap, VIEWPORTS } from './helpers';
import { graphEdgeIds, graphEdges, openExplorer, params, regions, waitForGraph, watchErrors } from './explorer';

/**
 * Journey (b): an analyst drags a period in the timeline's brush strip. The
 * graph keeps only the relations with an event in that period (and says so),
 * the period is in the URL, a reload gives the same window and the same
 * graph, and "Clear period" brings every relation back.
 */

/** Event dates straight from the dataset: the oracle the graph is checked against. */
const EVENT_DATES: ReadonlyMap<string, { earliest: string | null; latest: string | null }> = new Map(
  (JSON.parse(readFileSync(join(__dirname, '..', 'data', 'events.json'), 'utf8')) as { id: string; date: { earliest: string | null; latest: string | null } }[]).map(
    (e) => [e.id, { earliest: e.date.earliest, latest: e.date.latest }],
  ),
);

/** Whether an event's possible dates meet the window (ISO days compare as strings; null is open). */
function meetsWindow(eventId: string, from: string, to: string): boolean {
  const d = EVENT_DATES.get(eventId);
  if (!d) throw new Error(`unknown event ${eventId}`);
  return (d.earliest === null || d.earliest <= to) && (d.latest === null || d.latest >= from);
}

/** Drags across the brush strip from `a` to `b` (fractions of its width), as a mouse user does. */
async function brush(page: Page, a: number, b: number): Promise<void> {
  const overlay = page.getByTestId('brush').locator('rect.overlay');
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  if (!box) throw new Error('brush strip not drawn');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * a, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((a + b) / 2), y, { steps: 5 });
  await page.mouse.move(box.x + box.width * b, y, { steps: 5 });
  await page.mouse.up();
}

for (const viewport of VIEWPORTS) {
  test(`brush journey at ${viewport.width}px: a period filters the graph, survives a reload and clears`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(viewport);
    await openExplorer(page);
    const notice = page.getByTestId('window-notice');
    await expect(notice).toHaveCount(0);
    const before = await graphEdges(page);
    const beforeIds = before.map((e) => e.id).sort();
    expect(beforeIds.length).toBeGreaterThan(10);
    await snap(page, 'brush-1-start');
    const stripTop = () => page.getByTestId('brush').locator('rect.overlay').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const topBefore = await stripTop();

    // 1. Brush from about May to August 2013.
    await brush(page, 0.42, 0.72);
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const from = params(page).get('from')!;
    const to = params(page).get('to')!;
    expect(from < to, `${from} is before ${to}`).toBe(true);

    // The notice says what is hidden, with the window's dates and a way back.
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`between ${from} and ${to}`);
    await expect(notice.getByRole('button', { name: 'Clear period' })).toBeVisible();
    // On a desktop the notice fills a box already laid out: the strip the pointer is on does not move.
    if (viewport.width > 1100) expect(await stripTop(), 'the brush strip stays where it was brushed').toBeCloseTo(topBefore, 0);
    // The band stays drawn in the strip.
    const band = page.getByTestId('brush').locator('rect.selection');
    await expect(band).toBeVisible();
    expect((await band.boundingBox())!.width).toBeGreaterThan(20);

    // 2. The graph keeps exactly the relations with an event in the window.
    await expect.poll(async () => (await graphEdgeIds(page)).length).toBeLessThan(beforeIds.length);
    const after = await graphEdges(page);
    const afterIds = after.map((e) => e.id).sort();
    expect(afterIds.length, 'some relations remain in the window').toBeGreaterThan(0);
    for (const id of afterIds) expect(beforeIds, `edge ${id} existed before`).toContain(id);
    for (const edge of after) {
      expect(edge.events.length, `edge ${edge.id} shown in the window has an event`).toBeGreaterThan(0);
      for (const e of edge.events) expect(meetsWindow(e, from, to), `event ${e} of ${edge.id} meets ${from}..${to}`).toBe(true);
    }
    for (const edge of before.filter((e) => !afterIds.includes(e.id))) {
      const inside = edge.events.filter((e) => meetsWindow(e, from, to));
      expect(inside, `edge ${edge.id} hidden although events of it meet the window`).toEqual([]);
    }
    // The graph's title counts what it draws.
    await expect(regions(page).graph.locator('.actor-graph__count')).toContainText(`${afterIds.length} links`);
    await snap(page, 'brush-2-window');

    // 3. Reload: same window, same graph.
    await page.reload();
    await waitForGraph(page);
    expect(params(page).get('from')).toBe(from);
    expect(params(page).get('to')).toBe(to);
    await expect(notice).toContainText(`between ${from} and ${to}`);
    await expect.poll(() => graphEdgeIds(page)).toEqual(afterIds);
    await expect(band).toBeVisible();
    await snap(page, 'brush-3-reloaded');

    // 4. "Clear period" restores every relation.
    await notice.getByRole('button', { name: 'Clear period' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&](from|to)=/);
    await expect.poll(() => graphEdgeIds(page)).toEqual(beforeIds);
    await expect(band).toBeHidden();
    await snap(page, 'brush-4-cleared');

    expect(errors).toEqual([]);
  });
}
