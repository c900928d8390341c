/**
 * Lanes and rows: which horizontal band each event is drawn in, and on which
 * row inside it, so that no two glyphs or their title labels overlap.
 *
 * Two groupings, chosen by the analyst:
 * - 'side': one lane per side that has events, in `SIDES` order; an event sits
 *   in the lane of its lead actor's side;
 * - 'actor': one lane per actor with events, ordered by side and then by how
 *   many events the actor takes part in; an event is repeated in the lane of
 *   each participant, so an actor's lane reads as that actor's whole story.
 *
 * Rows are packed greedily over the pixel footprint of each glyph plus its
 * label, so the packing changes with zoom but not with panning. A lane with
 * more events than can be drawn one by one (lib/timeline/density) packs only
 * the events in view, and above that shows a density band with counts.
 *
 * The work is split in two: `prepareLanes` groups and sorts once per data
 * set; `layoutPreparedLanes` runs every frame and costs two binary searches
 * per lane plus the events in view. Titles are cut to fit and measured only
 * for the events placed one by one (`laneLabeller`), once each: at 100,000
 * events, cutting every title up front cost a second before the first
 * drawing, which shows density bands.
 */
import { SIDES, SIDE_LABELS, sideOf, type Side, type TimelineEvent } from '../timeline-model';
import { asTimelineRecords, type TimelineRecords } from './records';
import type { ActorSummary } from '../actor-summary';
import { ARROW_PX, BADGE_PX, OPEN_STUB_PX, RING_HALF_LINE_PX, RING_PAD_PX, glyphFor, type Glyph } from './glyphs';
import { BIN_PX, DETAIL_LIMIT, binLaneDensity, placeCountLabels, visibleRange, type CountLabel, type DensityBin } from './density';
import type { DayScale } from './scale';
import { estimateTextWidth, truncateToWidth, type TextMeasure } from './text';
import { fitLabel } from './label-fit';

export type LanesMode = 'side' | 'actor';

export interface LaneGroup {
  /** `side:us` or `actor:kerry`. */
  key: string;
  /** The side that gives the lane its colour. */
  side: Side;
  /** The actor of an actor lane; null for a side lane. */
  actorId: string | null;
  label: { en: string; ar: string };
  /** The lane's events, as positions in the records, in the order given. */
  members: Int32Array | number[];
}

/** Each actor's side, as the lanes colour and group by it (the build's lane-side column is made from the same map). */
export function sidesOfActors(actors: readonly ActorSummary[]): Map<string, Side> {
  return new Map(actors.map((a) => [a.id, sideOf(a)]));
}

/**
 * Lane grouping alone, before any pixels, by reading each event's lead or
 * participants (./records), not its whole record: at 100,000 events the first
 * drawing needs no record at all. Each actor's side is worked out once and
 * each lane is looked up by a key made once: at 100,000 events, a key string
 * and a closure per event took 40–70 ms of the first drawing.
 */
export function groupIntoLanes(events: readonly TimelineEvent[] | TimelineRecords, actors: readonly ActorSummary[], mode: LanesMode): LaneGroup[] {
  const records = asTimelineRecords(events);
  const sideById = sidesOfActors(actors);
  const groups = new Map<string, LaneGroup>();
  if (mode === 'side') {
    const codes = records.laneSides(sideById);
    // Counted first, then filled into arrays of the right size, not grown by push 100,000 times.
    const sizes = new Int32Array(SIDES.length);
    for (let i = 0; i < codes.length; i += 1) sizes[codes[i]!]! += 1;
    const bySide: Int32Array[] = [];
    for (let code = 0; code < SIDES.length; code += 1) {
      bySide.push(new Int32Array(sizes[code]!));
      if (sizes[code]! === 0) continue;
      const side = SIDES[code]!;
      groups.set(`side:${side}`, { key: `side:${side}`, side, actorId: null, label: SIDE_LABELS[side], members: bySide[code]! });
    }
    const filled = new Int32Array(SIDES.length);
    for (let i = 0; i < codes.length; i += 1) {
      const code = codes[i]!;
      bySide[code]![filled[code]!++] = i;
    }
  } else {
    const actorById = new Map(actors.map((a) => [a.id, a]));
    const membersOf = new Map<string, number[]>();
    for (let i = 0; i < records.count; i += 1) {
      for (const id of new Set(records.participants(i))) {
        let members = membersOf.get(id);
        if (!members) {
          const name = actorById.get(id)?.name ?? { en: id, ar: id };
          membersOf.set(id, (members = []));
          groups.set(`actor:${id}`, { key: `actor:${id}`, side: sideById.get(id) ?? 'other', actorId: id, label: { ...name }, members });
        }
        members.push(i);
      }
    }
  }
  const sideRank = (side: Side) => SIDES.indexOf(side);
  return [...groups.values()].sort(
    (a, b) => sideRank(a.side) - sideRank(b.side) || b.members.length - a.members.length || a.label.en.localeCompare(b.label.en),
  );
}

/**
 * Greedy interval packing: each span goes into the first row where it starts
 * at least `gap` after that row's last span ends. Taking spans by their start
 * makes this use the fewest rows possible. Returns each span's row, in input order.
 */
export function packRows(spans: readonly (readonly [number, number])[], gap: number): { rows: number[]; rowCount: number } {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]![0] - spans[b]![0] || spans[a]![1] - spans[b]![1]);
  const rowEnds: number[] = [];
  const rows = new Array<number>(spans.length).fill(0);
  for (const i of order) {
    const [start, end] = spans[i]!;
    let row = rowEnds.findIndex((rowEnd) => start >= rowEnd + gap);
    if (row === -1) row = rowEnds.push(end) - 1;
    else rowEnds[row] = end;
    rows[i] = row;
  }
  return { rows, rowCount: Math.max(1, rowEnds.length) };
}

export interface LaneLayoutOptions {
  /** Language of the title labels beside the glyphs. */
  locale: 'en' | 'ar';
  rowHeight?: number;
  /** Room above the rows for the lane's name. */
  headerHeight?: number;
  /** Empty space closing each lane. */
  laneGap?: number;
  labelFontPx?: number;
  /** Longest title label; longer titles are cut with an ellipsis (the tooltip has the full one). */
  maxLabelPx?: number;
  /** Clear space between two items in a row. */
  itemGapPx?: number;
  /** Most events in view that a lane draws one by one; above it, a density band. */
  detailLimit?: number;
  /**
   * A title's width as the canvas draws it (components/timeline/title-measure);
   * estimated where nothing can be measured. Rows are packed with it: with the
   * estimate, the page's wider font ran titles into the next event's glyph.
   */
  measureText?: TextMeasure;
}

export interface Lane extends Omit<LaneGroup, 'members'> {
  eventCount: number;
  rowCount: number;
  /** Top of the lane band. */
  y: number;
  height: number;
  /** Top of its first row. */
  rowsTop: number;
  /** When the lane is too crowded to draw its events one by one: its density band, else null. */
  density: { bins: DensityBin[]; labels: CountLabel[]; maxCount: number; inView: number } | null;
}

export interface LaneItem {
  /** Unique per drawing: an event repeated in several actor lanes has one item per lane. */
  key: string;
  event: TimelineEvent;
  laneKey: string;
  side: Side;
  row: number;
  /** Footprint on screen, glyph and label together. */
  x0: number;
  x1: number;
  /** Vertical centre of the item's row. */
  y: number;
  glyph: Glyph;
  /** Title, shortened to fit. */
  label: string;
  /** Where the label starts, and on which side of that point it extends. */
  labelX: number;
  labelSide: 'left' | 'right';
}

export interface LaneLayout {
  lanes: Lane[];
  items: LaneItem[];
  height: number;
}

/**
 * Room between a glyph and its title: past the ring a highlighted or
 * selected glyph wears, with air before the first letter. At 5 px, a
 * highlighted bar's Arabic title touched its ring (a briefing's
 * screenshot), and the selection's 2.5 px line crossed its title.
 */
const LABEL_GAP_PX = Math.ceil(RING_PAD_PX + RING_HALF_LINE_PX + 2.5);

/** A lane ready to be laid out on any scale: its placeable events sorted by anchor day. */
export interface PreparedLane extends Omit<LaneGroup, 'members'> {
  eventCount: number;
  /** Where the lane's events are read; a record is made only for an event placed one by one. */
  records: TimelineRecords;
  /** Placeable events (at least one end known), as positions in `records`, by anchor day. */
  order: Int32Array;
  /** The day each event is counted at: the middle of its interval, or its known end. Ascending. */
  anchors: Float64Array;
  /** Longest half interval of the lane in days: how far before or after its anchor an event may reach. */
  reachDays: number;
}

/** The lane's placeable events' records, in lane order (made if they were not). */
export function laneEvents(lane: PreparedLane): TimelineEvent[] {
  return Array.from(lane.order, (i) => lane.records.at(i));
}

/** An event's title label, cut to fit, and the room it takes beside the glyph (0 for none). */
export type LaneLabeller = (event: TimelineEvent) => { text: string; widthPx: number };

/**
 * Cuts and measures each event's title the first time it is placed, and
 * remembers it by record: a labeller serves one locale and label room (make
 * a new one when they, or the records' words, change).
 */
export function laneLabeller({ locale, labelFontPx = 12, maxLabelPx = 180, measureText = estimateTextWidth }: Pick<LaneLayoutOptions, 'locale' | 'labelFontPx' | 'maxLabelPx' | 'measureText'>): LaneLabeller {
  const cache = new WeakMap<TimelineEvent, { text: string; widthPx: number }>();
  return (event) => {
    let label = cache.get(event);
    if (!label) {
      const text = truncateToWidth(locale === 'ar' ? event.titleAr : event.title, maxLabelPx, labelFontPx, measureText);
      label = { text, widthPx: text ? measureText(text, labelFontPx) + LABEL_GAP_PX : 0 };
      cache.set(event, label);
    }
    return label;
  };
}

/** The day an event is binned and sorted by, or null when neither end is known. */
export function anchorDay(event: Pick<TimelineEvent, 'earliest' | 'latest'>): number | null {
  return anchorOf(event.earliest, event.latest);
}

function anchorOf(earliest: number | null, latest: number | null): number | null {
  const anchor = anchorOfDays(earliest ?? NaN, latest ?? NaN);
  return Number.isNaN(anchor) ? null : anchor;
}

/**
 * The rule of anchorOf on days that are NaN where open (as records' `days()`
 * give them, read in typed loops): the middle of a closed interval, a known
 * end's day, NaN when neither end is known.
 */
function anchorOfDays(earliest: number, latest: number): number {
  if (Number.isNaN(latest)) return earliest;
  if (Number.isNaN(earliest)) return latest + 1;
  return (earliest + latest + 1) / 2;
}

/** Most members a lane sorts by packed keys (the position takes the key's low 24 bits). */
const KEY_POSITION_BITS = 2 ** 24;
/** Anchors are whole or half days; twice one must stay within 2^28 so that a key stays an exact integer (< 2^53). */
const KEY_ANCHOR_LIMIT = 2 ** 28;

/**
 * The members `placeable` (positions into `anchorAt`) by anchor, ties in
 * their given order. Each becomes one number, twice its anchor (an integer:
 * anchors are whole or half days) above its place in the list, and the
 * numbers are sorted natively: a comparator, called ~1.7 million times for a
 * lane of 68,000 events mostly in date order, took twice as long. Anchors out
 * of that range fall back to the comparator.
 */
export function sortByAnchor(placeable: Int32Array, anchorAt: Float64Array): ArrayLike<number> {
  const n = placeable.length;
  const keys = new Float64Array(n);
  for (let p = 0; p < n; p += 1) {
    const twice = 2 * anchorAt[placeable[p]!]!;
    if (n >= KEY_POSITION_BITS || !Number.isInteger(twice) || Math.abs(twice) >= KEY_ANCHOR_LIMIT) {
      // Ties keep their input order (Array.prototype.sort is stable).
      return Array.from(placeable).sort((a, b) => anchorAt[a]! - anchorAt[b]!);
    }
    keys[p] = twice * KEY_POSITION_BITS + p;
  }
  keys.sort();
  const out = new Int32Array(n);
  // The low bits are the place in `placeable`, whatever the anchor's sign (floor of a key is twice its anchor).
  for (let q = 0; q < n; q += 1) out[q] = placeable[keys[q]! - Math.floor(keys[q]! / KEY_POSITION_BITS) * KEY_POSITION_BITS]!;
  return out;
}

/**
 * Groups and sorts once; the result serves every frame until the data or the
 * grouping changes. Anchors go in a typed array and the events are sorted by
 * position: the events mostly come in date order (the payload's), and an
 * order already sorted is kept without sorting.
 */
export function prepareLanes(events: readonly TimelineEvent[] | TimelineRecords, actors: readonly ActorSummary[], mode: LanesMode): PreparedLane[] {
  const records = asTimelineRecords(events);
  const days = records.days();
  const firstDays = days.earliest;
  const lastDays = days.latest;
  return groupIntoLanes(records, actors, mode).map(({ members, ...identity }) => {
    // Typed arrays of the lane's size and plain loops: a growing array of 100,000 numbers and a forEach over it were
    // 4 MB of the first drawing's allocations at 100,000 events (its allocation profile).
    const anchorAt = new Float64Array(members.length);
    const placeable = new Int32Array(members.length);
    let count = 0;
    let reachDays = 0;
    let sorted = true;
    for (let k = 0; k < members.length; k += 1) {
      const i = members[k]!;
      const earliest = firstDays[i]!;
      const latest = lastDays[i]!;
      const anchor = anchorOfDays(earliest, latest);
      if (Number.isNaN(anchor)) continue;
      anchorAt[k] = anchor;
      if (count > 0 && anchor < anchorAt[placeable[count - 1]!]!) sorted = false;
      placeable[count++] = k;
      // Half the interval; NaN (an open end) is never greater.
      const reach = (latest + 1 - earliest) / 2;
      if (reach > reachDays) reachDays = reach;
    }
    const byAnchor: ArrayLike<number> = sorted ? placeable : sortByAnchor(placeable.subarray(0, count), anchorAt);
    const anchors = new Float64Array(count);
    const order = new Int32Array(count);
    for (let n = 0; n < count; n += 1) {
      const k = byAnchor[n]!;
      anchors[n] = anchorAt[k]!;
      order[n] = members[k]!;
    }
    return { ...identity, eventCount: members.length, records, order, anchors, reachDays };
  });
}

/** Lanes with their rows and every placeable item positioned on the scale. */
export function layoutLanes(
  events: readonly TimelineEvent[] | TimelineRecords,
  actors: readonly ActorSummary[],
  mode: LanesMode,
  scale: DayScale,
  options: LaneLayoutOptions,
): LaneLayout {
  return layoutPreparedLanes(prepareLanes(events, actors, mode), scale, options);
}

/**
 * One frame's layout: each lane draws its events one by one when it has few
 * enough (all of them when the whole lane is small, so panning keeps rows
 * still; else those in view), or a density band with counts when crowded.
 */
export function layoutPreparedLanes(
  prepared: readonly PreparedLane[],
  scale: DayScale,
  options: LaneLayoutOptions,
  labelOf: LaneLabeller = laneLabeller(options),
): LaneLayout {
  const { rowHeight = 28, headerHeight = 20, laneGap = 8, maxLabelPx = 180, itemGapPx = 8, detailLimit = DETAIL_LIMIT, labelFontPx = 12, measureText = estimateTextWidth } = options;
  // Pixels an item may reach beyond its interval: the open stub or arrow and badge, then its title.
  const reachPx = Math.max(OPEN_STUB_PX, ARROW_PX + BADGE_PX + 8) + maxLabelPx + LABEL_GAP_PX;
  const lanes: Lane[] = [];
  const items: LaneItem[] = [];
  let y = 0;
  for (const lane of prepared) {
    let range: [number, number] = [0, lane.order.length];
    let density: Lane['density'] = null;
    if (lane.order.length > detailLimit) {
      // Detail or density is decided by the events whose anchor is in view; the events placed
      // also include those just outside whose bars or titles reach in, within reason.
      const inView = visibleRange(lane.anchors, scale, 0);
      range = visibleRange(lane.anchors, scale, lane.reachDays + reachPx / scale.pxPerDay);
      if (inView[1] - inView[0] > detailLimit || range[1] - range[0] > 4 * detailLimit) {
        const bins = binLaneDensity(lane.anchors, inView[0], inView[1], scale, BIN_PX);
        density = { bins, labels: placeCountLabels(bins), maxCount: bins.reduce((m, b) => Math.max(m, b.count), 0), inView: inView[1] - inView[0] };
        range = [0, 0];
      }
    }
    const placed: { event: TimelineEvent; glyph: Glyph; span: [number, number]; labelX: number; label: string; side: 'left' | 'right' }[] = [];
    for (let i = range[0]; i < range[1]; i += 1) {
      const event = lane.records.at(lane.order[i]!);
      const glyph = glyphFor(event, scale);
      if (!glyph) continue;
      const offered = labelOf(event);
      const { text: label, widthPx: labelWidth, side } = fitLabel(offered.text, offered.widthPx, glyph.laterSide, glyph.extent, scale.range, labelFontPx, LABEL_GAP_PX, measureText);
      const right = side === 'right';
      const [g0, g1] = glyph.extent;
      const span: [number, number] = right ? [g0, g1 + labelWidth] : [g0 - labelWidth, g1];
      placed.push({ event, glyph, span, labelX: right ? g1 + LABEL_GAP_PX : g0 - LABEL_GAP_PX, label, side });
    }
    const { rows, rowCount } = packRows(
      placed.map((p) => p.span),
      itemGapPx,
    );
    const { records: _records, order: _order, anchors: _anchors, reachDays: _reach, ...identity } = lane;
    const laid: Lane = { ...identity, rowCount, y, height: headerHeight + rowCount * rowHeight + laneGap, rowsTop: y + headerHeight, density };
    placed.forEach((p, i) => {
      const row = rows[i]!;
      const event = p.event;
      items.push({
        key: `${lane.key}/${event.id}`,
        event,
        laneKey: lane.key,
        side: lane.side,
        row,
        x0: p.span[0],
        x1: p.span[1],
        y: laid.rowsTop + row * rowHeight + rowHeight / 2,
        glyph: p.glyph,
        label: p.label,
        labelX: p.labelX,
        labelSide: p.side,
      });
    });
    lanes.push(laid);
    y += laid.height;
  }
  return { lanes, items, height: y };
}
