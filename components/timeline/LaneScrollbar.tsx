'use client';
/**
 * A native scrollbar beside the plot for lanes taller than the view (one lane
 * per actor with thousands of actors). The wheel over the plot zooms, so the
 * lanes scroll here, with the plot's ↑/↓ and Page keys, or by dragging this
 * bar; the bar follows the offset when the keys move it.
 */
import { useEffect, useRef } from 'react';
import styles from './timeline.module.css';

export interface LaneScrollbarProps {
  /** Top of the lanes in the plot, and their visible height. */
  top: number;
  height: number;
  /** Height of all the lanes. */
  total: number;
  offset: number;
  onScroll(offset: number): void;
}

export function LaneScrollbar({ top, height, total, offset, onScroll }: LaneScrollbarProps) {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const bar = ref.current;
    if (bar && Math.abs(bar.scrollTop - offset) > 1) bar.scrollTop = offset;
  }, [offset]);
  return (
    <div ref={ref} className={styles.laneScrollbar} style={{ top, height }} onScroll={(e) => onScroll(e.currentTarget.scrollTop)} aria-hidden="true" tabIndex={-1}>
      <div style={{ height: total }} />
    </div>
  );
}
