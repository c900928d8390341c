/**
 * What is under the pointer on the timeline's canvas. The canvas has no
 * elements to receive events, so hover and click ask this index instead: a
 * d3-quadtree over the centres of every drawn box (event glyphs with their
 * titles, density bins), searched within the widest box's half size so a
 * long bar is found from any of its pixels. It is built once per layout, not
 * per pointer move, and answers in logarithmic time.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { LaneLayout } from './lanes';

/** A drawn box and what it stands for. */
export type HitTarget =
  | { kind: 'event'; key: string; eventId: string; x0: number; x1: number; y0: number; y1: number }
  | { kind: 'bin'; laneKey: string; fromDay: number; toDay: number; count: number; x0: number; x1: number; y0: number; y1: number };

export interface HitIndex {
  /** The target under (x, y) in plot coordinates, the one whose centre is closest when boxes overlap; null for none. */
  at(x: number, y: number): HitTarget | null;
  readonly size: number;
}

/** Half the height of an event's clickable box around its row centre. */
export const ITEM_HALF_HEIGHT = 12;
/** Padding around an event's footprint that still counts as a hit, so small marks are easy to hit. */
export const HIT_PAD_PX = 4;

/** The boxes a layout draws: every event item (glyph and title), and every density bin of a crowded lane. */
export function hitTargetsOf(layout: LaneLayout, rowHeight = 28): HitTarget[] {
  const targets: HitTarget[] = layout.items.map((item) => ({
    kind: 'event',
    key: item.key,
    eventId: item.event.id,
    x0: item.x0 - HIT_PAD_PX,
    x1: item.x1 + HIT_PAD_PX,
    y0: item.y - ITEM_HALF_HEIGHT,
    y1: item.y + ITEM_HALF_HEIGHT,
  }));
  for (const lane of layout.lanes) {
    if (!lane.density) continue;
    for (const bin of lane.density.bins) {
      targets.push({
        kind: 'bin',
        laneKey: lane.key,
        fromDay: bin.fromDay,
        toDay: bin.toDay,
        count: bin.count,
        x0: bin.x0,
        x1: bin.x1,
        y0: lane.rowsTop,
        y1: lane.rowsTop + rowHeight,
      });
    }
  }
  return targets;
}

/** A spatial index over `targets`. */
export function createHitIndex(targets: readonly HitTarget[]): HitIndex {
  let halfWidth = 0;
  let halfHeight = 0;
  for (const t of targets) {
    halfWidth = Math.max(halfWidth, (t.x1 - t.x0) / 2);
    halfHeight = Math.max(halfHeight, (t.y1 - t.y0) / 2);
  }
  const tree: Quadtree<HitTarget> = quadtree<HitTarget>()
    .x((t) => (t.x0 + t.x1) / 2)
    .y((t) => (t.y0 + t.y1) / 2)
    .addAll([...targets]);
  return {
    size: targets.length,
    at(x, y) {
      let best: HitTarget | null = null;
      let bestDistance = Infinity;
      // Any box containing (x, y) has its centre within the largest half sizes of it.
      const [qx0, qy0, qx1, qy1] = [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight];
      tree.visit((node, nx0, ny0, nx1, ny1) => {
        if (!node.length) {
          for (let leaf: typeof node | undefined = node; leaf; leaf = leaf.next) {
            const t = leaf.data;
            if (x < t.x0 || x > t.x1 || y < t.y0 || y > t.y1) continue;
            const distance = Math.abs(x - (t.x0 + t.x1) / 2) + Math.abs(y - (t.y0 + t.y1) / 2);
            if (distance < bestDistance) {
              best = t;
              bestDistance = distance;
            }
          }
        }
        return nx0 > qx1 || nx1 < qx0 || ny0 > qy1 || ny1 < qy0;
      });
      return best;
    },
  };
}
