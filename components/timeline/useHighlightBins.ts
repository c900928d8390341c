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
  const [byActor] = useState(() => new WeakMap<PreparedLane, ReadonlyMap<string, readonly number[]>>());
  // Built at the first idle moment after the lanes change, so a selection reads its actor's events instead of scanning 100,000.
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(() => prepared.forEach((lane) => actorPositions(byActor, lane)));
    return () => window.cancelIdleCallback(handle);
  }, [prepared, byActor]);

  const anchors = useMemo(() => {
    const byLane = new Map<string, Float64Array>();
    const ids = new Set(highlightEventIds ?? []);
    if (!highlightActorId && ids.size === 0) return byLane;
    for (const lane of prepared) {
      const picked = new Set<number>(highlightActorId !== null ? (actorPositions(byActor, lane).get(highlightActorId) ?? []) : []);
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

/** Each participant's positions in the lane (ascending), built once per lane and kept while the lanes are the same. */
function actorPositions(cache: WeakMap<PreparedLane, ReadonlyMap<string, readonly number[]>>, lane: PreparedLane): ReadonlyMap<string, readonly number[]> {
  let index = cache.get(lane);
  if (!index) {
    const built = new Map<string, number[]>();
    lane.order.forEach((record, i) => {
      for (const actor of new Set(lane.records.participants(record))) {
        const list = built.get(actor);
        if (list) list.push(i);
        else built.set(actor, [i]);
      }
    });
    cache.set(lane, (index = built));
  }
  return index;
}
