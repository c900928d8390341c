/**
 * Where each actor's events sit in a lane's order: what the timeline reads to
 * mark a highlighted actor inside density bands (components/timeline
 * useHighlightBins), instead of scanning 100,000 events on each selection.
 *
 * Built in slices at idle moments, in two passes: the first counts each
 * actor's events, the second writes their positions into one Int32Array,
 * each actor's ascending in a range of its own. The index it replaced kept a
 * growing array per actor; those ~250,000 entries survived into the
 * young-generation collector's copies, pauses of 85–120 ms just before a
 * reader's first zoom (the benchmark's traces). A typed array's contents
 * are not copied by it.
 */
import type { PreparedLane } from './lanes';

/** An actor's positions in the lane's order, ascending; empty for an actor not in the lane. */
export interface ActorPositions {
  of(actor: string): Int32Array;
}

const NONE = new Int32Array(0);

/** Builds a lane's ActorPositions `count` events at a time: `step` gives them once both passes are done, null before. */
export function actorPositionsBuilder(lane: Pick<PreparedLane, 'order' | 'records'>): { step(count: number): ActorPositions | null } {
  const { order, records } = lane;
  const n = order.length;
  /** Pass 1: each actor's count; then, turned into a cursor, where its next position goes (its range's end once done). */
  const cursor = new Map<string, number>();
  let starts: Map<string, number> | null = null;
  let flat = NONE;
  let next = 0;
  let pass = 1;
  let done: ActorPositions | null = null;

  return {
    step(size) {
      if (done) return done;
      const end = Math.min(n, next + size);
      for (let i = next; i < end; i += 1) {
        const participants = records.participants(order[i]!);
        for (let k = 0; k < participants.length; k += 1) {
          const actor = participants[k]!;
          // An actor named twice in one event counts once (records made elsewhere than the columns may repeat one).
          if (participants.indexOf(actor) !== k) continue;
          const at = cursor.get(actor) ?? 0;
          // Pass 1 counts; pass 2 places the event at the actor's cursor.
          if (pass === 2) flat[at] = i;
          cursor.set(actor, at + 1);
        }
      }
      next = end;
      if (next < n) return null;
      if (pass === 1) {
        starts = new Map<string, number>();
        let total = 0;
        for (const [actor, c] of cursor) {
          starts.set(actor, total);
          cursor.set(actor, total);
          total += c;
        }
        flat = new Int32Array(total);
        pass = 2;
        next = 0;
        // A lane of no events has nothing to place.
        if (n > 0) return null;
      }
      const from = starts!;
      done = { of: (actor) => (from.has(actor) ? flat.subarray(from.get(actor)!, cursor.get(actor)!) : NONE) };
      return done;
    },
  };
}

/** A lane's ActorPositions built at once. */
export function actorPositionsOf(lane: Pick<PreparedLane, 'order' | 'records'>): ActorPositions {
  const build = actorPositionsBuilder(lane);
  let positions: ActorPositions | null = null;
  while (!positions) positions = build.step(Math.max(1, lane.order.length));
  return positions;
}
