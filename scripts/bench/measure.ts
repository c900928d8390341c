/**
 * One benchmark case in Chromium: open the explorer, wait for the view to
 * mark its first complete drawing, then zoom and pan it in 60 scripted
 * steps (20 wheel steps in, a 20-step drag, 20 wheel steps out, each step
 * waiting for a frame) while the page records its frame intervals; then
 * the JS heap after a forced GC and, for timeline cases, how long a
 * selection and a brushed period take to reach every view (./interactions).
 * On the graph the drag starts on empty background, so it pans the view
 * instead of moving a node, and the case says so if it did not.
 */
import { loadavg } from 'node:os';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { brushPeriods, selectActors } from './interactions';
import { PROBE_SCRIPT, type PageBench } from './page-probe';
import { medianFirstDraw, notMeasured, percentile, type CaseResult } from './stats';

declare global {
  interface Window {
    __bench: PageBench;
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
  /** Loads whose first drawing is timed (default FIRST_DRAW_LOADS); CI's smoke suite, which judges no time, makes one. */
  firstDrawLoads?: number;
}

const SURFACE = { graph: '[data-testid="actor-graph-canvas"]', timeline: 'canvas[data-timeline-canvas]' } as const;
const STEPS = 20;
/** How long a new window is left to start its own interface before the case navigates. */
const WINDOW_SETTLE_MS = 4_000;
const DRAW_TIMEOUT_MS = 300_000;
/**
 * Loads of a case whose first drawing is timed, the last one going on to the
 * gesture. One load varied by ±300 ms on this shared machine (10,000 events,
 * the same build, minutes apart); the case reports the median and each load.
 */
const FIRST_DRAW_LOADS = 3;

type Box = { x: number; y: number; width: number; height: number };
const DRAG_STEP_PX = 12;

type Point = { x: number; y: number };

/** Where the drag starts: on the graph, empty background found by the page; on the timeline, the middle of the plot. */
async function dragOrigin(page: Page, view: CaseSpec['view'], middle: Point, errors: string[]): Promise<Point> {
  if (view !== 'graph') return middle;
  const origin = await page.evaluate(([selector, drag]) => window.__bench.panOrigin(selector, drag), [SURFACE.graph, STEPS * DRAG_STEP_PX] as const);
  if (origin === null) {
    errors.push('bench: no point of the graph is in view to start the drag from');
    return middle;
  }
  // Only Cytoscape moves a node dragged from it; the canvas graph pans from anywhere (a drag is never a tap there).
  if (origin.hit && (await page.evaluate(() => window.__atharCy !== undefined))) errors.push('bench: Cytoscape finds a node or line under every point in view; the drag may move a node');
  return origin;
}

async function zoomAndPan(page: Page, view: CaseSpec['view'], box: Box, errors: string[]): Promise<void> {
  const frame = () => page.evaluate(() => window.__bench.nextFrame());
  const middle = { x: box.x + box.width / 2, y: box.y + Math.min(box.height, 600) / 2 };
  await page.mouse.move(middle.x, middle.y);
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.wheel(0, -100);
    await frame();
  }
  // Finding empty background reads every node and line: that time is the benchmark's, not a frame of the gesture.
  await page.evaluate(() => window.__bench.pauseFrames());
  const origin = await dragOrigin(page, view, middle, errors);
  const before = await page.evaluate(() => window.__bench.viewport());
  await page.mouse.move(origin.x, origin.y);
  await page.evaluate(() => window.__bench.resumeFrames());
  await page.mouse.down();
  for (let i = 1; i <= STEPS; i++) {
    await page.mouse.move(origin.x - i * DRAG_STEP_PX, origin.y + (i % 2 === 0 ? 6 : -6));
    await frame();
  }
  await page.mouse.up();
  if (view === 'graph') {
    const after = await page.evaluate(() => window.__bench.viewport());
    if (before && after && before.pan.x === after.pan.x && before.pan.y === after.pan.y) errors.push('bench: the drag on the graph did not pan the view');
    if (/[?&]actor=/.test(page.url())) errors.push('bench: the drag on the graph selected an actor instead of panning');
  }
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.wheel(0, 100);
    await frame();
  }
}

/**
 * A new browser window with the page probe, left to finish starting. Each
 * context opens a window, and Chromium starts that window's own interface
 * with it: a WebUI renderer for the address bar's popup that took 1.8 s of
 * CPU over the next two seconds, on a machine of two cores, while the case
 * loaded (seen in a trace). A reader's browser window is open before they
 * navigate.
 */
async function openWindow(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  await page.waitForTimeout(WINDOW_SETTLE_MS);
  return { context, page };
}

/**
 * Navigates and waits for the view's first drawing, as the page probe saw
 * the view mark itself drawn (a Playwright selector with :has() walks the
 * whole DOM on every poll, which at 10,000 events took half a minute of the
 * page's main thread).
 */
async function firstDrawing(page: Page, url: string, view: CaseSpec['view'], timeout: number): Promise<number | null> {
  await page.goto(url, { waitUntil: 'commit', timeout });
  await page.waitForFunction((v) => window.__bench.drawn[v] !== undefined, view, { timeout, polling: 100 });
  return page.evaluate((v) => window.__bench.drawn[v] ?? null, view);
}

/** A load that only times the first drawing, in a window of its own (null if it never drew). */
async function timeFirstDrawing(browser: Browser, url: string, view: CaseSpec['view'], timeout: number): Promise<number | null> {
  const { context, page } = await openWindow(browser);
  try {
    return await firstDrawing(page, url, view, timeout);
  } catch {
    return null;
  } finally {
    await context.close();
  }
}

/** Measures one case; `progress` hears where it is (a 100,000-event case takes minutes). */
export async function measureCase(browser: Browser, url: string, spec: CaseSpec, progress: (message: string) => void = () => {}): Promise<CaseResult> {
  const loads = spec.firstDrawLoads ?? FIRST_DRAW_LOADS;
  const earlier: (number | null)[] = [];
  for (let load = 1; load < loads; load++) {
    const ms = await timeFirstDrawing(browser, url, spec.view, spec.drawTimeoutMs ?? DRAW_TIMEOUT_MS);
    earlier.push(ms);
    progress(`load ${load}/${loads}: first drawing at ${ms === null ? '— (never drew)' : `${Math.round(ms)} ms`}`);
  }
  const { context, page } = await openWindow(browser);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${String(error).slice(0, 300)}`));
  const cdp = await context.newCDPSession(page);
  const result: CaseResult = {
    ...spec,
    ...notMeasured(),
    errors,
  };
  delete (result as Partial<CaseSpec>).interactions;
  delete (result as Partial<CaseSpec>).drawTimeoutMs;
  delete (result as Partial<CaseSpec>).firstDrawLoads;
  earlier.forEach((ms, i) => {
    if (ms === null) errors.push(`bench: load ${i + 1} of ${loads} never drew the ${spec.view}`);
  });
  const timeout = spec.drawTimeoutMs ?? DRAW_TIMEOUT_MS;
  try {
    progress(`opening ${url}; waiting up to ${Math.round(timeout / 1000)} s for the first drawing`);
    const last = await firstDrawing(page, url, spec.view, timeout);
    result.firstDrawRunsMs = [...earlier, last].map((ms) => (ms === null ? null : round(ms)));
    result.firstDrawMs = medianFirstDraw(result.firstDrawRunsMs);
    progress(`load ${loads}/${loads}: first drawing at ${Math.round(last ?? Number.NaN)} ms (median of ${loads}: ${Math.round(result.firstDrawMs ?? Number.NaN)}); zooming and panning`);
    result.longTasksLoad = await page.evaluate(() => window.__bench.longTasks.length);
    const surface = page.locator(SURFACE[spec.view]).first();
    await surface.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const box = await surface.boundingBox();
    if (!box) throw new Error(`the ${spec.view} has no box on screen`);
    const before = await page.evaluate(() => window.__bench.longTasks.length);
    result.loadAverage = Math.round(loadavg()[0]! * 10) / 10;
    await page.evaluate(() => window.__bench.startFrames());
    await zoomAndPan(page, spec.view, box, errors);
    const frames = await page.evaluate(() => window.__bench.stopFrames());
    result.longTasks = (await page.evaluate(() => window.__bench.longTasks.length)) - before;
    // The first interval starts before the first step; the rest are the frames of the gesture.
    const gesture = frames.slice(1);
    result.frames = gesture.length;
    result.frameP50Ms = round(percentile(gesture, 50));
    result.frameP95Ms = round(percentile(gesture, 95));
    result.framesOver50 = gesture.filter((f) => f > 50).length;
    progress(`frame p50 ${result.frameP50Ms} ms, p95 ${result.frameP95Ms} ms over ${result.frames} frames`);
    if (spec.interactions) {
      const select = await selectActors(page, errors, progress);
      result.selectActorMs = roundOrNull(select.medianMs);
      result.selectActorMaxMs = roundOrNull(select.maxMs);
      result.selectVisibleMs = roundOrNull(select.visible?.medianMs ?? null);
      result.selectVisibleMaxMs = roundOrNull(select.visible?.maxMs ?? null);
      const brush = await brushPeriods(page, errors, progress);
      result.brushMs = roundOrNull(brush.medianMs);
      result.brushMaxMs = roundOrNull(brush.maxMs);
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
