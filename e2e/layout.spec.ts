import { expect, test, type Page } from '@playwright/test';
import { brokenOneWordButtons, snap } from './helpers';
import { openExplorer, watchErrors } from './explorer';

/**
 * The explorer's regions at a phone, a laptop and a wide screen: none covers
 * another, each stays inside the page's width, and the drawings (timeline
 * SVG, graph canvas) stay inside their own section. Checked with nothing
 * selected and with an actor and a statement open, when the detail and
 * reader panes are at their fullest.
 */

const REGIONS = {
  bar: '.explorer-bar',
  timeline: 'section.explorer-timeline',
  graph: 'section.explorer-graph',
  lists: 'section.explorer-lists',
  detail: 'aside.explorer-detail',
  reader: 'section.explorer-reader',
} as const;

type Box = { x: number; y: number; width: number; height: number };

async function boxes(page: Page): Promise<Record<keyof typeof REGIONS, Box>> {
  return page.evaluate((regions) => {
    const out: Record<string, Box> = {};
    for (const [name, selector] of Object.entries(regions)) {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`region ${name} (${selector}) missing`);
      const r = el.getBoundingClientRect();
      out[name] = { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    }
    return out as Record<keyof typeof REGIONS, Box>;
  }, REGIONS);
}

/** Overlap area of two boxes, in px²; a shared 1 px border does not count. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 1 && h > 1 ? w * h : 0;
}

/** Whether `inner` lies within `outer` (1 px of rounding allowed). */
function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

async function checkLayout(page: Page, label: string): Promise<void> {
  const found = await boxes(page);
  const names = Object.keys(found) as (keyof typeof REGIONS)[];
  const width = page.viewportSize()!.width;
  const clashes: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const a = names[i]!;
    expect(found[a].height, `${label}: ${a} has a height`).toBeGreaterThan(20);
    expect(found[a].x + found[a].width, `${label}: ${a} ends inside the ${width}px page`).toBeLessThanOrEqual(width + 1);
    expect(found[a].x, `${label}: ${a} starts inside the page`).toBeGreaterThanOrEqual(0);
    for (let j = i + 1; j < names.length; j++) {
      const b = names[j]!;
      const area = overlap(found[a], found[b]);
      if (area > 0) clashes.push(`${a} ${JSON.stringify(found[a])} overlaps ${b} ${JSON.stringify(found[b])} by ${Math.round(area)} px²`);
    }
  }
  expect(clashes, `${label}: overlapping regions`).toEqual([]);

  // The drawings stay inside their sections.
  const drawings = await page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      svg: box(document.querySelector('section.explorer-timeline svg')),
      timeline: box(document.querySelector('section.explorer-timeline')),
      canvas: box(document.querySelector('[data-testid="actor-graph-canvas"]')),
      graph: box(document.querySelector('section.explorer-graph')),
    };
  });
  expect(drawings.svg && drawings.timeline && inside(drawings.svg, drawings.timeline), `${label}: timeline SVG inside its section ${JSON.stringify(drawings)}`).toBe(true);
  expect(drawings.canvas && drawings.graph && inside(drawings.canvas, drawings.graph), `${label}: graph canvas inside its section ${JSON.stringify(drawings)}`).toBe(true);

  const broken = await brokenOneWordButtons(page);
  expect(broken, `${label}: one-word buttons broken over two lines`).toEqual([]);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
  { width: 2560, height: 1440 },
]) {
  test(`regions do not overlap at ${viewport.width}px`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(viewport);
    await openExplorer(page);
    await checkLayout(page, 'nothing selected');

    await openExplorer(page, '?actor=john-kerry&statement=kerry-china-us-agreed-working-group');
    await expect(page.locator('.explorer-reader .rdr-focus').first()).toBeVisible();
    await checkLayout(page, 'actor and statement open');
    await snap(page, 'layout-selected');
    expect(errors).toEqual([]);
  });
}
