'use client';
/**
 * Holds a selection back until its records are in hand, RECORDS_WAIT_MS at
 * most, so every view changes in one render: the selection and the panel's
 * records together, as React's own transitions keep the old screen until
 * the new one is ready.
 *
 * Applied at once, an actor's selection drew every view twice at 100,000
 * events: once with the panel saying it was loading (the click's render
 * and its frame, ~50 ms of the main thread), and again when the records
 * came, which the click's work had held back, since the page takes a
 * response only between tasks. Held back, the shard is taken ~10 ms after
 * the click instead of ~50, and the page's first selection at 100,000
 * events had its records in 93, 106 and 85 ms against 103, 115 and 106
 * (three alternated pages of the bench's flow, headless Chromium).
 *
 * The wait ends early when the records come, and a selection made later
 * (held back or not) drops one still waiting. Past the wait the selection
 * is applied anyway and the panel says its records are loading.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { fetchShard, shardInHand } from './shard-store';

/** Below the ~100 ms within which a response feels immediate, with room for the render after it. */
export const RECORDS_WAIT_MS = 60;

export interface RecordsFirst {
  /** Calls `apply` once every shard at `urls` is here (at once if they are), or after RECORDS_WAIT_MS. */
  when(urls: readonly string[], apply: () => void): void;
  /** Drops the selection still waiting, if any: a later one has been made. */
  cancel(): void;
}

export function useRecordsFirst(): RecordsFirst {
  // The number of the latest selection: one waiting applies itself only if it is still the latest.
  const latest = useRef(0);
  useEffect(() => {
    const turn = latest;
    return () => {
      turn.current++;
    };
  }, []);

  const cancel = useCallback(() => {
    latest.current++;
  }, []);

  const when = useCallback((urls: readonly string[], apply: () => void) => {
    const mine = ++latest.current;
    const missing = urls.filter((url) => !shardInHand(url));
    if (missing.length === 0) {
      apply();
      return;
    }
    let settled = false;
    const go = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (latest.current === mine) apply();
    };
    const timer = setTimeout(go, RECORDS_WAIT_MS);
    // A shard that fails ends the wait too: the panel then shows why.
    Promise.all(missing.map(fetchShard)).then(go, go);
  }, []);

  return useMemo(() => ({ when, cancel }), [when, cancel]);
}
