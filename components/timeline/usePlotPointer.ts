'use client';
/**
 * The pointer over the plot, answered by the hit index (lib/timeline/hit-test)
 * since the canvas has no elements: which event or density bin is under it
 * (tooltip and hover outline), and what a click does (select the event, or
 * zoom into the bin). The index is built at the first question after the
 * layout changed, not on every frame. Tooltips opened by keyboard focus stay
 * until focus leaves; those opened by the pointer follow it.
 */
import { useRef, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { createHitIndex, hitTargetsOf, type HitIndex, type HitTarget } from '@/lib/timeline/hit-test';
import type { LaneLayout } from '@/lib/timeline/lanes';
import type { TipSource } from './GlyphLayer';

export type BinHit = Extract<HitTarget, { kind: 'bin' }>;

export interface PlotPointerOptions {
  svgRef: RefObject<SVGSVGElement | null>;
  layout: LaneLayout;
  rowHeight: number;
  /** Top of the lanes in the SVG, and how far they are scrolled. */
  plotTop: number;
  laneScroll: number;
  selectedEventId: string | null;
  onSelectEvent(id: string | null): void;
  onZoomIntoBin(bin: BinHit): void;
}

export function usePlotPointer({ svgRef, layout, rowHeight, plotTop, laneScroll, selectedEventId, onSelectEvent, onZoomIntoBin }: PlotPointerOptions) {
  const [tip, setTip] = useState<{ key: string; source: TipSource } | null>(null);
  const [binTip, setBinTip] = useState<BinHit | null>(null);
  const hitCache = useRef<{ layout: LaneLayout; index: HitIndex } | null>(null);

  const hitAt = (clientX: number, clientY: number): HitTarget | null => {
    const svg = svgRef.current;
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const y = clientY - box.top - plotTop;
    if (y < 0) return null;
    if (hitCache.current?.layout !== layout) hitCache.current = { layout, index: createHitIndex(hitTargetsOf(layout, rowHeight)) };
    return hitCache.current.index.at(clientX - box.left, y + laneScroll);
  };

  return {
    tip,
    setTip,
    binTip,
    onPointerMove(e: PointerEvent<SVGSVGElement>) {
      if (e.buttons) return;
      const hit = hitAt(e.clientX, e.clientY);
      setBinTip((b) => (hit?.kind === 'bin' ? (b?.x0 === hit.x0 && b.laneKey === hit.laneKey ? b : hit) : null));
      if (hit?.kind === 'event') setTip((t) => (t?.source === 'focus' || t?.key === hit.key ? t : { key: hit.key, source: 'hover' }));
      else setTip((t) => (t?.source === 'hover' ? null : t));
    },
    onPointerLeave() {
      setBinTip(null);
      setTip((t) => (t?.source === 'hover' ? null : t));
    },
    onClick(e: MouseEvent<SVGSVGElement>) {
      // Hit regions select on their own; the brush strip keeps its clicks.
      if (e.target instanceof Element && e.target.closest('[data-event-id], [data-no-zoom]')) return;
      const hit = hitAt(e.clientX, e.clientY);
      if (hit?.kind === 'event') onSelectEvent(hit.eventId === selectedEventId ? null : hit.eventId);
      else if (hit?.kind === 'bin') onZoomIntoBin(hit);
    },
  };
}
