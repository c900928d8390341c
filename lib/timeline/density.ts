/**
 * Level of detail for crowded lanes. When more events fall inside the view of
 * one lane than can be drawn as separate glyphs with readable titles, the
 * lane shows where its events are instead: a density band cut into bins of a
 * few pixels, each with its count. Zooming in narrows the view until the lane
 * holds few enough events to be drawn one by one again.
 *
 * Everything here works on day numbers sorted once per lane (the anchors), so
 * a frame costs two binary searches and one pass over the visible events.
 */
import { estimateTextWidth } from './text';
import type { DayScale } from './scale';

/** A lane draws its events one by one when at most this many are in view. */
export const DETAIL_LIMIT = 150;
/** Width of a density bin in screen pixels. */
export const BIN_PX = 6;

/** One bin of a density band: a pixel span, the days it covers and how many events fall in it. */
export interface DensityBin {
  /** Left and right edges on screen. */
  x0: number;
  x1: number;
  /** First day and end day (exclusive) the bin covers, earlier first. */
  fromDay: number;
  toDay: number;
  count: number;
}

/** First index whose anchor is ≥ `day` in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index range [start, end) of anchors inside the visible domain widened
 * by `reachDays` on both sides (the longest glyph of the lane, so an interval
 * that starts before the view but reaches into it is kept).
 */
export function visibleRange(anchors: ArrayLike<number>, scale: DayScale, reachDays: number): [number, number] {
  const [d0, d1] = scale.domain;
  return [lowerBound(anchors, d0 - reachDays), lowerBound(anchors, d1 + reachDays)];
}

/**
 * Counts the anchors of [start, end) into bins of `binPx` screen pixels,
 * aligned to the day grid of the scale so that panning moves the bins with
 * the data instead of re-cutting them. Only bins with events are returned,
 * in screen order (left to right), whatever the direction.
 */
export function binLaneDensity(anchors: ArrayLike<number>, start: number, end: number, scale: DayScale, binPx = BIN_PX): DensityBin[] {
  const daysPerBin = Math.max(binPx / scale.pxPerDay, 1e-9);
  if (end <= start) return [];
  // The anchors are sorted, so the bins run from the first anchor's to the last's: one typed counter each.
  const first = Math.floor(anchors[start]! / daysPerBin);
  const counts = new Int32Array(Math.floor(anchors[end - 1]! / daysPerBin) - first + 1);
  for (let i = start; i < end; i += 1) counts[Math.floor(anchors[i]! / daysPerBin) - first]! += 1;
  const bins: DensityBin[] = [];
  counts.forEach((count, k) => {
    if (count === 0) return;
    const fromDay = (first + k) * daysPerBin;
    const toDay = fromDay + daysPerBin;
    const a = scale.x(fromDay);
    const b = scale.x(toDay);
    bins.push({ x0: Math.min(a, b), x1: Math.max(a, b), fromDay, toDay, count });
  });
  return bins.sort((p, q) => p.x0 - q.x0);
}

/** A count written above a run of bins, centred at `x`. */
export interface CountLabel {
  x: number;
  text: string;
  /** The bins the label sums: [first, last] indices into the bins given. */
  bins: [number, number];
}

/**
 * Count labels that never overlap: bins are merged left to right into runs
 * at least as wide as their label, and each run is labelled with its total.
 * Runs are cut at gaps wider than `gapPx` with no events, so a label never
 * claims an empty stretch. Two labels keep at least `spacePx` between them
 * (a font size by default): 6 px let two bold three-digit counts read as one
 * six-digit number ("461 311" at 100,000 events), the estimated widths being
 * a little short for bold digits. Counts over 999 read "1.2k".
 */
export function placeCountLabels(bins: readonly DensityBin[], fontPx = 10, gapPx = 6, spacePx = fontPx): CountLabel[] {
  const labels: CountLabel[] = [];
  let lastRight = -Infinity;
  let i = 0;
  while (i < bins.length) {
    let j = i;
    let total = bins[i]!.count;
    let text = formatCount(total);
    // Grow the run until the label fits over it, or the next bin is apart.
    while (bins[j]!.x1 - bins[i]!.x0 < estimateTextWidth(text, fontPx) && j + 1 < bins.length && bins[j + 1]!.x0 - bins[j]!.x1 <= gapPx) {
      j += 1;
      total += bins[j]!.count;
      text = formatCount(total);
    }
    const x = (bins[i]!.x0 + bins[j]!.x1) / 2;
    const half = estimateTextWidth(text, fontPx) / 2;
    if (x - half >= lastRight + spacePx) {
      labels.push({ x, text, bins: [i, j] });
      lastRight = x + half;
    }
    i = j + 1;
  }
  return labels;
}

/** A count in at most four characters: 7, 512, 1.2k, 12k, 120k. */
export function formatCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.floor(count / 1000)}k`;
}
