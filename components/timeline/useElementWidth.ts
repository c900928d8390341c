'use client';
/**
 * The width of an element's content box, kept current with a ResizeObserver
 * so the timeline follows its container from a 390 px phone to a 2560 px
 * screen. Where the element measures nothing (hidden, or jsdom) the fallback
 * width stands.
 *
 * The width is read as the element mounts, before the browser paints, and is
 * null until then (so the server renders no width-dependent part). Waiting
 * for the ResizeObserver, which reports only after the next frame's layout,
 * the timeline painted its first frame at the fallback width and then again
 * at the real one (at 10,000 events, 20–40 ms in the middle of the actor
 * graph's first drawing); starting from the fallback, it laid out and
 * committed a pass at that width before the measurement, ~30 ms of a
 * 100,000-event load.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The content-box width of an element as laid out now; 0 when it has none (hidden, or jsdom). */
function contentWidth(element: HTMLElement): number {
  const box = element.getBoundingClientRect().width;
  if (box <= 0) return 0;
  const style = getComputedStyle(element);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return edges.reduce((width, edge) => width - (parseFloat(style[edge]) || 0), box);
}

export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number | null] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // A hidden container measures 0: keep the last useful width rather than collapse.
    const now = contentWidth(element);
    setWidth((last) => (now > 0 ? Math.round(now) : (last ?? fallback)));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured && measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width];
}
