'use client';
/**
 * A driven view for the timeline: `viewDomain` (inclusive ISO days) moves the
 * visible domain at once or eased, as a briefing step asks.
 */
import { useEffect, useRef } from 'react';
import { dayNumber } from '@/lib/day';
import { clampDomain, type DayDomain } from '@/lib/timeline/scale';

/** The domain that shows the days of `viewDomain`, or null for none (or a malformed day). */
export function requestedDomain(viewDomain: { from: string; to: string } | undefined): DayDomain | null {
  if (!viewDomain) return null;
  try {
    const from = dayNumber(viewDomain.from);
    const to = dayNumber(viewDomain.to) + 1;
    return from < to ? clampDomain([from, to]) : null;
  } catch {
    return null;
  }
}

/**
 * Moves the view when the requested days change: at once, or eased over
 * `ms` from where the view is now. The first request is already in the
 * initial state, so a page opened on a step does not sweep in from the fit.
 */
export function useViewDomain(viewDomain: { from: string; to: string } | undefined, ms: number, current: DayDomain | null, apply: (d: DayDomain) => void): void {
  const key = viewDomain ? `${viewDomain.from}:${viewDomain.to}` : null;
  const applied = useRef(key);
  const latest = useRef({ current, apply, viewDomain });
  useEffect(() => {
    latest.current = { current, apply, viewDomain };
  });
  useEffect(() => {
    if (key === applied.current) return;
    applied.current = key;
    const target = requestedDomain(latest.current.viewDomain);
    const from = latest.current.current;
    if (!target) return;
    if (ms <= 0 || !from || typeof requestAnimationFrame === 'undefined') {
      latest.current.apply(target);
      return;
    }
    let frame = 0;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ms);
      const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2; // cubic in-out
      latest.current.apply([from[0] + (target[0] - from[0]) * e, from[1] + (target[1] - from[1]) * e]);
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [key, ms]);
}

