'use client';
/**
 * The canvas graph's frame loop. It owns the view transform, the canvas
 * size (device pixels, following the box), the hovered element and the
 * finished picture, and paints at most once per animation frame:
 * - a settled view is painted off screen in slices of a few milliseconds
 *   (./draw `frameSteps`), and shown once complete: rasterising thousands
 *   of long lines in software takes hundreds of milliseconds, which would
 *   otherwise freeze the page in one piece;
 * - while the reader drags or turns the wheel, frames move and scale the
 *   last finished picture (Cytoscape's textureOnViewport does the same), and
 *   the real view is painted once the gesture ends;
 * - hovering draws over a copy of the finished picture.
 * What a frame reads lives in a ref, not React state: a wheel turn must
 * repaint without re-rendering the page.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { PAPER } from '@/components/theme';
import type { StateClass } from '../selection';
import { drawEdgeLabel, drawHover, frameSteps, layerPaths, type LayerPath, type PaintStep } from './draw';
import { placeLabels, type Size, type ViewTransform } from './view';
import type { Layer, Scene } from './scene';

export interface PainterInput {
  scene: Scene;
  layers: readonly Layer[];
  classes: ReadonlyMap<string, readonly StateClass[]>;
  selectedEdgeId: string | null;
}

/** A running eased move; `stop` ends it where it is. */
export interface Animation {
  stop(): void;
}

export interface CanvasPainter {
  transform(): ViewTransform;
  setTransform(t: ViewTransform): void;
  size(): Size;
  setHover(node: number | null, edge: number | null): void;
  setAnimation(animation: Animation): void;
  stopAnimation(): void;
  /** Finished pictures since mount (for tests and the benchmark's probe). */
  frames(): number;
  /** Whether the picture on screen is the current view and focus, complete. */
  settled(): boolean;
  /** The reader starts moving the view: frames move the last picture until endMotion. */
  beginMotion(): void;
  endMotion(): void;
}

/** A finished picture (or one being painted) and the view it shows. */
interface Picture {
  canvas: HTMLCanvasElement;
  key: string;
  at: ViewTransform;
}

interface Job {
  key: string;
  at: ViewTransform;
  steps: PaintStep[];
  next: number;
}

/** Painting off screen stops for the frame after this many ms (the rest of a 60 Hz frame is the browser's). */
const SLICE_MS = 8;
/** Paths reach this far past the view (screen px), so shapes cut by the edge are whole. */
const VIEW_MARGIN_PX = 60;

interface State {
  transform: ViewTransform;
  size: Size;
  ratio: number;
  input: PainterInput;
  /** Bumped when the input changes: part of a picture's key. */
  version: number;
  wholePaths: LayerPath[] | null;
  hover: { node: number | null; edge: number | null };
  motion: boolean;
  picture: Picture | null;
  back: HTMLCanvasElement | null;
  job: Job | null;
  animation: Animation | null;
  frame: number;
  frames: number;
}

/**
 * The paths for a view. Zoomed out every element is on screen: one set,
 * built once per input. Zoomed in, only what reaches into the view, lines
 * clipped to it: the canvas would otherwise stroke every off-screen shape
 * and the whole length of every line.
 */
function pathsFor(s: State, t: ViewTransform): LayerPath[] {
  const { size, input } = s;
  const m = VIEW_MARGIN_PX / t.k;
  const view = { x1: -t.x / t.k - m, y1: -t.y / t.k - m, x2: (size.width - t.x) / t.k + m, y2: (size.height - t.y) / t.k + m };
  const b = input.scene.bounds;
  if (view.x1 <= b.x1 && view.y1 <= b.y1 && view.x2 >= b.x2 && view.y2 >= b.y2) return (s.wholePaths ??= layerPaths(input.scene, input.layers));
  return layerPaths(input.scene, input.layers, view);
}

const keyOf = (s: State) => `${s.version}|${s.transform.k}|${s.transform.x}|${s.transform.y}|${s.size.width}x${s.size.height}@${s.ratio}`;

function offscreen(like: HTMLCanvasElement, reuse: HTMLCanvasElement | null): HTMLCanvasElement {
  const canvas = reuse ?? document.createElement('canvas');
  if (canvas.width !== like.width) canvas.width = like.width;
  if (canvas.height !== like.height) canvas.height = like.height;
  return canvas;
}

/** Shows a picture on the visible canvas, moved and scaled from the view it was painted at to the current one. */
function showPicture(ctx: CanvasRenderingContext2D, s: State, picture: Picture | null): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, s.size.width * s.ratio, s.size.height * s.ratio);
  if (!picture) return;
  const t = s.transform;
  const q = t.k / picture.at.k;
  ctx.setTransform(q, 0, 0, q, s.ratio * (t.x - picture.at.x * q), s.ratio * (t.y - picture.at.y * q));
  ctx.drawImage(picture.canvas, 0, 0);
}

function showHover(ctx: CanvasRenderingContext2D, s: State): void {
  const { scene, classes } = s.input;
  const { node, edge } = s.hover;
  if (node !== null) {
    const hoverLabel = placeLabels(scene, classes, s.transform, s.size, node).find((label) => label.node === node) ?? null;
    drawHover(ctx, scene, { hovered: node, ratio: s.ratio, transform: s.transform, labels: [], hoverLabel });
  }
  if (edge !== null) {
    ctx.setTransform(s.ratio, 0, 0, s.ratio, 0, 0);
    drawEdgeLabel(ctx, scene, edge, s.transform);
  }
}

function startJob(s: State, key: string): Job {
  const { scene, classes, selectedEdgeId } = s.input;
  const t = s.transform;
  const labels = placeLabels(scene, classes, t, s.size);
  const selected = selectedEdgeId === null ? -1 : scene.edges.findIndex((e) => e.id === selectedEdgeId);
  const steps = frameSteps(scene, pathsFor(s, t), { size: s.size, ratio: s.ratio, transform: t, labels, edgeLabel: selected >= 0 ? { edge: selected } : null });
  return { key, at: t, steps, next: 0 };
}

/** Runs the job's steps until the slice is spent; true when the picture is complete. */
function runJob(job: Job, canvas: HTMLCanvasElement): boolean {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  const start = performance.now();
  while (job.next < job.steps.length) {
    job.steps[job.next++]!(ctx);
    // Reading a pixel makes the canvas rasterise what it recorded now, inside this slice, not later in one piece.
    ctx.getImageData(0, 0, 1, 1);
    if (performance.now() - start > SLICE_MS) break;
  }
  return job.next >= job.steps.length;
}

export function useCanvasPainter(canvasRef: RefObject<HTMLCanvasElement | null>, boxRef: RefObject<HTMLDivElement | null>, input: PainterInput): { painter: CanvasPainter; size: Size } {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const state = useRef<State>({
    transform: { k: 1, x: 0, y: 0 },
    size: { width: 0, height: 0 },
    ratio: 1,
    input,
    version: 0,
    wholePaths: null,
    hover: { node: null, edge: null },
    motion: false,
    picture: null,
    back: null,
    job: null,
    animation: null,
    frame: 0,
    frames: 0,
  });

  const painter = useMemo<CanvasPainter & { request(): void }>(() => {
    const s = state.current;
    const paint = () => {
      s.frame = 0;
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx || s.size.width === 0) return;
      const key = keyOf(s);
      if (s.picture?.key !== key && !s.motion) {
        if (s.job?.key !== key) s.job = startJob(s, key);
        const back = (s.back = offscreen(canvas, s.back));
        if (runJob(s.job, back)) {
          s.back = s.picture?.canvas ?? null;
          s.picture = { canvas: back, key, at: s.job.at };
          s.job = null;
          s.frames++;
          markDrawn(boxRef.current, s.input.scene);
        } else request();
      }
      showPicture(ctx, s, s.picture);
      if (s.picture?.key === key) showHover(ctx, s);
    };
    const request = () => {
      if (s.frame === 0) s.frame = requestAnimationFrame(paint);
    };
    return {
      request,
      transform: () => s.transform,
      setTransform: (t) => {
        s.transform = t;
        request();
      },
      size: () => s.size,
      setHover: (node, edge) => {
        if (s.hover.node === node && s.hover.edge === edge) return;
        s.hover = { node, edge };
        request();
      },
      setAnimation: (animation) => {
        s.animation?.stop();
        s.animation = animation;
      },
      stopAnimation: () => {
        s.animation?.stop();
        s.animation = null;
      },
      frames: () => s.frames,
      settled: () => s.size.width > 0 && s.picture?.key === keyOf(s) && s.frame === 0,
      beginMotion: () => {
        s.motion = true;
      },
      endMotion: () => {
        s.motion = false;
        request();
      },
    };
  }, [canvasRef, boxRef]);

  // New data or focus: new paths and a new picture.
  useEffect(() => {
    const s = state.current;
    s.input = input;
    s.version++;
    s.wholePaths = null;
    s.hover = { node: null, edge: null };
    painter.request();
  }, [input.scene, input.layers, input.classes, input.selectedEdgeId, painter]); // eslint-disable-line react-hooks/exhaustive-deps -- `input` is a fresh object each render; its parts are the dependencies

  // The canvas follows its box at the device's pixel density, so lines stay sharp.
  useEffect(() => {
    const box = boxRef.current;
    const canvas = canvasRef.current;
    if (!box || !canvas) return;
    const s = state.current;
    const resize = () => {
      const width = box.clientWidth;
      const height = box.clientHeight;
      const ratio = window.devicePixelRatio || 1;
      if (width === s.size.width && height === s.size.height && ratio === s.ratio) return;
      s.size = { width, height };
      s.ratio = ratio;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      setSize(s.size);
      painter.request();
    };
    resize();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(box);
    return () => {
      observer?.disconnect();
      if (s.frame !== 0) cancelAnimationFrame(s.frame);
      s.frame = 0;
      s.animation?.stop();
    };
  }, [boxRef, canvasRef, painter]);

  return { painter, size };
}

/** The first complete picture of a non-empty graph: the benchmark and the smoke test wait for `data-drawn`. */
function markDrawn(box: HTMLDivElement | null, scene: Scene): void {
  if (!box || box.dataset.drawn === 'true' || scene.nodes.length === 0) return;
  // Marked once the picture is on screen, the frame after it was shown.
  requestAnimationFrame(() => {
    box.dataset.drawn = 'true';
    performance.mark?.('athar:graph-drawn');
  });
}
