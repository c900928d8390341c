'use client';
/**
 * Whether a pointer gesture (wheel, drag, pinch) is under way: `moved()` at
 * each of its steps, and `active` stays true until none has come for
 * `restMs`. The timeline leaves out its per-event hit regions meanwhile
 * (./Timeline says why).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Quiet time after which a gesture counts as over: longer than the gap between a wheel's notches, short enough not to be noticed. */
export const GESTURE_REST_MS = 250;

export interface GestureRest {
  active: boolean;
  moved: () => void;
}

export function useGestureRest(restMs: number): GestureRest {
  const [active, setActive] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const moved = useCallback(() => {
    setActive(true);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      setActive(false);
    }, restMs);
  }, [restMs]);
  return { active, moved };
}
