/**
 * The highlight inside density bands: a selected actor's (or edge's) events
 * are binned apart in each crowded lane, so the band can mark where they
 * are. The actor's positions come from an index built once per lane, not
 * from a scan of every event per selection; what is binned must be the same.
 */
import { renderHook } from '@testing-library/react';
import { useHighlightBins } from '@/components/timeline/useHighlightBins';
import type { LaneLayout, PreparedLane } from '@/lib/timeline/lanes';
import { recordsOf } from '@/lib/timeline/records';
import type { DayScale } from '@/lib/timeline/scale';
import type { TimelineEvent } from '@/lib/timeline-model';

const event = (id: string, participants: string[]) => ({ id, participants }) as unknown as TimelineEvent;

// 300 events a day apart; "a" takes part in every third, "b" in every fifth (twice in one of them).
const events = Array.from({ length: 300 }, (_, i) => event(`e${i}`, [...(i % 3 === 0 ? ['a'] : []), ...(i % 5 === 0 ? ['b', 'b'] : []), 'crowd']));
const lane = { key: 'us', records: recordsOf(events), order: Int32Array.from(events, (_, i) => i), anchors: Float64Array.from(events, (_, i) => i), reachDays: 0, eventCount: events.length } as unknown as PreparedLane;
const layout = { lanes: [{ key: 'us', density: true }], items: [], height: 100 } as unknown as LaneLayout;
const scale = { domain: [0, 300], pxPerDay: 6, x: (d: number) => d * 6, day: (px: number) => px / 6 } as unknown as DayScale;
const total = (bins: readonly { count: number }[] | undefined) => (bins ?? []).reduce((n, b) => n + b.count, 0);

describe('useHighlightBins', () => {
  it('bins exactly the highlighted actor\'s events, each once, and follows a change of actor', () => {
    const { result, rerender } = renderHook(({ actor }) => useHighlightBins([lane], actor, undefined, layout, scale), { initialProps: { actor: 'a' as string | null } });
    expect(total(result.current.get('us'))).toBe(100);
    rerender({ actor: 'b' });
    // Listed twice in one event, still counted once per event.
    expect(total(result.current.get('us'))).toBe(60);
    rerender({ actor: null });
    expect(result.current.get('us')).toBeUndefined();
  });

  it('adds an edge\'s events to the actor\'s without counting an event twice', () => {
    const { result } = renderHook(() => useHighlightBins([lane], 'a', ['e0', 'e1', 'e2'], layout, scale));
    // e0 is already one of a's; e1 and e2 are not.
    expect(total(result.current.get('us'))).toBe(102);
  });

  it('marks nothing for an actor in none of the lane\'s events', () => {
    const { result } = renderHook(() => useHighlightBins([lane], 'nobody', undefined, layout, scale));
    expect(total(result.current.get('us'))).toBe(0);
  });

  it('indexes a large lane in idle moments, a slice per moment, and bins the same events from that index', () => {
    const big = Array.from({ length: 10_000 }, (_, i) => event(`b${i}`, i % 7 === 0 ? ['a', 'crowd'] : ['crowd']));
    const bigLane = { key: 'us', records: recordsOf(big), order: Int32Array.from(big, (_, i) => i), anchors: Float64Array.from(big, (_, i) => i / 40), reachDays: 0, eventCount: big.length } as unknown as PreparedLane;
    const moments: ((deadline: IdleDeadline) => void)[] = [];
    const w = window as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
    w.requestIdleCallback = (callback: (deadline: IdleDeadline) => void) => moments.push(callback);
    w.cancelIdleCallback = () => {};
    try {
      const { result, rerender, unmount } = renderHook(({ actor }) => useHighlightBins([bigLane], actor, undefined, layout, scale), { initialProps: { actor: null as string | null } });
      // Each moment has room for one slice only: the index takes several moments, each asking for the next.
      let given = 0;
      while (moments.length > given && given < 100) {
        let room = 3;
        moments[given]!({ didTimeout: false, timeRemaining: () => (room -= 1) });
        given += 1;
      }
      expect(given).toBeGreaterThanOrEqual(3);
      rerender({ actor: 'a' });
      expect(total(result.current.get('us'))).toBe(Math.ceil(10_000 / 7));
      unmount();
    } finally {
      delete w.requestIdleCallback;
      delete w.cancelIdleCallback;
    }
  });
});
