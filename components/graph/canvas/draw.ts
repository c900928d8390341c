/**
 * Paints a scene on a 2D canvas. Each layer of ./scene becomes Path2Ds in
 * model coordinates (a few hundred lines or shapes to a path, a circle to a
 * path of its own), built once per focus change (`layerPaths`); a frame then
 * only sets the view transform and fills or strokes those paths, so zooming
 * and panning cost the rasterisation and nothing per element. Names are
 * drawn last in screen space at a fixed size, as ./view placed them.
 */
import { INK, MUTED, PAPER } from '@/components/theme';
import type { ActorKind } from '@/lib/vocabulary';
import { KIND_LOOKS } from '../kinds';
import { LABEL_FONT } from '../style';
import { focusRadius, haloReach, LABEL_FONT_PX, LABEL_LINE_PX, type PlacedLabel, type Size, type ViewTransform } from './view';
import type { Layer, Scene } from './scene';

/** A layer with its geometry ready to paint. */
export interface LayerPath {
  layer: Layer;
  /**
   * The lines or shapes, a few hundred to a path: each path is one step of a
   * frame painted in slices (see `frameSteps`), so no step holds the main
   * thread for long.
   */
  paths: Path2D[];
  /**
   * Round shapes one to a path, in groups of at most SHAPES_PER_PATH (one
   * paint step each). The canvas rasterises a path that is one circle by
   * its fast path for ovals; many circles in one path go through the
   * general path filler, which took half as long again (6,000 discs of
   * 6-16 px: 19-22 ms against 12-13 ms, headless Chromium without GPU).
   */
  discs: Path2D[][];
  /** Arrowheads of directed focus lines, filled in the line colour. */
  arrows: Path2D | null;
  /** Focus rings under the shapes. */
  halos: Path2D | null;
}

const unitShapes = new Map<ActorKind, Path2D>();
function unitShape(kind: ActorKind): Path2D {
  let shape = unitShapes.get(kind);
  if (!shape) unitShapes.set(kind, (shape = new Path2D(KIND_LOOKS[kind].iconPath)));
  return shape;
}

/**
 * A node's shape at (x, y), `r` its half size: its unit path scaled (a
 * circle has a path of its own instead, `disc`), with the matrix as a
 * plain object: for 5,000 nodes that took 4 and 12 ms against 35 and 29 ms
 * for `new DOMMatrix([...])` (headless Chromium, this machine), and the
 * whole picture's paths are built again on every zoomed-in view.
 */
function addShape(path: Path2D, kind: ActorKind, x: number, y: number, r: number): void {
  path.addPath(unitShape(kind), { a: r, b: 0, c: 0, d: r, e: x, f: y });
}

/** A circle alone in its path (see `LayerPath.discs`). */
function disc(x: number, y: number, r: number): Path2D {
  const path = new Path2D();
  path.arc(x, y, r, 0, 2 * Math.PI);
  return path;
}

/** An arrowhead whose tip touches the target's rim. */
function addArrow(path: Path2D, a: { x: number; y: number }, b: { x: number; y: number; r: number }, width: number): void {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length <= b.r) return;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  const tip = { x: b.x - ux * (b.r + 1), y: b.y - uy * (b.r + 1) };
  const size = 6 + width * 1.5;
  path.moveTo(tip.x, tip.y);
  path.lineTo(tip.x - ux * size - uy * size * 0.5, tip.y - uy * size + ux * size * 0.5);
  path.lineTo(tip.x - ux * size + uy * size * 0.5, tip.y - uy * size - ux * size * 0.5);
  path.closePath();
}

/** A box in model px. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The layers' paths: every element, or with `within` only those that reach
 * into that box. Zoomed in, a frame then rasterises what is on screen
 * instead of thousands of shapes and lines the canvas would clip.
 */
/**
 * The part of the segment a–b inside the box (Liang–Barsky), as x1, y1, x2,
 * y2, or null when none of it is. Zoomed in, a relation between two far
 * actors crosses the view as a few hundred pixels of a line thousands long:
 * the canvas strokes the whole length it is given before clipping.
 */
export function clipSegment(a: { x: number; y: number }, b: { x: number; y: number }, box: Rect): [number, number, number, number] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [a.x + t0 * dx, a.y + t0 * dy, a.x + t1 * dx, a.y + t1 * dy];
}

export function layerPaths(scene: Scene, layers: readonly Layer[], within: Rect | null = null, zoom: number | null = null): LayerPath[] {
  const nodeIn = (n: { x: number; y: number; r: number }) => !within || (n.x + n.r >= within.x1 && n.x - n.r <= within.x2 && n.y + n.r >= within.y1 && n.y - n.r <= within.y2);
  return layers.map((layer) => {
    const paths: Path2D[] = [];
    let path = new Path2D();
    let count = 0;
    /** Starts a new path once this one holds `limit` marks. */
    const room = (limit: number) => {
      if (count === 0) paths.push(path);
      if (++count < limit) return;
      path = new Path2D();
      count = 0;
    };
    if (layer.kind === 'lines') {
      const arrows = layer.arrows ? new Path2D() : null;
      // Index loops, and a clipped copy of a line only when clipping: a brushed period's 11,000 lines made an
      // iterator result and an array each, garbage collected inside the brush (its allocation profile).
      const edges = layer.edges;
      for (let k = 0; k < edges.length; k += 1) {
        const edge = scene.edges[edges[k]!]!;
        const a = scene.nodes[edge.source]!;
        const b = scene.nodes[edge.target]!;
        let x1 = a.x;
        let y1 = a.y;
        let x2 = b.x;
        let y2 = b.y;
        if (within) {
          const part = clipSegment(a, b, within);
          if (!part) continue;
          [x1, y1, x2, y2] = part;
        }
        room(LINES_PER_PATH);
        path.moveTo(x1, y1);
        path.lineTo(x2, y2);
        if (arrows && edge.directed && nodeIn(b)) addArrow(arrows, a, b, edge.width);
      }
      return { layer, paths, discs: [], arrows, halos: null };
    }
    const halos = layer.halo ? new Path2D() : null;
    const discs: Path2D[][] = [];
    const nodes = layer.nodes;
    for (let k = 0; k < nodes.length; k += 1) {
      const node = scene.nodes[nodes[k]!]!;
      if (!nodeIn(node)) continue;
      // Only the focus (layers with a halo) is enlarged, and only when the caller gives the zoom (./view focusRadius).
      const r = layer.halo && zoom ? focusRadius(node.r, zoom) : node.r;
      if (KIND_LOOKS[node.kind].shape === 'ellipse') {
        const group = discs[discs.length - 1];
        if (group && group.length < SHAPES_PER_PATH) group.push(disc(node.x, node.y, r));
        else discs.push([disc(node.x, node.y, r)]);
      } else {
        room(SHAPES_PER_PATH);
        addShape(path, node.kind, node.x, node.y, r);
      }
      if (halos && layer.halo) {
        const extra = zoom ? haloReach(layer.halo.extra, zoom) : layer.halo.extra;
        halos.moveTo(node.x + r + extra, node.y);
        halos.arc(node.x, node.y, r + extra, 0, 2 * Math.PI);
      }
    }
    return { layer, paths, discs, arrows: null, halos };
  });
}

/** Marks per path: about 5 ms of software rasterising each for long lines (measured headless without GPU). */
const LINES_PER_PATH = 250;
const SHAPES_PER_PATH = 600;

/** The focus's lines are never thinner than this on screen. */
const FOCUS_LINE_PX = 2;
/** Lines never get thinner than this on screen, or a zoomed-out picture loses them. */
const MIN_LINE_PX = 0.6;
/**
 * Below this zoom, lines outside the focus are at most a pixel wide. The
 * canvas draws a line of a pixel or less as a hairline, in about 8 ms for
 * 15,000 of them; wider, each is stroked as an outline and filled, about
 * 150 ms for the same lines (measured in headless Chromium without GPU).
 * Zoomed out, a line's width says little anyway; zoomed in, the view holds
 * few lines and they get their full width.
 */
const HAIRLINES_BELOW_ZOOM = 0.5;

/** A layer's line width in model px for this zoom. */
export function lineWidthAt(layer: { width: number; arrows: boolean }, k: number): number {
  // The focus's lines (the only ones with arrows) stay at least FOCUS_LINE_PX on screen, so they read over the faded rest.
  const screen = layer.arrows ? Math.max(layer.width * k, FOCUS_LINE_PX) : layer.width * k;
  const capped = !layer.arrows && k < HAIRLINES_BELOW_ZOOM ? Math.min(screen, 1) : screen;
  return Math.max(capped, MIN_LINE_PX) / k;
}

export interface Frame {
  size: Size;
  /** Device pixels per CSS px of the canvas. */
  ratio: number;
  transform: ViewTransform;
  labels: readonly PlacedLabel[];
  /** A line whose name shows (the selected one), or null. */
  edgeLabel: { edge: number } | null;
}

/** One slice of a frame's painting; each sets every canvas state it uses. */
export type PaintStep = (ctx: CanvasRenderingContext2D) => void;

/**
 * A frame as steps: the paper, then each path of each layer (lines under
 * shapes, the focus last), then the names. Run in one go they paint the
 * frame; the painter runs them a few milliseconds' worth per animation frame
 * on a canvas off screen, so a view of thousands of long lines never freezes
 * the page while it rasterises.
 */
export function frameSteps(scene: Scene, layers: readonly LayerPath[], frame: Frame, { paper = true }: { paper?: boolean } = {}): PaintStep[] {
  const { ratio, transform: t, size } = frame;
  const model = (ctx: CanvasRenderingContext2D) => {
    ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
  };
  const steps: PaintStep[] = [];
  if (paper)
    steps.push((ctx) => {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.fillStyle = PAPER;
      ctx.fillRect(0, 0, size.width * ratio, size.height * ratio);
    });
  for (const { layer, paths, discs, arrows, halos } of layers) {
    if (layer.kind === 'lines') {
      for (const path of paths)
        steps.push((ctx) => {
          model(ctx);
          ctx.globalAlpha = layer.alpha;
          ctx.strokeStyle = layer.color;
          ctx.lineWidth = lineWidthAt(layer, t.k);
          // Dashes in screen px: in model px, a zoomed-in frame would dash the whole length of every line.
          ctx.setLineDash(layer.dashed ? [6 / t.k, 4 / t.k] : []);
          ctx.stroke(path);
          ctx.setLineDash([]);
        });
      if (arrows)
        steps.push((ctx) => {
          model(ctx);
          ctx.globalAlpha = layer.alpha;
          ctx.fillStyle = layer.color;
          ctx.fill(arrows);
        });
      continue;
    }
    if (halos && layer.halo) {
      const halo = layer.halo;
      steps.push((ctx) => {
        model(ctx);
        ctx.globalAlpha = halo.alpha;
        ctx.fillStyle = halo.color;
        ctx.fill(halos);
      });
    }
    // Borders are hairlines far out: skip them below a pixel, where they only grey the fill.
    const bordered = layer.borderWidth * t.k >= 0.75 || layer.halo !== null;
    const shapes = (ctx: CanvasRenderingContext2D) => {
      model(ctx);
      ctx.globalAlpha = layer.alpha;
      ctx.fillStyle = layer.fill;
      ctx.strokeStyle = layer.border;
      ctx.lineWidth = Math.max(layer.borderWidth, 1 / t.k);
    };
    for (const path of paths)
      steps.push((ctx) => {
        shapes(ctx);
        ctx.fill(path);
        if (bordered) ctx.stroke(path);
      });
    for (const group of discs)
      steps.push((ctx) => {
        shapes(ctx);
        for (const path of group) {
          ctx.fill(path);
          if (bordered) ctx.stroke(path);
        }
      });
  }
  if (frame.edgeLabel || frame.labels.length > 0)
    steps.push((ctx) => {
      ctx.globalAlpha = 1;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      if (frame.edgeLabel) drawEdgeLabel(ctx, scene, frame.edgeLabel.edge, t);
      drawLabels(ctx, scene, frame.labels);
    });
  return steps;
}

/**
 * The hovered actor, over a finished frame: a dark border, and its name
 * when the frame did not already draw it. Cheap, so hovering repaints only
 * this on a copy of the frame.
 */
export function drawHover(ctx: CanvasRenderingContext2D, scene: Scene, frame: Pick<Frame, 'ratio' | 'transform'> & { hovered: number | null; hoverLabel?: PlacedLabel | null }): void {
  if (frame.hovered === null) return;
  const { ratio, transform: t } = frame;
  const node = scene.nodes[frame.hovered]!;
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 3 / Math.max(t.k, 0.25);
  ctx.stroke(withShape(node));
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  if (frame.hoverLabel) drawLabels(ctx, scene, [frame.hoverLabel]);
}

function withShape(node: Scene['nodes'][number]): Path2D {
  const path = new Path2D();
  path.addPath(unitShape(node.kind), new DOMMatrix([node.r, 0, 0, node.r, node.x, node.y]));
  return path;
}

/** The width of the paper-coloured outline that keeps a name legible over lines. */
export const LABEL_HALO_PX = 3;

/**
 * Sets the pen names are drawn with (./warm-labels draws with the same: the
 * canvas keeps a glyph's mask per font, size, outline and scale).
 */
export function setLabelPen(ctx: CanvasRenderingContext2D, bold: boolean): void {
  ctx.font = `${bold ? 700 : 400} ${LABEL_FONT_PX}px ${LABEL_FONT}`;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = LABEL_HALO_PX;
}

export function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number): void {
  ctx.strokeText(text, x, y);
  ctx.fillText(text, x, y);
}

function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, labels: readonly PlacedLabel[]): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const label of labels) {
    const node = scene.nodes[label.node]!;
    setLabelPen(ctx, label.bold);
    ctx.fillStyle = label.dimmed ? MUTED : INK;
    ctx.direction = 'ltr';
    haloText(ctx, node.labelEn, label.x, label.y);
    if (node.labelAr) {
      // The browser shapes the Arabic line; 'rtl' runs it right to left about the same centre.
      ctx.direction = 'rtl';
      haloText(ctx, node.labelAr, label.x, label.y + LABEL_LINE_PX);
    }
  }
  ctx.direction = 'ltr';
}

export function drawEdgeLabel(ctx: CanvasRenderingContext2D, scene: Scene, index: number, t: ViewTransform): void {
  const edge = scene.edges[index];
  if (!edge) return;
  const a = scene.nodes[edge.source]!;
  const b = scene.nodes[edge.target]!;
  const x = ((a.x + b.x) / 2) * t.k + t.x;
  const y = ((a.y + b.y) / 2) * t.k + t.y;
  ctx.font = `400 ${LABEL_FONT_PX - 1}px ${LABEL_FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = 4;
  ctx.fillStyle = INK;
  ctx.direction = /[\u0600-\u06ff]/.test(edge.label) ? 'rtl' : 'ltr';
  haloText(ctx, edge.label, x, y);
  ctx.direction = 'ltr';
}
