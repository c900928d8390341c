import type { Page } from '@playwright/test';

/**
 * What the briefing journeys share: a watch on requests leaving the machine
 * and on page errors, and the check that the screen's regions neither
 * overlap nor leave the 1920 × 1080 screen.
 */

/** Records every request that is not to the app itself, and every page error. */
export function offline(page: Page): { external: string[]; errors: string[] } {
  const seen = { external: [] as string[], errors: [] as string[] };
  page.on('request', (request) => {
    const url = new globalThis.URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) seen.external.push(request.url());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

/** The regions of the screen, which must not overlap one another nor leave the screen (either side). */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = ['.briefing-top', '.briefing-titles h1', '.briefing-title-ar', '.briefing-narrative', '.briefing-meta', '.briefing-timeline', '.briefing-graph', '.briefing-passage', '.briefing-keys'];
    const boxes = names.map((name) => [name, document.querySelector(name)!.getBoundingClientRect()] as const);
    const problems: string[] = [];
    for (const [name, box] of boxes) {
      if (box.bottom > window.innerHeight + 1 || box.right > window.innerWidth + 1 || box.left < -1 || box.top < -1) problems.push(`${name} leaves the screen`);
    }
    boxes.forEach(([a, p], i) =>
      boxes.slice(i + 1).forEach(([b, q]) => {
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) problems.push(`${a} overlaps ${b}`);
      }),
    );
    for (const name of ['.briefing', '.briefing-side']) {
      const box = document.querySelector(name)!;
      if (box.scrollHeight > box.clientHeight + 1) problems.push(`${name} scrolls (${box.scrollHeight} > ${box.clientHeight})`);
    }
    return problems;
  });
}

/** The axis labels of the timeline under `root`: the day each names and where it is drawn, in day order. */
export async function axisTicks(page: Page, root: string): Promise<{ day: number; x: number }[]> {
  return page.evaluate((selector) => {
    const labels = [...document.querySelectorAll<SVGTextElement>(`${selector} text[data-day]`)];
    return labels
      .map((label) => {
        const box = label.getBoundingClientRect();
        return { day: Number(label.dataset.day), x: box.left + box.width / 2 };
      })
      .sort((a, b) => a.day - b.day);
  }, root);
}
