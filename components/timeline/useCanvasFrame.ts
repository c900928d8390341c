'use client';
/**
 * Keeps the timeline's canvas painted: sized in device pixels (so lines stay
 * sharp on a high-density screen), repainted in the next animation frame
 * whenever the frame description changes (several changes within one frame
 * paint once), and the first complete frame (`complete`: nothing in it waits
 * for data still on its way) marked for the benchmark with
 * `data-drawn="true"` on the timeline root and the performance mark
 * `athar:timeline-drawn`; `onFirstDrawing` is then called, once.
 *
 * The bitmap's height follows the lanes in steps, and while `keepBitmap`
 * holds (a zoom or pan under way) it only grows. Each new height is a new
 * bitmap, allocated and cleared on the main thread at the next paint: at
 * 1,000 events, where rows come and go with the zoom, that was 9–28 ms in
 * a third of a wheel's frames (the frames over 50 ms). It shrinks to fit
 * once the gesture rests.
 *
 * Once drawn, the canvas is not repainted while out of view: its latest
 * frame is painted as it comes near (components/near-view).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { watchNearView } from '@/components/near-view';
import { paintTimeline, readPalette, type Palette, type TimelineFrame } from './paintTimeline';

export const DRAWN_MARK = 'athar:timeline-drawn';
/** Device pixels the canvas height grows or shrinks by. */
export const HEIGHT_STEP = 256;

/**
 * Device pixels of bitmap height for a frame `cssHeight` tall: whole steps,
 * and while `keep` holds, never fewer than the bitmap has (`current`).
 */
export function bitmapHeight(cssHeight: number, dpr: number, current: number, keep: boolean): number {
  const fit = Math.ceil((cssHeight * dpr) / HEIGHT_STEP) * HEIGHT_STEP;
  return keep ? Math.max(fit, current) : fit;
}

export interface CanvasFrameOptions {
  /** Nothing in the frame waits for data on its way: the first such frame is marked drawn. */
  complete?: boolean;
  onFirstDrawing?: () => void;
  /** A gesture is under way: the bitmap may grow but not shrink. */
  keepBitmap?: boolean;
}

function devicePixelRatio(): number {
  return Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
}

export function useCanvasFrame(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  rootRef: RefObject<HTMLElement | null>,
  frame: TimelineFrame | null,
  { complete = true, onFirstDrawing, keepBitmap = false }: CanvasFrameOptions = {},
): void {
  const latest = useRef(frame);
  const latestComplete = useRef(complete);
  const pending = useRef(0);
  const palette = useRef<Palette | null>(null);
  const marked = useRef(false);
  const onDrawn = useRef(onFirstDrawing);
  /** The frame last painted: a render that leaves the frame as it was (a parent's state change) paints nothing. */
  const painted = useRef<TimelineFrame | null>(null);
  const keep = useRef(keepBitmap);

  /** Whether the canvas is near the view; unknown counts as near. */
  const near = useRef(true);
  /** A frame is waiting to be painted until the canvas comes near. */
  const deferred = useRef(false);

  // Reads only refs: one function for the component's life, which the effects below keep.
  const paintNow = useCallback(() => {
    deferred.current = false;
    const canvas = canvasRef.current;
    const current = latest.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !current || !ctx) return;
    const dpr = devicePixelRatio();
    const w = Math.round(current.width * dpr);
    // Lanes gain and lose rows while zooming, and a new bitmap costs more than painting it: its box clips the rest.
    const h = bitmapHeight(current.height, dpr, canvas.height, keep.current);
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
  }, [canvasRef, rootRef]);
  const request = useCallback(() => {
    if (pending.current) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      paintNow();
    });
  }, [paintNow]);

  useEffect(() => () => cancelAnimationFrame(pending.current), []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    return watchNearView(
      canvas,
      (isNear) => {
        near.current = isNear;
        if (isNear && deferred.current) request();
      },
      () => {
        if (!deferred.current) return;
        cancelAnimationFrame(pending.current);
        pending.current = 0;
        paintNow();
      },
    );
  }, [canvasRef, paintNow, request]);

  useLayoutEffect(() => {
    latest.current = frame;
    latestComplete.current = complete;
    onDrawn.current = onFirstDrawing;
    keep.current = keepBitmap;
    if (!frame || pending.current) return;
    // A bitmap kept tall through a gesture is fitted once it rests, though the frame is the same.
    const unfitted = !keepBitmap && canvasRef.current !== null && canvasRef.current.height !== bitmapHeight(frame.height, devicePixelRatio(), 0, false);
    if (frame === painted.current && !unfitted) return;
    // The first drawing is never deferred: the page and the benchmark wait for it.
    if (!near.current && marked.current) {
      deferred.current = true;
      return;
    }
    request();
  });
}
