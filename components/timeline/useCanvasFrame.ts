'use client';
/**
 * Keeps the timeline's canvas painted: sized in device pixels (so lines stay
 * sharp on a high-density screen), repainted in the next animation frame
 * whenever the frame description changes (several changes within one frame
 * paint once), and the first complete frame (`complete`: nothing in it waits
 * for data still on its way) marked for the benchmark with
 * `data-drawn="true"` on the timeline root and the performance mark
 * `athar:timeline-drawn`; `onFirstDrawing` is then called, once.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { paintTimeline, readPalette, type Palette, type TimelineFrame } from './paintTimeline';

export const DRAWN_MARK = 'athar:timeline-drawn';
/** Device pixels the canvas height grows or shrinks by. */
const HEIGHT_STEP = 256;

export function useCanvasFrame(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  rootRef: RefObject<HTMLElement | null>,
  frame: TimelineFrame | null,
  complete = true,
  onFirstDrawing?: () => void,
): void {
  const latest = useRef(frame);
  const latestComplete = useRef(complete);
  const pending = useRef(0);
  const palette = useRef<Palette | null>(null);
  const marked = useRef(false);
  const onDrawn = useRef(onFirstDrawing);
  /** The frame last painted: a render that leaves the frame as it was (a parent's state change) paints nothing. */
  const painted = useRef<TimelineFrame | null>(null);

  useEffect(() => () => cancelAnimationFrame(pending.current), []);

  useLayoutEffect(() => {
    latest.current = frame;
    latestComplete.current = complete;
    onDrawn.current = onFirstDrawing;
    if (!frame || pending.current || frame === painted.current) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      const canvas = canvasRef.current;
      const current = latest.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !current || !ctx) return;
      const dpr = Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
      const w = Math.round(current.width * dpr);
      // The height is allocated in steps: lanes gain and lose rows while zooming, and
      // reallocating the bitmap every frame costs more than painting it (its box clips the rest).
      const h = Math.ceil((current.height * dpr) / HEIGHT_STEP) * HEIGHT_STEP;
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
        canvas.style.height = `${h / dpr}px`;
      }
      palette.current ??= rootRef.current ? readPalette(rootRef.current) : null;
      paintTimeline(ctx, current, dpr, palette.current ?? undefined);
      painted.current = current;
      if (!marked.current && latestComplete.current) {
        marked.current = true;
        rootRef.current?.setAttribute('data-drawn', 'true');
        performance.mark?.(DRAWN_MARK);
        onDrawn.current?.();
      }
    });
  });
}
