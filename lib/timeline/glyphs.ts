/**
 * How an event's uncertain date is drawn, as data. Each glyph is a plain
 * description (shape, pixel box, style tokens, opacity stops) that a renderer
 * paints: the SVG layer today, a canvas one when the data grows. Nothing here
 * knows about colours; the renderer maps the tokens to the lane's side colour.
 *
 * The visual vocabulary, explained by the legend:
 * - a diamond mark: known to the day;
 * - a bar: an interval (week, month, season, year) from its first day to the
 *   end of its last day;
 * - a bar that fades out: an open end (a stub of fixed length, so the layout
 *   does not change as you pan);
 * - soft ends: a vague interval;
 * - hollow and dashed: expected, not (yet) happened;
 * - an arrowhead at the later end: ongoing;
 * - a double outline and a count badge: told by two or more sources.
 */
import type { TimelineEvent } from '../timeline-model';
import type { DayScale } from './scale';

/** Half the width of a day mark. */
export const MARK_HALF_PX = 7;
/** Length of the faded stub that stands for an open end. */
export const OPEN_STUB_PX = 60;
/** Narrowest bar, so a month seen from twenty years away stays visible. */
export const MIN_BAR_PX = 4;
/** Length of the ongoing arrowhead beyond the bar. */
export const ARROW_PX = 8;
/** Diameter of the corroboration badge. */
export const BADGE_PX = 14;
/** Distance of the second outline of a corroborated glyph outside the first. */
export const DOUBLE_OUTLINE_PX = 3;
/** How far the highlight, selection and hover rings stand outside a glyph's extent (to the middle of their line). */
export const RING_PAD_PX = 4;
/** Half the height of those rings. */
export const RING_HALF_HEIGHT_PX = 12;
/** Half the widest ring line (the selection's, 2.5 px): what a ring reaches past RING_PAD_PX. */
export const RING_HALF_LINE_PX = 1.25;
/** Longest fade of a vague bar's soft ends. */
const SOFT_END_PX = 12;
const GAP_PX = 2;

/** Opacity along the glyph's box, left (offset 0) to right (offset 1) in screen space. */
export interface OpacityStop {
  offset: number;
  opacity: number;
}

export interface Glyph {
  shape: 'diamond' | 'bar';
  /** Left edge of the shape's box, in pixels. */
  x: number;
  /** Width of the shape's box (a diamond's box is square). */
  width: number;
  /** Solid body, or hollow (outline only) for an expected event. */
  fill: 'solid' | 'hollow';
  /** SVG dash array for the outline, null for a continuous line. */
  dash: string | null;
  /** Double outline for a corroborated event. */
  outline: 'single' | 'double';
  /** Fades across the box (open ends, soft vague ends); null when uniformly opaque. */
  opacityStops: OpacityStop[] | null;
  /** Which ends of the interval the text leaves open, in time. */
  openStart: boolean;
  openEnd: boolean;
  /** Arrowhead for an ongoing event: its base at `x`, pointing right or left (later). */
  arrow: { x: number; pointsRight: boolean } | null;
  /** Count of distinct sources, shown when 2 or more, centred at `cx`. */
  badge: { cx: number; count: number } | null;
  /** Horizontal pixels covered by everything above: the item's footprint for layout. */
  extent: [number, number];
  /** The screen side on which later time lies, where a label can follow the glyph. */
  laterSide: 'left' | 'right';
}

const DASH = '4 3';

function softEnds(width: number): OpacityStop[] {
  const edge = Math.min(SOFT_END_PX, width / 3) / width;
  return [
    { offset: 0, opacity: 0.15 },
    { offset: edge, opacity: 1 },
    { offset: 1 - edge, opacity: 1 },
    { offset: 1, opacity: 0.15 },
  ];
}

/** The opacity stops of a stub fading out towards its `left` or `right` side. */
function fadeTowards(side: 'left' | 'right'): OpacityStop[] {
  return side === 'left'
    ? [{ offset: 0, opacity: 0 }, { offset: 1, opacity: 1 }]
    : [{ offset: 0, opacity: 1 }, { offset: 1, opacity: 0 }];
}

interface Body {
  shape: Glyph['shape'];
  x: number;
  width: number;
  opacityStops: OpacityStop[] | null;
}

/** Shape and box before the status decorations; null when no end is known. */
function bodyOf(event: TimelineEvent, scale: DayScale, later: 1 | -1): Body | null {
  const { earliest, latest } = event;
  if (earliest === null && latest === null) return null;
  if (earliest === null || latest === null) {
    // Only one end is known: a stub from it towards the open side, fading out.
    const known = earliest === null ? scale.x(latest! + 1) : scale.x(earliest);
    const towardsOpen = earliest === null ? -later : later;
    const x = towardsOpen > 0 ? known : known - OPEN_STUB_PX;
    return { shape: 'bar', x, width: OPEN_STUB_PX, opacityStops: fadeTowards(towardsOpen > 0 ? 'right' : 'left') };
  }
  if (event.precision === 'day' && latest <= earliest) {
    const cx = scale.x(earliest + 0.5);
    return { shape: 'diamond', x: cx - MARK_HALF_PX, width: 2 * MARK_HALF_PX, opacityStops: null };
  }
  const a = scale.x(earliest);
  const b = scale.x(latest + 1);
  const mid = (a + b) / 2;
  const width = Math.max(Math.abs(b - a), MIN_BAR_PX);
  const stops = event.precision === 'vague' ? softEnds(width) : null;
  return { shape: 'bar', x: mid - width / 2, width, opacityStops: stops };
}

/**
 * The glyph of an event on this scale, or null when neither end of its date
 * is known (it cannot be placed; the event list still shows it).
 */
export function glyphFor(event: TimelineEvent, scale: DayScale): Glyph | null {
  const later: 1 | -1 = scale.direction === 'ltr' ? 1 : -1;
  const body = bodyOf(event, scale, later);
  if (!body) return null;
  const expected = event.status === 'expected';
  const corroborated = event.sourceCount >= 2;
  // Decorations start outside the second outline, when there is one.
  const halo = corroborated ? DOUBLE_OUTLINE_PX : 0;
  const earlierReach = (later > 0 ? body.x : body.x + body.width) - later * halo;
  let reach = (later > 0 ? body.x + body.width : body.x) + later * halo;
  let arrow: Glyph['arrow'] = null;
  if (event.status === 'ongoing') {
    arrow = { x: reach, pointsRight: later > 0 };
    reach += later * ARROW_PX;
  }
  let badge: Glyph['badge'] = null;
  if (corroborated) {
    badge = { cx: reach + later * (GAP_PX + BADGE_PX / 2), count: event.sourceCount };
    reach += later * (GAP_PX + BADGE_PX);
  }
  return {
    ...body,
    fill: expected ? 'hollow' : 'solid',
    dash: expected ? DASH : null,
    outline: corroborated ? 'double' : 'single',
    openStart: event.earliest === null,
    openEnd: event.latest === null,
    arrow,
    badge,
    extent: [Math.min(earlierReach, reach), Math.max(earlierReach, reach)],
    laterSide: later > 0 ? 'right' : 'left',
  };
}
