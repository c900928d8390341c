import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Helpers for the explorer journeys: waiting for the graph, clicking a node
 * on the Cytoscape canvas, reading the graph's edges and watching for
 * uncaught errors. They wait on visible state, never on fixed delays.
 */

/** Collects uncaught page errors; assert the array is empty at the end of a test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  return errors;
}

/** The explorer's regions, by their landmarks and headings. */
export function regions(page: Page) {
  return {
    timeline: page.locator('section.explorer-timeline'),
    graph: page.locator('section.explorer-graph'),
    lists: page.locator('section.explorer-lists'),
    detail: page.locator('aside.explorer-detail'),
    reader: page.locator('section.explorer-reader'),
    canvas: page.getByTestId('actor-graph-canvas'),
  };
}

/** Waits until the lazily loaded graph has drawn its nodes. */
export async function waitForGraph(page: Page): Promise<void> {
  await expect(page.getByTestId('actor-graph-canvas')).toBeVisible();
  await page.waitForFunction(() => {
    const cy = window.__atharCy;
    return !!cy && !cy.destroyed() && cy.nodes().length > 0 && document.querySelector('[data-testid="actor-graph-canvas"] canvas') !== null;
  });
}

/** Opens the explorer at `query` (e.g. `?actor=john-kerry`) and waits for the timeline and the graph. */
export async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
  await waitForGraph(page);
}

/** Ids of the edges the graph draws now, sorted. */
export async function graphEdgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.__atharCy;
    if (!cy) throw new Error('no graph');
    return cy
      .edges()
      .filter((e) => e.visible())
      .map((e) => e.id())
      .sort();
  });
}

/** Every drawn edge with the events behind it (the graph's own data). */
export async function graphEdges(page: Page): Promise<{ id: string; type: string; events: string[] }[]> {
  return page.evaluate(() => {
    const cy = window.__atharCy;
    if (!cy) throw new Error('no graph');
    return cy.edges().map((e) => ({ id: e.id(), type: String(e.data('type')), events: [...(e.data('events') as string[])] }));
  });
}

/**
 * Clicks an actor's node on the canvas, as a mouse user does: the node's
 * rendered position inside the container plus the container's box on the
 * page. Scrolls the canvas into view first, checks the node is inside the
 * visible canvas and that nothing covers that point, then clicks.
 */
export async function clickGraphNode(page: Page, actorId: string): Promise<void> {
  const canvas = page.getByTestId('actor-graph-canvas');
  await canvas.scrollIntoViewIfNeeded();
  // The page's scroll event reaches Cytoscape only with the next frame; until then it maps a click with the
  // container position it cached before the scroll (a person cannot click within a frame of scrolling, a test can).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const point = await page.evaluate((id) => {
    const cy = window.__atharCy;
    if (!cy) throw new Error('no graph');
    const node = cy.getElementById(id);
    if (node.empty()) throw new Error(`no node ${id}`);
    const container = cy.container();
    if (!container) throw new Error('graph has no container');
    const box = container.getBoundingClientRect();
    const at = node.renderedPosition();
    const x = box.left + at.x;
    const y = box.top + at.y;
    const inside = at.x > 0 && at.y > 0 && at.x < box.width && at.y < box.height;
    const hit = document.elementFromPoint(x, y);
    return { x, y, inside, onCanvas: !!hit && container.contains(hit) };
  }, actorId);
  expect(point.inside, `node ${actorId} is inside the visible canvas`).toBe(true);
  expect(point.onCanvas, `nothing covers node ${actorId}`).toBe(true);
  await page.mouse.click(point.x, point.y);
}

/** Parameters of the page's current URL. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Whether `inner` lies (at least partly) within the visible part of `outer` and of the viewport. */
export async function visibleWithin(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  if (!a || !b) return false;
  const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  return overlapX > 0 && overlapY > 0;
}

/** Describes the focused element for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    const text = (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `<${a.tagName.toLowerCase()}${a.getAttribute('role') ? ` role=${a.getAttribute('role')}` : ''}> ${text}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`,
 * at most `limit` times; returns how many presses it took.
 */
export async function tabUntil(page: Page, selector: string, limit = 200, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press(key);
    const ok = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    if (ok) return i;
  }
  throw new Error(`focus did not reach ${selector} in ${limit} presses of ${key}; it is on ${await describeFocus(page)}`);
}
