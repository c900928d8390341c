'use client';
/**
 * Wheel, drag and pinch on the plot, through d3-zoom. d3-zoom keeps its own
 * cumulative transform; only the change between two of its events is passed
 * on, as a screen-space map `p → scale·p + shift`, and the timeline turns
 * that into a new domain with its pure functions. So the domain in React state
 * stays the single source of truth, and buttons, keys and "Fit all" never
 * need to tell d3-zoom what they did.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';

/** Elements marked with this attribute (the brush strip) keep their drags to themselves. */
export const NO_ZOOM_ATTRIBUTE = 'data-no-zoom';

/**
 * Binds d3-zoom to `target` while `enabled` (the SVG exists), reporting each
 * change as (scale, shift) in screen space.
 */
export function useZoomGestures(
  target: RefObject<SVGSVGElement | null>,
  enabled: boolean,
  size: { width: number; height: number },
  onGesture: (scale: number, shift: number) => void,
): void {
  const latest = useRef({ onGesture, size });
  useEffect(() => {
    latest.current = { onGesture, size };
  });

  useEffect(() => {
    const svg = target.current;
    if (!enabled || !svg) return;
    let previous: ZoomTransform = zoomIdentity;
    const behaviour = zoom<SVGSVGElement, unknown>()
      // Explicit extent: d3's default reads SVG lengths that jsdom does not implement.
      .extent(() => [
        [0, 0],
        [latest.current.size.width, latest.current.size.height],
      ])
      .filter((event: UIEvent & { button?: number; ctrlKey?: boolean }) => {
        if (event.button) return false;
        // d3-zoom disables dragging on the event's window; a synthetic event without one (jsdom, scripted clicks) cannot drag.
        if (!event.view) return false;
        if (event.type === 'wheel') return true;
        if (event.ctrlKey) return false;
        const start = event.target instanceof Element ? event.target : null;
        return !start?.closest(`[${NO_ZOOM_ATTRIBUTE}]`);
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const next = event.transform;
        const scale = next.k / previous.k;
        const shift = next.x - scale * previous.x;
        previous = next;
        if (scale !== 1 || shift !== 0) latest.current.onGesture(scale, shift);
      });
    const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
    return () => {
      selection.interrupt().on('.zoom', null);
    };
  }, [target, enabled]);
}
