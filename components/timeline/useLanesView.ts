'use client';
/**
 * The lanes' window (lib/timeline/lane-view), remembering the tallest it has
 * been for the same lanes, so that zooming never makes it jump. New lanes
 * (other events, or another way of grouping them) start afresh.
 */
import { useState } from 'react';
import { lanesViewOf, type LanesView } from '@/lib/timeline/lane-view';

export function useLanesView(lanes: unknown, lanesHeight: number): LanesView {
  const [kept, setKept] = useState<{ lanes: unknown; height: number }>(() => ({ lanes, height: 0 }));
  const same = kept.lanes === lanes;
  const view = lanesViewOf(lanesHeight, same ? kept.height : 0);
  // Adjusted while rendering (React's pattern for state that follows props): the next render reads it at once.
  if (!same || view.height > kept.height) setKept({ lanes, height: view.height });
  return view;
}
