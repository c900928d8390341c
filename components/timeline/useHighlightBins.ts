'use client';
/**
 * The highlight inside density bands: when an actor (or a graph edge's
 * events) is highlighted, each crowded lane also bins the highlighted events
 * alone, on the same day grid as the band, so the canvas can mark where they
 * are even before the lane resolves into single glyphs. The selection is made
 * once per highlight; a frame only bins the highlighted anchors in view.
 */
import { useEffect, useMemo, useState } from 'react';
import { binLaneDensity, visibleRange, type DensityBin } from '@/lib/timeline/density';
import { actorPositionsBuilder, actorPositionsOf, type ActorPositions } from '@/lib/timeline/actor-positions';
import type { LaneLayout, PreparedLane } from '@/lib/timeline/lanes';
import type { DayScale } from '@/lib/timeline/scale';

export function useHighlightBins(
  prepared: readonly PreparedLane[],
  highlightActorId: string | null,
  highlightEventIds: readonly string[] | undefined,
  layout: LaneLayout,
  scale: DayScale,
): ReadonlyMap<string, readonly DensityBin[]> {
  // Keyed by lane object: new lanes get new entries, old ones are collected with their lanes.
  const [byActor] = useState(() => new WeakMap<PreparedLane, ActorPositions>());
  // Built in idle moments after the lanes change, a slice at a time, so a selection reads its actor's events instead of
  // scanning 100,000, and so a click that comes meanwhile waits for a slice, not for the whole index (~100 ms at 100,000 events).
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const builders = prepared.map((lane) => ({ lane, build: actorPositionsBuilder(lane) }));
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      while (builders.length > 0 && deadline.timeRemaining() > 1) {
        const { lane, build } = builders[0]!;
        if (byActor.has(lane)) {
          builders.shift();
          continue;
        }
        const positions = build.step(IDLE_SLICE);
        if (positions) {
          byActor.set(lane, positions);
          builders.shift();
        }
      }
      if (builders.length > 0) handle = window.requestIdleCallback(step);
    };
    handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }, [prepared, byActor]);

  const anchors = useMemo(() => {
    const byLane = new Map<string, Float64Array>();
    const ids = new Set(highlightEventIds ?? []);
    if (!highlightActorId && ids.size === 0) return byLane;
    for (const lane of prepared) {
      const picked = new Set<number>(highlightActorId !== null ? actorPositions(byActor, lane).of(highlightActorId) : []);
      if (ids.size > 0) lane.order.forEach((record, i) => void (ids.has(lane.records.id(record)) && picked.add(i)));
      // Positions in lane order keep the anchors ascending, as binning expects.
      byLane.set(lane.key, Float64Array.from([...picked].sort((x, y) => x - y), (i) => lane.anchors[i]!));
    }
    return byLane;
  }, [prepared, byActor, highlightActorId, highlightEventIds]);

  return useMemo(() => {
    const bins = new Map<string, DensityBin[]>();
    for (const lane of layout.lanes) {
      const laneAnchors = anchors.get(lane.key);
      if (!lane.density || !laneAnchors) continue;
      const [start, end] = visibleRange(laneAnchors, scale, 0);
      bins.set(lane.key, binLaneDensity(laneAnchors, start, end, scale));
    }
    return bins;
  }, [anchors, layout, scale]);
}

/** Events indexed per idle slice (each pass): a few milliseconds' work at the synthetic density. */
const IDLE_SLICE = 4_000;

/** Each participant's positions in the lane, built once per lane and kept while the lanes are the same. */
function actorPositions(cache: WeakMap<PreparedLane, ActorPositions>, lane: PreparedLane): ActorPositions {
  let index = cache.get(lane);
  if (!index) cache.set(lane, (index = actorPositionsOf(lane)));
  return index;
}
