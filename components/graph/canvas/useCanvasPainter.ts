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
 * - hovering draws over a copy of the finished picture;
 * - once the first picture is shown, nothing is painted while the canvas is
 *   out of view: the latest view is painted as it comes near
 *   (components/near-view).
 * What a frame reads lives in a ref, not React state: a wheel turn must
 * repaint without re-rendering the page.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { PAPER } from '@/components/theme';
import type { StateClass } from '../selection';
import { drawEdgeLabel, drawHover, frameSteps, layerPaths, type LayerPath, type PaintStep } from './draw';
import { placeLabels, type Size, type ViewTransform } from './view';
import { watchNearView } from '@/components/near-view';
import type { Layer, Scene } from './scene';

export interface PainterInput {
  scene: Scene;
  /** Every element in its plain paint (./scene NO_FOCUS): the picture painted in slices and kept while the focus changes. */
  baseLayers: readonly Layer[];
  /** The selected and highlighted elements, drawn over the picture on every frame. */
  focusLayers: readonly Layer[];
  /** Whether anything is in focus: the picture is then faded, as Cytoscape dims what is outside the focus. */
  focusActive: boolean;
  classes: ReadonlyMap<string, readonly StateClass[]>;
  selectedEdgeId: string | null;
  /** Called once, after the first complete picture is shown. */
  onFirstDrawing?: () => void;
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
  /**
   * Whether the picture on screen is the current view and focus, complete;
   * or, out of view, whether it will be painted as it comes near, with
   * nothing left to paint before then.
   */
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
  /** The data it shows (State.version when it was painted). */
  version: number;
}

interface Job {
  key: string;
  at: ViewTransform;
  steps: PaintStep[];
  next: number;
}

/** The picture's opacity over the paper while something is in focus (dimmed shapes are 0.3 in the Cytoscape view). */
const FADED = 0.3;
/** Painting off screen stops for the frame after this many ms (the rest of a 60 Hz frame is the browser's). */
const SLICE_MS = 8;
/**
 * The frames of a picture of new data (the first picture, or the graph of a
 * newly brushed period) may take this long, its paths included. Until it is
 * shown, the graph on screen is not the one asked for: there is nothing to
 * keep moving at first, and after a brush the old period's graph. At 5,000
 * actors six frames of 8 ms slices, each waiting for its frame, put ~80 ms
 * more between the graph's mount and its first drawing than two frames do.
 * Below the 50 ms of a long task. A picture of the same data at a new view
 * keeps to SLICE_MS: the last picture, moved and scaled, stands in for it.
 */
const NEW_DATA_FRAME_MS = 45;
/**
 * A picture of new data that replaces one on screen (a brushed period, a
 * relation filter) is what the reader has just asked for and is waiting to
 * see: it may take one longer frame, so that at 5,000 actors it is not cut
 * at 45 ms and finished a frame later (paths and raster take 40-60 ms).
 */
const REPLACING_FRAME_MS = 90;
/** Paths reach this far past the view (screen px), so shapes cut by the edge are whole. */
const VIEW_MARGIN_PX = 60;

interface State {
  transform: ViewTransform;
  size: Size;
  ratio: number;
  input: PainterInput;
  /** Bumped when the scene or its plain layers change: part of a picture's key. */
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
  /** The canvas is near the view (unknown counts as near). */
  near: boolean;
  /** A paint was held back while the canvas was out of view. */
  deferred: boolean;
  /** Painting for the printer or a reader of pixels: the picture is finished in one go. */
  flushing: boolean;
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
  if (view.x1 <= b.x1 && view.y1 <= b.y1 && view.x2 >= b.x2 && view.y2 >= b.y2) return (s.wholePaths ??= wholePathsOf(input.scene, input.baseLayers));
  return layerPaths(input.scene, input.baseLayers, view);
}

/** Paths of every element by the layers they draw: layers kept for a scene (./scene plainLayersOf) find theirs again. */
const wholePaths = new WeakMap<readonly Layer[], LayerPath[]>();
function wholePathsOf(scene: Scene, layers: readonly Layer[]): LayerPath[] {
  let paths = wholePaths.get(layers);
  if (!paths) wholePaths.set(layers, (paths = layerPaths(scene, layers)));
  return paths;
}

const keyOf = (s: State) => `${s.version}|${s.transform.k}|${s.transform.x}|${s.transform.y}|${s.size.width}x${s.size.height}@${s.ratio}`;

function offscreen(like: HTMLCanvasElement, reuse: HTMLCanvasElement | null): HTMLCanvasElement {
  const canvas = reuse ?? document.createElement('canvas');
  if (canvas.width !== like.width) canvas.width = like.width;
  if (canvas.height !== like.height) canvas.height = like.height;
  return canvas;
}

/** Shows a picture on the visible canvas, moved and scaled from the view it was painted at to the current one. */
function showPicture(ctx: CanvasRenderingContext2D, s: State, picture: Picture | null, alpha: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, s.size.width * s.ratio, s.size.height * s.ratio);
  if (!picture) return;
  const t = s.transform;
  const q = t.k / picture.at.k;
  ctx.setTransform(q, 0, 0, q, s.ratio * (t.x - picture.at.x * q), s.ratio * (t.y - picture.at.y * q));
  ctx.globalAlpha = alpha;
  ctx.drawImage(picture.canvas, 0, 0);
  ctx.globalAlpha = 1;
}

/**
 * The focus and the names over the picture, painted straight onto the
 * visible canvas each frame: a few dozen elements, clipped to the view.
 * While the view moves only the focus is named; the crowd's names come
 * back once it settles.
 */
function showFocus(ctx: CanvasRenderingContext2D, s: State, settled: boolean): void {
  const { scene, classes, selectedEdgeId, focusLayers } = s.input;
  const t = s.transform;
  const m = VIEW_MARGIN_PX / t.k;
  const view = { x1: -t.x / t.k - m, y1: -t.y / t.k - m, x2: (s.size.width - t.x) / t.k + m, y2: (s.size.height - t.y) / t.k + m };
  const labels = placeLabels(scene, classes, t, s.size, null, { crowd: settled });
  const selected = selectedEdgeId === null ? -1 : scene.edges.findIndex((e) => e.id === selectedEdgeId);
  const paths = focusLayers.length > 0 ? layerPaths(scene, focusLayers, view, t.k) : [];
  for (const step of frameSteps(scene, paths, { size: s.size, ratio: s.ratio, transform: t, labels, edgeLabel: selected >= 0 ? { edge: selected } : null }, { paper: false })) step(ctx);
}

function showHover(ctx: CanvasRenderingContext2D, s: State): void {
  const { scene, classes } = s.input;
  const { node, edge } = s.hover;
  if (node !== null) {
    const hoverLabel = placeLabels(scene, classes, s.transform, s.size, node).find((label) => label.node === node) ?? null;
    drawHover(ctx, scene, { hovered: node, ratio: s.ratio, transform: s.transform, hoverLabel });
  }
  if (edge !== null) {
    ctx.setTransform(s.ratio, 0, 0, s.ratio, 0, 0);
    drawEdgeLabel(ctx, scene, edge, s.transform);
  }
}

function startJob(s: State, key: string): Job {
  const t = s.transform;
  const steps = frameSteps(s.input.scene, pathsFor(s, t), { size: s.size, ratio: s.ratio, transform: t, labels: [], edgeLabel: null });
  return { key, at: t, steps, next: 0 };
}

/**
 * Paints this frame's part of the picture for `key`, starting its job if
 * need be; the job once the picture is complete, else null. A frame of a
 * picture of new data counts its paths in its time; other slices do not.
 */
function advanceJob(s: State, key: string, back: HTMLCanvasElement): Job | null {
  const frameStart = performance.now();
  const job = s.job?.key === key ? s.job : (s.job = startJob(s, key));
  const newData = s.picture?.version !== s.version;
  const until = s.flushing ? Infinity : !newData ? performance.now() + SLICE_MS : frameStart + (s.picture ? REPLACING_FRAME_MS : NEW_DATA_FRAME_MS);
  return runJob(job, back, until) ? job : null;
}

/** Runs the job's steps, at least one, until `until` (a performance.now() time); true when the picture is complete. */
function runJob(job: Job, canvas: HTMLCanvasElement, until: number): boolean {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  while (job.next < job.steps.length) {
    job.steps[job.next++]!(ctx);
    // Reading a pixel makes the canvas rasterise what it recorded now, inside this slice, not later in one piece.
    ctx.getImageData(0, 0, 1, 1);
    if (performance.now() > until) break;
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
    near: true,
    deferred: false,
    flushing: false,
  });

  const painter = useMemo<CanvasPainter & { request(): void; paint(): void }>(() => {
    const s = state.current;
    const paint = () => {
      s.frame = 0;
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx || s.size.width === 0) return;
      if (!s.near && s.picture && !s.flushing) {
        s.deferred = true;
        return;
      }
      s.deferred = false;
      const key = keyOf(s);
      if (s.picture?.key !== key && !s.motion) {
        const back = (s.back = offscreen(canvas, s.back));
        const done = advanceJob(s, key, back);
        if (done) {
          s.back = s.picture?.canvas ?? null;
          s.picture = { canvas: back, key, at: done.at, version: s.version };
          s.job = null;
          s.frames++;
          markDrawn(boxRef.current, s.input.scene, s.input.onFirstDrawing);
        } else request();
      }
      const settled = s.picture?.key === key;
      showPicture(ctx, s, s.picture, s.input.focusActive ? FADED : 1);
      if (s.picture) showFocus(ctx, s, settled);
      if (settled) showHover(ctx, s);
    };
    const request = () => {
      // Out of view there is nothing to paint until the canvas comes near: no frame is asked for, and the painter is settled.
      if (!s.near && s.picture) s.deferred = true;
      else if (s.frame === 0) s.frame = requestAnimationFrame(paint);
    };
    return {
      request,
      paint,
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
      settled: () => s.size.width > 0 && s.frame === 0 && (s.deferred || s.picture?.key === keyOf(s)),
      beginMotion: () => {
        s.motion = true;
      },
      endMotion: () => {
        s.motion = false;
        request();
      },
    };
  }, [canvasRef, boxRef]);

  // New data: new paths and a new picture.
  useEffect(() => {
    const s = state.current;
    s.input = input;
    s.version++;
    s.wholePaths = null;
    s.hover = { node: null, edge: null };
    painter.request();
  }, [input.scene, input.baseLayers, painter]); // eslint-disable-line react-hooks/exhaustive-deps -- `input` is a fresh object each render; its parts are the dependencies

  // A new focus keeps the picture: only what is drawn over it changes.
  useEffect(() => {
    const s = state.current;
    s.input = input;
    painter.request();
  }, [input.focusLayers, input.focusActive, input.classes, input.selectedEdgeId, painter]); // eslint-disable-line react-hooks/exhaustive-deps -- as above

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
    const stopWatching = watchNearView(
      canvas,
      (near) => {
        s.near = near;
        if (near && s.deferred) painter.request();
      },
      () => {
        if (!s.deferred) return;
        if (s.frame !== 0) cancelAnimationFrame(s.frame);
        s.flushing = true;
        try {
          painter.paint();
        } finally {
          s.flushing = false;
        }
      },
    );
    return () => {
      observer?.disconnect();
      stopWatching();
      if (s.frame !== 0) cancelAnimationFrame(s.frame);
      s.frame = 0;
      s.animation?.stop();
    };
  }, [boxRef, canvasRef, painter]);

  return { painter, size };
}

/** The first complete picture of a non-empty graph: the benchmark and the smoke test wait for `data-drawn`. */
function markDrawn(box: HTMLDivElement | null, scene: Scene, drawn: (() => void) | undefined): void {
  if (!box || box.dataset.drawn === 'true' || scene.nodes.length === 0) return;
  // Marked once the picture is on screen, the frame after it was shown.
  requestAnimationFrame(() => {
    box.dataset.drawn = 'true';
    performance.mark?.('athar:graph-drawn');
    drawn?.();
  });
}
