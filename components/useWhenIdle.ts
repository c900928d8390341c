'use client';
/**
 * True once the browser has had an idle moment after mount (or after
 * `timeoutMs` at the latest). Heavy views that are not the first thing a
 * user reads (the Cytoscape graph, a list of thousands of actors) wait for
 * it, so the timeline's first drawing does not queue behind their seconds of
 * work on a large dataset. On a small one the idle moment comes within a
 * frame or two.
 */
import { useEffect, useState } from 'react';

/** Calls `callback` at the browser's next idle moment (`timeoutMs` at the latest); returns what cancels it. */
export function whenIdle(callback: () => void, timeoutMs = 3000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}

/** An idle period at least this long is a quiet main thread, not a gap between two busy frames. */
const QUIET_MS = 40;

/**
 * Calls `callback` once the main thread is quiet: an idle period with at
 * least QUIET_MS left (`timeoutMs` at the latest). Returns what cancels it.
 */
export function whenQuiet(callback: () => void, timeoutMs = 10_000): () => void {
  if (typeof window.requestIdleCallback !== 'function') return whenIdle(callback, timeoutMs);
  const until = performance.now() + timeoutMs;
  let handle = 0;
  const ask = () => {
    handle = window.requestIdleCallback(
      (deadline) => {
        if (deadline.timeRemaining() >= QUIET_MS || deadline.didTimeout || performance.now() >= until) callback();
        else ask();
      },
      { timeout: Math.max(0, until - performance.now()) },
    );
  };
  ask();
  return () => window.cancelIdleCallback(handle);
}

/**
 * Runs each step at a quiet moment of its own, in order (see whenQuiet): a
 * page's warm-ups run together made one task of ~90 ms at 100,000 events,
 * a frame lost to whoever was zooming then. Returns what cancels the rest.
 */
export function whenQuietInTurn(steps: readonly (() => void)[], timeoutMs = 10_000): () => void {
  let cancel = () => {};
  const run = (k: number) => {
    if (k >= steps.length) return;
    cancel = whenQuiet(() => {
      steps[k]!();
      run(k + 1);
    }, timeoutMs);
  };
  run(0);
  return () => cancel();
}

export function useWhenIdle(timeoutMs = 3000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeoutMs), [timeoutMs]);
  return idle;
}
