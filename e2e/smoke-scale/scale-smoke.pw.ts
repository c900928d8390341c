/**
 * The benchmark's smoke form (issue #5) on the synthetic dataset of
 * playwright.smoke.config.ts: the same measurement `npm run bench` makes,
 * judged only on whether the page works — both views draw, the scripted
 * zoom and pan runs (on the graph it pans the view), the timed selections
 * and brushes reach every view, nothing is logged as an error — and a click
 * on an actor, in the list and on the canvas, opens its panel. Timing is
 * never asserted.
 */
import { expect, test, type Page } from '@playwright/test';
import { measureCase } from '../../scripts/bench/measure';

const EVENTS = 1000;
/** Past the canvas renderer's threshold (components/graph/scale.ts): this suite drives our own graph canvas. */
const ACTORS = 500;

for (const view of ['timeline', 'graph'] as const) {
  test(`the ${view} draws, zooms and pans without an error`, async ({ browser, baseURL }) => {
    const interactions = view === 'timeline';
    const result = await measureCase(browser, `${baseURL}/`, { view, events: EVENTS, actors: ACTORS, relations: 3 * ACTORS, interactions, drawTimeoutMs: 120_000, firstDrawLoads: 1 });
    expect(result.errors).toEqual([]);
    expect(result.firstDrawMs).not.toBeNull();
    expect(result.frames).toBeGreaterThan(30);
    expect(result.heapMB).toBeGreaterThan(0);
    if (interactions) {
      // Every one of the five selections and brushes was seen in every view (a try that never was leaves the max unknown).
      expect(result.selectActorMaxMs).not.toBeNull();
      expect(result.brushMaxMs).not.toBeNull();
    }
  });
}

async function openExplorer(page: Page, errors: string[], path = '/'): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(path);
  await expect(page.locator('[data-testid="actor-graph-canvas"][data-drawn="true"]')).toBeAttached({ timeout: 120_000 });
}

for (const lang of ['en', 'ar'] as const) {
  test(`the windowed event list keeps each line of an event apart and inside its row (${lang})`, async ({ page }) => {
    const errors: string[] = [];
    await openExplorer(page, errors, lang === 'ar' ? '/?lang=ar' : '/');
    const list = page.locator('.explorer-lists ul[role="listbox"][data-windowed="true"]');
    await list.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(list.locator('[role="option"]').first()).toBeVisible();
    // Each option's lines: whole in height, none over another, each inside its row (a grid of fixed height once squeezed them into 76 px, cutting every line).
    const faults = await list.evaluate((el) =>
      Array.from(el.querySelectorAll('[role="option"]'))
        .slice(0, 6)
        .flatMap((option, n) => {
          const row = option.getBoundingClientRect();
          const lines = Array.from(option.children).map((span) => ({ name: span.className, box: span.getBoundingClientRect(), cut: span.scrollHeight > span.clientHeight + 1 })).filter((l) => l.box.width > 0 && l.box.height > 0);
          const out: string[] = [];
          // A line may end in an ellipsis, but not lose its lower half: a span shorter than its text.
          for (const l of lines) if (l.cut) out.push(`option ${n}: ${l.name} cut to ${Math.round(l.box.height)} px`);
          for (const l of lines) if (l.box.top < row.top - 0.5 || l.box.bottom > row.bottom + 0.5) out.push(`option ${n}: ${l.name} outside its row`);
          for (const [i, a] of lines.entries()) {
            for (const b of lines.slice(i + 1)) {
              const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
              const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
              if (w > 1 && h > 1) out.push(`option ${n}: ${a.name} overlaps ${b.name}`);
            }
          }
          return out;
        }),
    );
    expect(faults).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the timeline\'s words, sent apart, come through a worker into the event list without a scroll', async ({ page }) => {
  const errors: string[] = [];
  // The search box is not used here, so the only worker is the one reading the words; it ends once they are in.
  const ended = new Promise<string>((resolve) => page.on('worker', (worker) => worker.on('close', () => resolve(worker.url()))));
  const words = page.waitForResponse((response) => response.url().endsWith('/data/timeline-text.json') && response.ok(), { timeout: 120_000 });
  await openExplorer(page, errors, '/');
  await words;
  const list = page.locator('.explorer-lists ul[role="listbox"][data-windowed="true"]');
  await list.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const first = list.locator('[role="option"]').first();
  // Every option in view gets its title when the words come: none still says it is loading, none is empty.
  await expect(first).not.toContainText('Loading the title', { timeout: 60_000 });
  const titles = await list.locator('[role="option"] > span:nth-child(2)').evaluateAll((spans) => spans.map((s) => (s.textContent ?? '').trim()));
  expect(titles.length).toBeGreaterThan(3);
  expect(titles.filter((t) => t === '' || t.startsWith('Loading the title'))).toEqual([]);
  expect(await ended).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_next\/static\//);
  expect(errors).toEqual([]);
});

test('the windowed event list and the reader\'s tabs scroll inside their own boxes, not the page', async ({ page }) => {
  const errors: string[] = [];
  await openExplorer(page, errors, '/');
  const list = page.locator('.explorer-lists ul[role="listbox"][data-windowed="true"]');
  await list.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(list.locator('[role="option"]').first()).toBeVisible();
  // Bounded by its max-height (28rem): the room standing for a thousand options once made the list itself 76,000 px tall.
  const box = (await list.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(450);
  const tabs = page.locator('.reader-tabs');
  expect((await tabs.boundingBox())!.height).toBeLessThanOrEqual(9.75 * 16 + 1);
  expect(await tabs.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  // A wheel over the list scrolls the list: later options come into the DOM and the page stays where it was.
  const pageY = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
  await expect.poll(() => list.locator('[role="option"]').first().getAttribute('aria-posinset').then(Number)).toBeGreaterThan(10);
  expect(await page.evaluate(() => window.scrollY)).toBe(pageY);
  expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  expect(errors).toEqual([]);
});

test('the lists link records without a page of their own to the explorer, and a missing record page offers it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/events');
  const links = page.locator('ol.record-list > li a[href]');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // Pages are made for the first 100 events in the list's own (date) order; the rest open the explorer.
  expect(hrefs.slice(0, 100).every((h) => /^\/events\/[^/?]+$/.test(h))).toBe(true);
  expect(hrefs.length).toBeGreaterThan(100);
  expect(hrefs.slice(100).every((h) => /^\/\?event=[^&]+$/.test(h))).toBe(true);
  const first = await page.request.get(hrefs[0]!);
  expect(first.status()).toBe(200);
  // A record page that was not made: the not-found page offers the explorer on that record, which opens it.
  const beyond = decodeURIComponent(hrefs[100]!.replace('/?event=', ''));
  const response = await page.goto(`/events/${encodeURIComponent(beyond)}`);
  expect(response?.status()).toBe(404);
  const offer = page.getByTestId('record-not-found-hint').getByRole('link');
  await expect(offer).toHaveAttribute('href', `/?event=${encodeURIComponent(beyond)}`);
  await offer.click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${beyond.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(&|$)`));
  await expect(page.locator('.explorer-detail [role="heading"], .explorer-detail h2, .explorer-detail h3').first()).toBeVisible({ timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('a click on an actor in the list opens its panel', async ({ page }) => {
  const errors: string[] = [];
  await openExplorer(page, errors);
  const button = page.locator('button[data-actor-id]').first();
  const name = (await button.locator('.actor-list__en').textContent())?.trim() ?? '';
  await button.click();
  await expect(page).toHaveURL(/[?&]actor=/);
  await expect(page.getByRole('heading', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a selection made with both canvases out of view shows on each as it is scrolled back into view', async ({ page }) => {
  const errors: string[] = [];
  await openExplorer(page, errors);
  const canvases = { timeline: page.locator('canvas[data-timeline-canvas]'), graph: page.locator('[data-testid="actor-graph-canvas"] canvas') };
  const pixels = () => Promise.all([canvases.timeline.evaluate((c: HTMLCanvasElement) => c.toDataURL()), canvases.graph.evaluate((c: HTMLCanvasElement) => c.toDataURL())]);
  const frames = (n: number) => page.evaluate((count) => new Promise<void>((resolve) => { const step = (k: number) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1))); step(count); }), n);
  // The last actor in the list: far below both canvases.
  const button = page.locator('.explorer-lists button[data-actor-id]').last();
  await button.scrollIntoViewIfNeeded();
  await frames(3);
  for (const canvas of Object.values(canvases)) expect(await canvas.evaluate((c) => c.getBoundingClientRect().bottom)).toBeLessThan(-100);
  const before = await pixels();
  await button.click();
  const id = (await button.getAttribute('data-actor-id'))!;
  await expect.poll(() => page.evaluate((actor) => window.__atharGraph!.focusOf(actor), id)).toBe('selected');
  await frames(3);
  // Out of view, neither has repainted.
  expect(await pixels()).toEqual(before);
  // Brought back, each shows the selection: the timeline its events ringed, the graph the actor named.
  for (const [name, canvas] of Object.entries(canvases)) {
    await canvas.evaluate((c) => c.scrollIntoView({ block: 'center' }));
    await frames(3);
    const index = name === 'timeline' ? 0 : 1;
    expect((await pixels())[index], `${name} repainted once in view`).not.toEqual(before[index]);
  }
  expect(errors).toEqual([]);
});

test('a click on an actor on the canvas opens its panel', async ({ page }) => {
  const errors: string[] = [];
  await openExplorer(page, errors);
  const canvas = page.locator('[data-testid="actor-graph-canvas"]');
  await expect(canvas).toHaveAttribute('data-renderer', 'canvas');
  await canvas.scrollIntoViewIfNeeded();
  // The busiest actor's node, where the canvas draws it now (a neighbour drawn over it may take the click: any actor will do).
  const target = await page.evaluate(() => {
    const graph = window.__atharGraph!;
    const busiest = graph.figure().nodes.reduce((a, b) => (b.r > a.r ? b : a));
    return graph.renderedPosition(busiest.id)!;
  });
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + target.x, box.y + target.y);
  await expect(page).toHaveURL(/[?&]actor=/);
  const id = new URL(page.url()).searchParams.get('actor')!;
  const name = await page.evaluate((actor) => window.__atharGraph!.figure().nodes.find((n) => n.id === actor)?.labelEn ?? 'undefined', id);
  expect(name).not.toBe('undefined');
  await expect(page.getByRole('heading', { name }).first()).toBeVisible();
  // The canvas shows the focus: the clicked actor selected, the picture settled.
  await expect.poll(() => page.evaluate((actor) => window.__atharGraph!.focusOf(actor), id)).toBe('selected');
  await expect.poll(() => page.evaluate(() => window.__atharGraph!.settled())).toBe(true);
  expect(errors).toEqual([]);
});

test('"Export graph (SVG)" saves the canvas graph as it stands, every actor in it', async ({ page }) => {
  const errors: string[] = [];
  await openExplorer(page, errors);
  await page.locator('.explorer-timeline .figure-export-menu > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export graph (SVG)' }).click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(path, 'utf8');
  const ids = await page.evaluate(() => window.__atharGraph!.nodeIds());
  expect(ids).toHaveLength(ACTORS);
  // One group per actor, named by its id (lines are groups too, named by theirs).
  for (const id of ids.slice(0, 25)) expect(text).toContain(`<g data-id="${id}">`);
  expect((text.match(/<g data-id="/g) ?? []).length).toBeGreaterThanOrEqual(ACTORS);
  expect(errors).toEqual([]);
});

test('pressing an actor, on the canvas or in the list, asks for its records before the click is complete', async ({ page }) => {
  const errors: string[] = [];
  await openExplorer(page, errors);
  const shardOf = (id: string) => (request: { url(): string }) => new URL(request.url()).pathname === `/data/actors/${id}.json`;

  // On the canvas: the busiest actor's node (it has events, so a shard), held down.
  const canvas = page.locator('[data-testid="actor-graph-canvas"]');
  await canvas.scrollIntoViewIfNeeded();
  const node = await page.evaluate(() => {
    const graph = window.__atharGraph!;
    const busiest = graph.figure().nodes.reduce((a, b) => (b.r > a.r ? b : a));
    const p = graph.renderedPosition(busiest.id)!;
    // A neighbour drawn over it may be the one under the pointer: that one is pressed.
    return { ...p, id: graph.elementAt(p.x, p.y)?.id ?? busiest.id };
  });
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + node.x, box.y + node.y);
  const pressed = page.waitForRequest(shardOf(node.id), { timeout: 15_000 });
  await page.mouse.down();
  await pressed;
  await expect(page).not.toHaveURL(/[?&]actor=/);
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${node.id}(&|$)`));

  // In the list: another actor's button, held down.
  const button = page.locator(`button[data-actor-id]:not([data-actor-id="${node.id}"])`).first();
  const listed = (await button.getAttribute('data-actor-id'))!;
  await button.scrollIntoViewIfNeeded();
  const at = (await button.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  const asked = page.waitForRequest(shardOf(listed), { timeout: 15_000 });
  await page.mouse.down();
  await asked;
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${node.id}(&|$)`));
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${listed}(&|$)`));
  expect(errors).toEqual([]);
});
