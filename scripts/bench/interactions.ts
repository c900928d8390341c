/**
 * How long the explorer takes to answer the two interactions of the
 * issue's target ("selecting an actor or brushing a window updates every
 * view within 100 ms"), each done REPEATS times with the real mouse and
 * undone in between, so every try starts from the same state:
 * - selecting: a click on an actor in the actor list, until its name heads
 *   the detail panel, the URL and the list name it, the graph marks it, the
 *   explorer is not busy and two frames have passed;
 * - brushing: a drag across the brush strip under the timeline's axis,
 *   until the URL holds the period, the explorer shows its notice of the
 *   period (React has rendered it), is not busy, the canvas graph's picture
 *   of the windowed graph is complete, and two frames have passed.
 * The clock runs in the page, from the input event's own time stamp
 * (./page-probe), so Playwright's round trips are not counted.
 */
import type { Locator, Page } from '@playwright/test';
import type { Condition } from './page-probe';
import { median } from './stats';

const REPEATS = 5;
/** Per try: a slow answer is a result to report, not a hang (at 10,000 events on the loaded machine a selection took 6–11 s while the explorer was being restructured). */
const TRY_TIMEOUT_MS = 60_000;
/** Idle time after undoing a try, so the next starts on a quiet page. */
const SETTLE_MS = 300;

export interface Latency {
  medianMs: number | null;
  maxMs: number | null;
  /** Each try's ms, null where the views never showed the result. */
  tries: (number | null)[];
  /** For a selection: the median and slowest ms until every view shows it, the panel naming the actor while its records may still load. */
  visible?: { medianMs: number | null; maxMs: number | null };
}

function summarise(tries: (number | null)[]): Latency {
  const done = tries.filter((t): t is number => t !== null).sort((a, b) => a - b);
  if (done.length === 0) return { medianMs: null, maxMs: null, tries };
  // A try that never finished is slower than any that did: the max is then unknown, and so is the median of REPEATS.
  if (done.length < REPEATS) return { medianMs: null, maxMs: null, tries };
  return { medianMs: median(done), maxMs: done[done.length - 1]!, tries };
}

/** Does `act` after arming the page's watch; the ms the page measured, or null on a timeout. */
async function timed(page: Page, condition: Condition, args: string[], input: 'click' | 'mouseup', act: () => Promise<void>, early?: Condition): Promise<number | null> {
  await page.evaluate(([c, a, i, t, e]) => window.__bench.watch(c, a, i, t, e ?? undefined), [condition, args, input, TRY_TIMEOUT_MS, early ?? null] as const);
  await act();
  return page.evaluate(() => window.__bench.watched);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.__bench.nextFrame());
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * The actor list's buttons: those in the parent of the lists section's
 * "actors" heading. Native selectors only: Playwright's own :has() took
 * 90 s to count 5,000 buttons.
 */
function actorButtons(page: Page): Locator {
  return page.locator('.explorer-lists #actor-list-heading').locator('xpath=..').locator('button[data-actor-id]');
}

/** Selects REPEATS actors spread over the list, one at a time, clicking each again to clear it. */
export async function selectActors(page: Page, errors: string[], progress: (message: string) => void): Promise<Latency> {
  const buttons = actorButtons(page);
  const count = await buttons.count();
  if (count === 0) {
    errors.push('select: no actor button in the actor list (.explorer-lists, under #actor-list-heading)');
    return summarise([]);
  }
  const tries: (number | null)[] = [];
  const visible: (number | null)[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const button = buttons.nth(Math.floor((i * (count - 1)) / Math.max(1, REPEATS - 1)));
    const id = (await button.getAttribute('data-actor-id')) ?? '';
    const name = ((await button.locator('.actor-list__en').textContent()) ?? '').trim();
    await button.scrollIntoViewIfNeeded();
    await settle(page);
    const ms = await timed(page, 'actorShown', [id, name], 'click', () => button.click(), 'actorVisible');
    visible.push(await page.evaluate(() => window.__bench.watchedEarly));
    progress(`select ${i + 1}/${REPEATS} (${name}): ${ms === null ? 'timed out' : `${Math.round(ms)} ms`}`);
    tries.push(ms);
    if (ms === null) {
      // The page is still at work on it: a click now would land on a half-updated list. The remaining tries are not made.
      errors.push(`select: ${name} (${id}) was not shown in every view within ${TRY_TIMEOUT_MS} ms`);
      break;
    }
    // Its button again clears the selection.
    const cleared = await timed(page, 'actorCleared', [], 'click', () => button.click());
    if (cleared === null) {
      errors.push(`select: clicking ${name} again did not clear the selection`);
      break;
    }
  }
  const seen = summarise(visible);
  return { ...summarise(tries), visible: { medianMs: seen.medianMs, maxMs: seen.maxMs } };
}

async function brushBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const overlay = page.locator('[data-testid="brush"] .overlay').first();
  if ((await overlay.count()) === 0) return null;
  await overlay.scrollIntoViewIfNeeded();
  await settle(page);
  // Measured each time: the notice of a brushed period, above the timeline, moves it.
  return overlay.boundingBox();
}

/** Brushes the same period REPEATS times; a click on the strip outside the band clears it between tries. */
export async function brushPeriods(page: Page, errors: string[], progress: (message: string) => void): Promise<Latency> {
  const tries: (number | null)[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const box = await brushBox(page);
    if (!box) {
      errors.push('brush: the timeline has no brush strip ([data-testid="brush"] .overlay)');
      break;
    }
    const y = box.y + box.height / 2;
    const ms = await timed(page, 'periodShown', [], 'mouseup', async () => {
      await page.mouse.move(box.x + box.width * 0.35, y);
      await page.mouse.down();
      for (let step = 1; step <= 5; step++) await page.mouse.move(box.x + box.width * (0.35 + step * 0.04), y);
      await page.mouse.up();
    });
    progress(`brush ${i + 1}/${REPEATS}: ${ms === null ? 'timed out' : `${Math.round(ms)} ms`}`);
    tries.push(ms);
    if (ms === null) {
      errors.push(`brush: the brushed period did not reach every view within ${TRY_TIMEOUT_MS} ms`);
      break;
    }
    const after = await brushBox(page);
    const cleared = after && (await timed(page, 'periodCleared', [], 'mouseup', () => page.mouse.click(after.x + after.width * 0.1, after.y + after.height / 2)));
    if (!cleared) {
      errors.push('brush: a click on the strip outside the band did not clear the period');
      break;
    }
  }
  return summarise(tries);
}
