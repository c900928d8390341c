/**
 * One benchmark case in Chromium: open the explorer, wait for the view to
 * mark its first complete drawing, then zoom and pan it in 60 scripted
 * steps (20 wheel steps in, a 20-step drag, 20 wheel steps out, each step
 * waiting for a frame) while the page records its frame intervals; then
 * the JS heap after a forced GC and, on the largest dataset, how long a
 * selection and a brushed period take to reach every view.
 */
import { loadavg } from 'node:os';
import type { Browser, Page } from '@playwright/test';
import { PROBE_SCRIPT, type PageBench } from './page-probe';
import { percentile, type CaseResult } from './stats';

declare global {
  interface Window {
    __bench: PageBench & { upAt?: number };
  }
}

export interface CaseSpec {
  view: 'timeline' | 'graph';
  events: number;
  actors: number;
  relations: number;
  /** Also measure selecting an actor and brushing a period. */
  interactions: boolean;
  /** How long to wait for the first drawing (default 5 minutes, for 100,000 events on a loaded machine). */
  drawTimeoutMs?: number;
}

const DRAWN = {
  graph: '[data-testid="actor-graph-canvas"][data-drawn="true"]',
  timeline: '[data-drawn="true"]:has(canvas[data-timeline-canvas])',
} as const;
const SURFACE = { graph: '[data-testid="actor-graph-canvas"]', timeline: 'canvas[data-timeline-canvas]' } as const;
const STEPS = 20;
const DRAW_TIMEOUT_MS = 300_000;

async function zoomAndPan(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<void> {
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height, 600) / 2;
  const frame = () => page.evaluate(() => window.__bench.nextFrame());
  await page.mouse.move(x, y);
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.wheel(0, -100);
    await frame();
  }
  await page.mouse.down();
  for (let i = 1; i <= STEPS; i++) {
    await page.mouse.move(x - i * 12, y + (i % 2 === 0 ? 6 : -6));
    await frame();
  }
  await page.mouse.up();
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.wheel(0, 100);
    await frame();
  }
}

/** Click the first actor of the actor list; ms until the URL, the list and the graph show it and a frame is drawn. */
function selectActor(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('button[data-actor-id]');
    if (!button) return null;
    const id = button.dataset.actorId ?? '';
    const since = performance.now();
    button.click();
    const cy = window.__atharCy;
    return window.__bench.until(
      () => location.search.includes('actor=') && button.getAttribute('aria-pressed') === 'true' && (!cy || cy.getElementById(id).hasClass('selected')),
      since,
      10_000,
    );
  });
}

/** Drag across the middle of the brush strip; ms from the mouse-up until the URL holds the period and a frame is drawn. */
async function brushPeriod(page: Page): Promise<number | null> {
  const overlay = page.locator('[data-testid="brush"] .overlay').first();
  if ((await overlay.count()) === 0) return null;
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  if (!box) return null;
  await page.evaluate(() => {
    window.__bench.upAt = undefined;
    window.addEventListener('mouseup', () => (window.__bench.upAt = performance.now()), { capture: true, once: true });
  });
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.35, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width * (0.35 + i * 0.04), y);
  await page.mouse.up();
  return page.evaluate(() => window.__bench.until(() => /[?&]from=/.test(location.search), window.__bench.upAt ?? performance.now(), 10_000));
}

export async function measureCase(browser: Browser, url: string, spec: CaseSpec): Promise<CaseResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${String(error).slice(0, 300)}`));
  const cdp = await context.newCDPSession(page);
  const result: CaseResult = {
    ...spec,
    firstDrawMs: null,
    frameP50Ms: null,
    frameP95Ms: null,
    framesOver50: null,
    frames: 0,
    longTasks: 0,
    longTasksLoad: 0,
    heapMB: 0,
    errors,
  };
  delete (result as Partial<CaseSpec>).interactions;
  delete (result as Partial<CaseSpec>).drawTimeoutMs;
  const timeout = spec.drawTimeoutMs ?? DRAW_TIMEOUT_MS;
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    await page.waitForSelector(DRAWN[spec.view], { state: 'attached', timeout });
    result.firstDrawMs = await page.evaluate((view) => window.__bench.drawn[view] ?? null, spec.view);
    result.longTasksLoad = await page.evaluate(() => window.__bench.longTasks.length);
    const surface = page.locator(SURFACE[spec.view]).first();
    await surface.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const box = await surface.boundingBox();
    if (!box) throw new Error(`the ${spec.view} has no box on screen`);
    const before = await page.evaluate(() => window.__bench.longTasks.length);
    result.loadAverage = Math.round(loadavg()[0]! * 10) / 10;
    await page.evaluate(() => window.__bench.startFrames());
    await zoomAndPan(page, box);
    const frames = await page.evaluate(() => window.__bench.stopFrames());
    result.longTasks = (await page.evaluate(() => window.__bench.longTasks.length)) - before;
    // The first interval starts before the first step; the rest are the frames of the gesture.
    const gesture = frames.slice(1);
    result.frames = gesture.length;
    result.frameP50Ms = round(percentile(gesture, 50));
    result.frameP95Ms = round(percentile(gesture, 95));
    result.framesOver50 = gesture.filter((f) => f > 50).length;
    if (spec.interactions) {
      result.selectActorMs = roundOrNull(await selectActor(page));
      result.brushMs = roundOrNull(await brushPeriod(page));
    }
  } catch (error) {
    errors.push(`bench: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    result.heapMB = round(usedSize / 2 ** 20);
  } catch (error) {
    errors.push(`heap: ${String(error).slice(0, 200)}`);
  }
  await context.close();
  return result;
}

const round = (value: number) => Math.round(value * 10) / 10;
const roundOrNull = (value: number | null) => (value === null ? null : round(value));
