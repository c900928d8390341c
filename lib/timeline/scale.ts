/**
 * The timeline's horizontal scale over day numbers (days since 1970-01-01,
 * UTC), and the zoom arithmetic on its visible domain.
 *
 * A day `d` occupies the half-open span [d, d + 1) of the domain, so an
 * inclusive interval earliest..latest is drawn from `earliest` to
 * `latest + 1`. Direction is decided here, not in CSS: in RTL the range is
 * reversed so later days sit further left, and every pixel computation
 * downstream (ticks, glyphs, brush) follows without knowing about it.
 *
 * Every function returns a new domain; the React layer keeps the domain in
 * state and feeds wheel, drag, buttons and keys through these functions.
 */
import type { TimelineRecords } from './records';
import { scaleLinear } from 'd3-scale';
import { isoDay, dayNumber } from '../day';

export type Direction = 'ltr' | 'rtl';

/** Visible span as [first day, end day) in (fractional) day numbers; always start < end. */
export type DayDomain = readonly [number, number];

/** Narrowest view: three days, so a single day never fills the whole width. */
export const MIN_SPAN_DAYS = 3;
/** Widest view: twenty years. */
export const MAX_SPAN_DAYS = 20 * 365.25;

export interface DayScale {
  /** Pixel of a (fractional) day number. */
  x(day: number): number;
  /** Fractional day number under a pixel. */
  day(px: number): number;
  readonly domain: DayDomain;
  /** Pixel range as given, [left, right]; direction says which end is earliest. */
  readonly range: readonly [number, number];
  readonly direction: Direction;
  readonly pxPerDay: number;
}

/**
 * A scale from day numbers to pixels. `range` is [left, right] in screen
 * pixels whatever the direction; in `rtl` the domain's start maps to `right`.
 */
export function createDayScale(domain: DayDomain, range: readonly [number, number], direction: Direction): DayScale {
  const [left, right] = range;
  const linear = scaleLinear()
    .domain([domain[0], domain[1]])
    .range(direction === 'ltr' ? [left, right] : [right, left]);
  return {
    x: (day) => linear(day),
    day: (px) => linear.invert(px),
    domain,
    range,
    direction,
    pxPerDay: Math.abs(right - left) / (domain[1] - domain[0]),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Rescales a domain to `span` days while keeping `anchorDay` at the same
 * fraction of the view, so the day under the pointer stays under it.
 */
function withSpan(domain: DayDomain, span: number, anchorDay: number): DayDomain {
  const oldSpan = domain[1] - domain[0];
  const newSpan = clamp(span, MIN_SPAN_DAYS, MAX_SPAN_DAYS);
  const t = (anchorDay - domain[0]) / oldSpan;
  const start = anchorDay - t * newSpan;
  return [start, start + newSpan];
}

/** Keeps a domain within the zoom extents (3 days to 20 years), around its centre. */
export function clampDomain(domain: DayDomain): DayDomain {
  const span = domain[1] - domain[0];
  if (span >= MIN_SPAN_DAYS && span <= MAX_SPAN_DAYS) return domain;
  return withSpan(domain, span, (domain[0] + domain[1]) / 2);
}

/**
 * Zooms by `factor` (2 = twice as close, 0.5 = twice as far) around
 * `centerDay`, which keeps its place on screen. Stops at the zoom extents.
 */
export function zoomDomain(domain: DayDomain, factor: number, centerDay: number): DayDomain {
  if (!(factor > 0) || !Number.isFinite(factor)) return domain;
  return withSpan(domain, (domain[1] - domain[0]) / factor, centerDay);
}

/** Moves the view `deltaDays` later (negative: earlier). */
export function panDomain(domain: DayDomain, deltaDays: number): DayDomain {
  return [domain[0] + deltaDays, domain[1] + deltaDays];
}

/**
 * The domain after a gesture that maps every screen point p to `scale * p +
 * shift` (what d3-zoom reports between two of its transforms: a pinch or
 * wheel step is a scale about the pointer, a drag is a shift). Works in both
 * directions because it goes through the scale's own inverse.
 */
export function domainAfterScreenGesture(current: DayScale, scale: number, shift: number): DayDomain {
  const [left, right] = current.range;
  const a = current.day((left - shift) / scale);
  const b = current.day((right - shift) / scale);
  const next: DayDomain = a < b ? [a, b] : [b, a];
  const span = next[1] - next[0];
  if (span >= MIN_SPAN_DAYS && span <= MAX_SPAN_DAYS) return next;
  // Clamped: keep the day under the gesture's fixed point where it was.
  const fixedPx = scale === 1 ? (left + right) / 2 : shift / (1 - scale);
  return withSpan(next, span, current.day(fixedPx));
}

/** Fraction of the fitted span left empty on each side by default. */
export const FIT_PADDING = 0.05;
/** Extra room, as a fraction of the span, on a side where a faded open-end stub is drawn. */
const OPEN_END_ROOM = 0.08;

interface Datable {
  earliest: number | null;
  latest: number | null;
}

/**
 * A domain that shows every datable event, with `padding` (a fraction of the
 * span) on each side, extra room where an event's open end fades out at the
 * edge, and `laterRoom` (a fraction of the span) after the last day, where the
 * titles that follow the glyphs need space. Events with neither end known
 * cannot be placed and are ignored.
 * Null when no event has a date. A span wider than twenty years is centred on
 * the events' middle (the extremes then need a pan); a narrower one than three
 * days is widened around its centre.
 */
export function fitDomain(events: readonly Datable[], padding = FIT_PADDING, laterRoom = 0): DayDomain | null {
  return fitExtent(dataExtent(events), padding, laterRoom);
}

/** The days the events cover, and whether an open end reaches out from either extreme; null when no event has a date. */
export interface DataExtent {
  lo: number;
  hi: number;
  openAtStart: boolean;
  openAtEnd: boolean;
}

/**
 * One pass over the events (100,000 before the first drawing): the timeline
 * fits several domains to the same extent. Records are read through their
 * day arrays, which the lanes read too (made once), in a loop without a call
 * per event: through a reader per event it was ~7 ms of the first drawing.
 */
export function dataExtent(events: readonly Datable[] | TimelineRecords): DataExtent | null {
  if (!Array.isArray(events)) {
    const days = (events as TimelineRecords).days();
    return extentOfDays(days.earliest, days.latest);
  }
  const list = events as readonly Datable[];
  const earliest = Float64Array.from(list, (e) => e.earliest ?? NaN);
  const latest = Float64Array.from(list, (e) => e.latest ?? NaN);
  return extentOfDays(earliest, latest);
}

/** The extent of days that are NaN where open (as records' `days()` give them). */
function extentOfDays(earliestAt: Float64Array, latestAt: Float64Array): DataExtent | null {
  let lo = Infinity;
  let hi = -Infinity;
  // A NaN (open) end passes none of the comparisons.
  for (let i = 0; i < earliestAt.length; i += 1) {
    const earliest = earliestAt[i]!;
    const end = latestAt[i]! + 1;
    if (earliest < lo) lo = earliest;
    if (earliest > hi) hi = earliest;
    if (end < lo) lo = end;
    if (end > hi) hi = end;
  }
  if (lo > hi) return null;
  // An open end drawn at the extreme of the data needs room to fade into.
  let openAtStart = false;
  let openAtEnd = false;
  for (let i = 0; i < earliestAt.length && !(openAtStart && openAtEnd); i += 1) {
    const earliest = earliestAt[i]!;
    const latest = latestAt[i]!;
    if (Number.isNaN(earliest) && latest + 1 - lo < (hi - lo) * OPEN_END_ROOM) openAtStart = true;
    if (Number.isNaN(latest) && hi - earliest < (hi - lo) * OPEN_END_ROOM) openAtEnd = true;
  }
  return { lo, hi, openAtStart, openAtEnd };
}

/** fitDomain for an extent already found. */
export function fitExtent(extent: DataExtent | null, padding = FIT_PADDING, laterRoom = 0): DayDomain | null {
  if (!extent) return null;
  const { lo, hi, openAtStart, openAtEnd } = extent;
  const span = Math.max(hi - lo, 1);
  const start = lo - span * (padding + (openAtStart ? OPEN_END_ROOM : 0));
  const end = hi + span * (padding + Math.max(laterRoom, openAtEnd ? OPEN_END_ROOM : 0));
  return clampDomain([start, end]);
}

/** A brushed period as ISO days (inclusive); null ends are open. */
export interface IsoWindow {
  from: string | null;
  to: string | null;
}

/**
 * The whole days a pixel span covers: a day counts once the span reaches into
 * it, so a brush from mid-Monday to mid-Wednesday selects Monday..Wednesday.
 */
export function windowFromPixels(scale: DayScale, px0: number, px1: number): IsoWindow {
  const a = scale.day(px0);
  const b = scale.day(px1);
  const first = Math.floor(Math.min(a, b));
  const last = Math.max(first, Math.ceil(Math.max(a, b)) - 1);
  return { from: isoDay(first), to: isoDay(last) };
}

/**
 * Screen pixels [left, right] of a window, clipped to the scale's range; an
 * open end reaches the view edge. Null when the window lies entirely outside
 * the view or has a malformed day.
 */
export function pixelsOfWindow(scale: DayScale, window: IsoWindow): [number, number] | null {
  let from: number;
  let to: number;
  try {
    from = window.from === null ? -Infinity : dayNumber(window.from);
    to = window.to === null ? Infinity : dayNumber(window.to) + 1;
  } catch {
    return null;
  }
  const start = Math.max(from, scale.domain[0]);
  const end = Math.min(to, scale.domain[1]);
  if (start >= end) return null;
  const a = scale.x(start);
  const b = scale.x(end);
  return [Math.min(a, b), Math.max(a, b)];
}
