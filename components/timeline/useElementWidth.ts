'use client';
/**
 * The width of an element, kept current with a ResizeObserver so the
 * timeline follows its container from a 390 px phone to a 2560 px screen.
 * Where ResizeObserver is missing (server render, old browsers, jsdom) the
 * fallback width stands.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      // A hidden container measures 0: keep the last useful width rather than collapse.
      if (measured && measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
