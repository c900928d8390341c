'use client';
/**
 * A function whose identity never changes and that calls the latest `fn`
 * given. A view wrapped in React's `memo` then keeps its props when its
 * parent renders for something else: the explorer renders again when a
 * selection's records arrive, and without this its timeline, graph and
 * lists of thousands of rows rendered again too (a third of that render at
 * 100,000 events, in the bench's profile), only because their handlers were
 * new closures. Not for handlers called during render.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
