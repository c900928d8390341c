/** @jest-environment node */
/**
 * Where each actor's events sit in a lane (lib/timeline/actor-positions):
 * what marks a selected actor inside the density bands. Built in slices or
 * at once, it must give every actor exactly the positions a scan finds.
 */
import { actorPositionsBuilder, actorPositionsOf } from '@/lib/timeline/actor-positions';
import { recordsOf } from '@/lib/timeline/records';
import { tlEvent } from './helpers/timeline-fixture';

/** A lane over `participants` (one list per event), in the order given by `order`. */
function lane(participants: string[][], order: number[]) {
  const records = recordsOf(participants.map((p, i) => tlEvent({ id: `e${i}`, participants: p })));
  return { records, order: Int32Array.from(order) };
}

/** The positions a scan of the lane finds for `actor`. */
function scanned(l: ReturnType<typeof lane>, actor: string): number[] {
  return [...l.order.keys()].filter((k) => l.records.participants(l.order[k]!).includes(actor));
}

describe('actor positions in a lane', () => {
  const participants = Array.from({ length: 50 }, (_, i) => ['kerry', 'wang', 'obama', 'xi'].filter((_, a) => (i + a) % (a + 2) === 0));
  participants[7] = ['kerry', 'kerry', 'wang']; // named twice in one event
  const order = Array.from({ length: 50 }, (_, i) => (i * 17) % 50);

  it('gives each actor the positions a scan finds, ascending, in slices of any size', () => {
    const l = lane(participants, order);
    for (const size of [1, 3, 7, 50, 1000]) {
      const build = actorPositionsBuilder(l);
      let positions = build.step(size);
      let steps = 1;
      while (!positions) {
        positions = build.step(size);
        steps += 1;
      }
      // Two passes over the lane, each in slices.
      expect(steps).toBe(size >= 50 ? 2 : 2 * Math.ceil(50 / size));
      for (const actor of ['kerry', 'wang', 'obama', 'xi']) expect([...positions.of(actor)]).toEqual(scanned(l, actor));
    }
  });

  it('counts an actor named twice in one event once', () => {
    const positions = actorPositionsOf(lane(participants, order));
    const at = order.indexOf(7);
    expect([...positions.of('kerry')].filter((k) => k === at)).toHaveLength(1);
  });

  it('answers an actor not in the lane, and a lane of no events, with no positions', () => {
    expect([...actorPositionsOf(lane(participants, order)).of('nobody')]).toEqual([]);
    expect([...actorPositionsOf(lane([], [])).of('kerry')]).toEqual([]);
  });

  it('keeps answering the same once done', () => {
    const build = actorPositionsBuilder(lane(participants, order));
    const done = build.step(100) ?? build.step(100);
    expect(done).not.toBeNull();
    expect(build.step(100)).toBe(done);
  });
});
