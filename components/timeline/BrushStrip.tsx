'use client';
/**
 * The strip under the axis where a drag selects a period (d3-brush). The
 * drawn band always follows the `window` prop, so the period set elsewhere
 * (the URL, the graph's window, the "Select visible period" button) shows
 * here too; only gestures made in the strip report back. A click on the strip
 * outside the band clears the period.
 */
import { useEffect, useRef } from 'react';
import { select } from 'd3';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pixelsOfWindow, windowFromPixels, type DayScale, type IsoWindow } from '@/lib/timeline/scale';
import { NO_ZOOM_ATTRIBUTE } from './useZoomGestures';
import styles from './timeline.module.css';

export interface BrushStripProps {
  scale: DayScale;
  /** Top of the strip in the SVG. */
  y: number;
  height: number;
  window: IsoWindow | null;
  onWindowChange(window: IsoWindow | null): void;
  /** Shown in the strip while no period is selected. */
  hint: string;
}

export function BrushStrip({ scale, y, height, window, onWindowChange, hint }: BrushStripProps) {
  const groupRef = useRef<SVGGElement | null>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const latest = useRef({ scale, onWindowChange });
  useEffect(() => {
    latest.current = { scale, onWindowChange };
  });

  const [left, right] = scale.range;
  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    const behaviour = brushX<unknown>()
      .extent([
        [left, 0],
        [right, height],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Moves made by code (syncing to the prop) carry no source event.
        if (!event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        latest.current.onWindowChange(selection ? windowFromPixels(latest.current.scale, selection[0], selection[1]) : null);
      });
    const selection = select(group).call(behaviour);
    brushRef.current = behaviour;
    return () => {
      brushRef.current = null;
      selection.interrupt().on('.brush', null);
      // d3-brush built the overlay and handles inside the group: take them down with it.
      selection.selectAll('*').remove();
    };
  }, [left, right, height]);

  useEffect(() => {
    const group = groupRef.current;
    const behaviour = brushRef.current;
    if (!group || !behaviour) return;
    const pixels = window ? pixelsOfWindow(scale, window) : null;
    select(group).call(behaviour.move, pixels);
  }, [scale, window, left, right, height]);

  const hasWindow = window !== null && (window.from !== null || window.to !== null);
  return (
    // Pointer-only: keyboard users set the period with the toolbar buttons instead.
    <g transform={`translate(0, ${y})`} className={styles.brushStrip} aria-hidden="true" {...{ [NO_ZOOM_ATTRIBUTE]: '' }}>
      <rect x={left} y={0} width={Math.max(0, right - left)} height={height} className={styles.brushBackground} />
      {!hasWindow && (
        <text x={(left + right) / 2} y={height / 2 + 4} textAnchor="middle" className={styles.brushHint}>
          {hint}
        </text>
      )}
      <g ref={groupRef} data-testid="brush" />
    </g>
  );
}
