'use client';
/**
 * The order in which a large explorer page starts its views, so that each
 * has the main thread to itself when it starts:
 * 1. the timeline draws (its shapes need only the payload);
 * 2. the graph mounts as soon as the timeline has drawn, and paints;
 * 3. at the first idle moment after the graph's first picture: the
 *    timeline's words, the thousands of actor rows and source tabs, and the
 *    lookups a first selection reads.
 * Before, the graph and the lists waited for the same idle moment, which
 * came 300–400 ms after the timeline's drawing at 10,000 events, while the
 * words were parsed and the lists laid out, and then mounted in one render
 * (measured in a trace of the benchmark's load).
 *
 * A small page (`large` false) starts everything at once. A graph that never
 * reports a picture (nothing to draw, a hidden box, a failure), or a
 * timeline that never draws, holds nothing up for longer than GRAPH_WAIT_MS
 * after the page has its data.
 */
import { useEffect, useState } from 'react';
import { whenIdle } from '@/components/useWhenIdle';
import { createOnceSignal, type OnceSignal } from '@/components/once-signal';

/** Longest wait, from mount, for the graph's first picture before step 3 starts anyway. */
export const GRAPH_WAIT_MS = 6000;

export interface LoadSequence {
  /** Fired by the timeline's first drawing (its `onFirstDrawing`); the graph waits for it. */
  timelineDrawn: OnceSignal;
  /** Fired by the graph's first picture (its `onFirstDrawing`). */
  graphDrawn: OnceSignal;
  /** Step 3 may start: the words, the lists, the lookups. */
  rest: boolean;
}

export function useLoadSequence(large: boolean): LoadSequence {
  const [timelineDrawn] = useState(createOnceSignal);
  const [graphDrawn] = useState(createOnceSignal);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!large) return;
    let cancelIdle: (() => void) | null = null;
    const afterGraph = () => {
      clearTimeout(timer);
      cancelIdle ??= whenIdle(() => setSettled(true));
    };
    const timer = window.setTimeout(afterGraph, GRAPH_WAIT_MS);
    const unsubscribe = graphDrawn.subscribe(afterGraph);
    if (graphDrawn.happened()) afterGraph();
    return () => {
      unsubscribe();
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [large, graphDrawn]);
  return { timelineDrawn, graphDrawn, rest: !large || settled };
}
