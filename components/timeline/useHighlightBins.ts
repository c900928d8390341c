'use client';
/**
 * The highlight inside density bands: when an actor (or a graph edge's
 * events) is highlighted, each crowded lane also bins the highlighted events
 * alone, on the same day grid as the band, so the canvas can mark where they
 * are even before the lane resolves into single glyphs. The selection is made
 * once per highlight; a frame only bins the highlighted anchors in view.
 */
import { useMemo } from 'react';
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
  const anchors = useMemo(() => {
    const byLane = new Map<string, Float64Array>();
    const ids = new Set(highlightEventIds ?? []);
    if (!highlightActorId && ids.size === 0) return byLane;
    for (const lane of prepared) {
      const picked: number[] = [];
      lane.events.forEach((event, i) => {
        if ((highlightActorId !== null && event.participants.includes(highlightActorId)) || ids.has(event.id)) picked.push(lane.anchors[i]!);
      });
      byLane.set(lane.key, Float64Array.from(picked));
    }
    return byLane;
  }, [prepared, highlightActorId, highlightEventIds]);

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
