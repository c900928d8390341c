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
 * label, so the packing changes with zoom but not with panning.
 */
import { SIDES, SIDE_LABELS, sideOf, type Side, type TimelineEvent } from '../timeline-model';
import type { Actor } from '../schema';
import { glyphFor, type Glyph } from './glyphs';
import type { DayScale } from './scale';
import { estimateTextWidth, truncateToWidth } from './text';

export type LanesMode = 'side' | 'actor';

export interface LaneGroup {
  /** `side:us` or `actor:kerry`. */
  key: string;
  /** The side that gives the lane its colour. */
  side: Side;
  /** The actor of an actor lane; null for a side lane. */
  actorId: string | null;
  label: { en: string; ar: string };
  /** Events in the lane, in the order given. */
  events: TimelineEvent[];
}

/** Lane grouping alone, before any pixels. */
export function groupIntoLanes(events: readonly TimelineEvent[], actors: readonly Actor[], mode: LanesMode): LaneGroup[] {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const sideOfActor = (id: string): Side => {
    const actor = actorById.get(id);
    return actor ? sideOf(actor) : 'other';
  };
  const groups = new Map<string, LaneGroup>();
  const add = (key: string, make: () => Omit<LaneGroup, 'events'>, event: TimelineEvent) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { ...make(), events: [] }));
    group.events.push(event);
  };
  for (const event of events) {
    if (mode === 'side') {
      const side = actorById.has(event.lead) ? sideOfActor(event.lead) : (event.sides[0] ?? 'other');
      add(`side:${side}`, () => ({ key: `side:${side}`, side, actorId: null, label: SIDE_LABELS[side] }), event);
    } else {
      for (const id of new Set(event.participants)) {
        const name = actorById.get(id)?.name ?? { en: id, ar: id };
        add(`actor:${id}`, () => ({ key: `actor:${id}`, side: sideOfActor(id), actorId: id, label: { ...name } }), event);
      }
    }
  }
  const sideRank = (side: Side) => SIDES.indexOf(side);
  return [...groups.values()].sort(
    (a, b) => sideRank(a.side) - sideRank(b.side) || b.events.length - a.events.length || a.label.en.localeCompare(b.label.en),
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
}

export interface Lane extends Omit<LaneGroup, 'events'> {
  eventCount: number;
  rowCount: number;
  /** Top of the lane band. */
  y: number;
  height: number;
  /** Top of its first row. */
  rowsTop: number;
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

const LABEL_GAP_PX = 5;

/** Lanes with their rows and every placeable item positioned on the scale. */
export function layoutLanes(
  events: readonly TimelineEvent[],
  actors: readonly Actor[],
  mode: LanesMode,
  scale: DayScale,
  options: LaneLayoutOptions,
): LaneLayout {
  const { locale, rowHeight = 28, headerHeight = 20, laneGap = 8, labelFontPx = 12, maxLabelPx = 180, itemGapPx = 8 } = options;
  const lanes: Lane[] = [];
  const items: LaneItem[] = [];
  let y = 0;
  for (const group of groupIntoLanes(events, actors, mode)) {
    const placed = group.events.flatMap((event) => {
      const glyph = glyphFor(event, scale);
      if (!glyph) return [];
      const label = truncateToWidth(locale === 'ar' ? event.titleAr : event.title, maxLabelPx, labelFontPx);
      const labelWidth = label ? estimateTextWidth(label, labelFontPx) + LABEL_GAP_PX : 0;
      const right = glyph.laterSide === 'right';
      const [g0, g1] = glyph.extent;
      const span: [number, number] = right ? [g0, g1 + labelWidth] : [g0 - labelWidth, g1];
      return [{ event, glyph, label, span, labelX: right ? g1 + LABEL_GAP_PX : g0 - LABEL_GAP_PX, labelSide: glyph.laterSide }];
    });
    const { rows, rowCount } = packRows(
      placed.map((p) => p.span),
      itemGapPx,
    );
    const { events: laneEvents, ...identity } = group;
    const lane: Lane = { ...identity, eventCount: laneEvents.length, rowCount, y, height: headerHeight + rowCount * rowHeight + laneGap, rowsTop: y + headerHeight };
    placed.forEach((p, i) => {
      const row = rows[i]!;
      items.push({
        key: `${group.key}/${p.event.id}`,
        event: p.event,
        laneKey: group.key,
        side: group.side,
        row,
        x0: p.span[0],
        x1: p.span[1],
        y: lane.rowsTop + row * rowHeight + rowHeight / 2,
        glyph: p.glyph,
        label: p.label,
        labelX: p.labelX,
        labelSide: p.labelSide,
      });
    });
    lanes.push(lane);
    y += lane.height;
  }
  return { lanes, items, height: y };
}
