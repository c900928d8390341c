/**
 * The actor graph's layout, computed once at build time in Node so every
 * reader sees the same picture and the browser never runs a force layout.
 *
 * fcose is deterministic only if everything random in it is. Its spectral
 * start draws random vectors and cose-base breaks a few ties (re-attaching
 * pruned tree leaves) with Math.random; all of those calls are served by a
 * seeded PRNG for the duration of the synchronous layout run, after which
 * Math.random is restored. Inputs are sorted by id first, so the order of
 * records in data/ does not matter either.
 *
 * The recipe: a spectral pass (global shape), a turn so the picture is
 * landscape like the panel, an incremental pass that clears overlaps, then
 * a placement pass that fits the picture to the graph panel with every
 * actor's name clear of the others at full size (see placeInFrame).
 *
 * No `import 'server-only'`: that package does not resolve in this project;
 * the module is only ever imported by server components and build scripts.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ActorGraph } from '@/lib/graph';
import { cachedLayout, LARGE_GRAPH_NODES, largeGraphLayout, layoutKey } from './graph-layout-large';
import type { Actor } from '@/lib/schema';
import { toCytoscapeElements, type Point, type Positions } from '@/components/graph/elements';
import {
  FIT_PADDING,
  LABEL_GAP,
  NODE_LABEL,
  boundsOf,
  estimateNodeLabelSize,
  boxesOverlap,
  nodePieces,
  placedBoxes,
  type Box,
  type PlacedNode,
  type Size,
} from '@/components/graph/label-geometry';

let fcoseRegistered = false;
function registerFcose(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator. `fn` must be synchronous. */
function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

const LAYOUT_SEED = 0x41746872; // "Athr"

/** The fcose options used here (see below); the extension ships no typings (types/cytoscape-fcose.d.ts only declares the module). */
interface FcoseLayoutOptions extends cytoscape.BaseLayoutOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  fit: boolean;
  packComponents: boolean;
  nodeDimensionsIncludeLabels: boolean;
  nodeRepulsion: () => number;
  idealEdgeLength: () => number;
  nodeSeparation: number;
  edgeElasticity: () => number;
  gravity: number;
  numIter: number;
  tile: boolean;
  tilingPaddingVertical: number;
  tilingPaddingHorizontal: number;
}

const FCOSE_BASE: Omit<FcoseLayoutOptions, 'randomize'> = {
  name: 'fcose',
  quality: 'proof',
  animate: false,
  fit: false,
  // Packing needs cytoscape-layout-utilities, which this project does not ship.
  packComponents: false,
  nodeDimensionsIncludeLabels: false,
  nodeRepulsion: () => 6000,
  idealEdgeLength: () => 70,
  nodeSeparation: 75,
  edgeElasticity: () => 0.45,
  gravity: 0.25,
  numIter: 2500,
  // Isolated actors are tiled in a block instead of floating away.
  tile: true,
  tilingPaddingVertical: 20,
  tilingPaddingHorizontal: 20,
};

/**
 * Turns the picture so its longest spread runs left to right (principal axis
 * of the node positions): the graph panel is wider than tall, and a portrait
 * layout would be fitted at a zoom too small to read the labels.
 */
function rotateToLandscape(cy: cytoscape.Core): void {
  const nodes = cy.nodes();
  if (nodes.length < 2) return;
  const points = nodes.map((n) => n.position());
  const mx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const my = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const angle = -0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  nodes.forEach((node) => {
    const { x, y } = node.position();
    node.position({ x: mx + (x - mx) * cos - (y - my) * sin, y: my + (x - mx) * sin + (y - my) * cos });
  });
}

/**
 * The graph panel the layout is planned for, in px: the canvas on a
 * 1280 × 800 laptop (698 × 560, see components/graph/graph.css), a little
 * narrower for a classic scrollbar. Larger panels (794 × 630 at 1440 × 900)
 * fit the same picture at a higher zoom, so their labels keep clear too.
 */
export const LAYOUT_PANEL = { width: 690, height: 560 } as const;

export interface LayoutTuning {
  nodeRepulsion: number;
  idealEdgeLength: number;
  nodeSeparation: number;
  tilingPadding: number;
  panel: { width: number; height: number };
  fitPadding: number;
  gap: number;
  /** Rounds of the free-spot placement (it stops once every node has a spot); 0 keeps the force layout's picture. */
  placementRounds: number;
  /** Placement: a crossing of two lines costs as much as moving this many px further from the picture's spot. */
  crossingCost: number;
  /** Placement: how much further than the nearest free spot to look for one with fewer crossings, in px. */
  crossingSlack: number;
  /** How far to even out the force layout's density before placement (see evenOut): 0 to 1. */
  evenness: number;
}

const DEFAULT_TUNING: LayoutTuning = {
  nodeRepulsion: 4500,
  idealEdgeLength: 150,
  nodeSeparation: 60,
  tilingPadding: 24,
  panel: LAYOUT_PANEL,
  fitPadding: FIT_PADDING,
  gap: LABEL_GAP,
  placementRounds: 6,
  crossingCost: 40,
  crossingSlack: 60,
  evenness: 1,
};

/**
 * Positions of every actor, in model pixels rounded to integers, centred on
 * the origin. Same graph and actors in, same positions out, on every run and
 * machine (the test runs it twice). Cost: about a second for the 27 actors
 * of data/ (mostly the placement pass); it runs once per build, and the
 * result is cached in a file keyed by a hash of its input (see
 * ./graph-layout-large), so a rebuild of unchanged data reuses it. From
 * LARGE_GRAPH_NODES actors on, a Barnes–Hut force layout replaces this
 * recipe (same file).
 *
 * Each node is laid out as the box of its shape and the label under it
 * (size estimated by components/graph/label-geometry as the canvas will draw
 * it), so the force layout keeps labels apart, not just shapes. The force
 * layout gives the picture; the placement pass then puts it in the panel so
 * that at the panel's fit zoom every name is drawn at full size without
 * touching another. `tuning` is for experiments and tests; the page uses the
 * defaults.
 */
export function computeGraphLayout(
  graph: ActorGraph,
  actors: readonly Actor[],
  tuning: Partial<LayoutTuning> = {},
): Record<string, Point> {
  if (actors.length === 0) return {};
  const t: LayoutTuning = { ...DEFAULT_TUNING, ...tuning };
  // Sorted inputs: the layout must not depend on the order of records in data/.
  const sortedActors = [...actors].sort((a, b) => a.id.localeCompare(b.id));
  const sortedGraph: ActorGraph = {
    nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
  };
  const elements = toCytoscapeElements(sortedGraph, sortedActors, {});
  const links: [string, string][] = elements.flatMap((el) => (el.group === 'edges' ? [[el.data.source, el.data.target] as [string, string]] : []));
  // The picture depends on exactly these: each node's id, size and label, the lines, and the tuning.
  const key = layoutKey([
    t,
    elements.map((el) => (el.group === 'nodes' ? [el.data.id, el.data.size, el.data.label] : [el.data.source, el.data.target])),
  ]);
  return cachedLayout(key, () => {
    if (sortedActors.length >= LARGE_GRAPH_NODES) {
      const sized = elements.flatMap((el) => (el.group === 'nodes' ? [{ id: el.data.id, size: el.data.size }] : []));
      return largeGraphLayout(sized, links);
    }
    return fcoseLayout(elements, links, t);
  });
}

/** The careful recipe for graphs below LARGE_GRAPH_NODES: fcose twice, then the label-clearing placement. */
function fcoseLayout(elements: ReturnType<typeof toCytoscapeElements>, links: [string, string][], t: LayoutTuning): Record<string, Point> {
  registerFcose();
  const placed = new Map<string, { size: number; label: Size; below: number }>();
  for (const el of elements) {
    if (el.group !== 'nodes') continue;
    const label = estimateNodeLabelSize(el.data.label);
    const below = NODE_LABEL.marginY + label.height;
    placed.set(el.data.id, { size: el.data.size, label, below });
    // fcose centres the box on the node's position; the shape sits at its top, the label under it.
    Object.assign(el.data, { layoutWidth: Math.max(el.data.size, label.width), layoutHeight: el.data.size + below });
  }

  const cy = cytoscape({
    headless: true,
    // Styles are needed so node dimensions reach fcose; nothing is drawn.
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(layoutWidth)', height: 'data(layoutHeight)', shape: 'rectangle' } }],
  });
  try {
    const fcoseOptions = (randomize: boolean): FcoseLayoutOptions => ({
      ...FCOSE_BASE,
      randomize,
      nodeRepulsion: () => t.nodeRepulsion,
      idealEdgeLength: () => t.idealEdgeLength,
      nodeSeparation: t.nodeSeparation,
      tilingPaddingVertical: t.tilingPadding,
      tilingPaddingHorizontal: t.tilingPadding,
    });
    withSeededRandom(LAYOUT_SEED, () => {
      // Pass 1, spectral from seeded randomness: fcose's best global shape (fewest crossings in our trials).
      cy.layout(fcoseOptions(true)).run();
      rotateToLandscape(cy);
      // Pass 2, incremental from the rotated picture: removes any overlap the rotation made, keeps the shape.
      cy.layout(fcoseOptions(false)).run();
    });
    const nodes: LayoutNode[] = cy
      .nodes()
      .map((n) => {
        const p = placed.get(n.id())!;
        // Back from the box's centre to the shape's.
        return { id: n.id(), x: n.position('x'), y: n.position('y') - p.below / 2, size: p.size, label: p.label, degree: n.degree(false) };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    placeInFrame(nodes, links, t);
    return centredIntegerPositions(nodes);
  } finally {
    cy.destroy();
  }
}

/**
 * Makes every label legible at the panel's fit zoom. The force layout's
 * picture is evened out (evenOut) and stretched to the frame (the panel less
 * the fit padding, at zoom 1); then the nodes are placed one by one, the
 * most connected first, each at a free spot near its place in the picture: a
 * spot where its shape and label stay inside the frame and `gap` px clear of
 * those already placed. Of the free spots up to `crossingSlack` px further
 * than the nearest, the one whose lines to placed neighbours cross fewest
 * lines already drawn wins (`crossingCost` px a crossing). The placed
 * picture fits the frame, so the panel's fit zoom is at least 1 and every
 * label is drawn at full size without touching another. Nodes that find no
 * free spot go first in another round; if no round places them all (a
 * frame too small for the graph), the round with fewest left over is kept,
 * those staying where the picture put them. Pure arithmetic in a fixed
 * order: deterministic.
 */
function placeInFrame(nodes: LayoutNode[], links: readonly [string, string][], t: LayoutTuning): void {
  if (nodes.length < 2 || t.placementRounds < 1) return;
  const frame = { width: t.panel.width - 2 * t.fitPadding, height: t.panel.height - 2 * t.fitPadding };
  evenOut(nodes, t.evenness);
  stretchToFrame(nodes, frame);
  const b = boundsOf(placedBoxes(nodes, 1));
  const cx = (b.x1 + b.x2) / 2;
  const cy = (b.y1 + b.y2) / 2;
  const rect: Box = { x1: cx - frame.width / 2, y1: cy - frame.height / 2, x2: cx + frame.width / 2, y2: cy + frame.height / 2 };

  const home = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const [a, b] of links) {
    if (a === b) continue;
    neighbours.get(a)?.push(b);
    neighbours.get(b)?.push(a);
  }
  /** Places in this order from the stretched picture; returns the ids of nodes that found no free spot. */
  const attempt = (order: readonly LayoutNode[]): string[] => {
    const failed: string[] = [];
    const taken: Box[] = [];
    const at = new Map<string, Point>();
    const drawn: [string, string][] = [];
    /** Lines the node would draw to placed neighbours that cross lines already drawn. */
    const crossingsAt = (id: string, p: Point): number => {
      let count = 0;
      for (const other of neighbours.get(id)!) {
        const q = at.get(other);
        if (!q) continue;
        for (const [u, v] of drawn) {
          if (u === other || v === other) continue;
          if (segmentsCross(p, q, at.get(u)!, at.get(v)!)) count++;
        }
      }
      return count;
    };
    for (const node of order) {
      const start = home.get(node.id)!;
      // The node's shape and label relative to its centre, and the centres that keep both in the frame.
      const [body, label] = nodePieces({ ...node, x: 0, y: 0 }, 1);
      const minX = rect.x1 - Math.min(body.x1, label.x1);
      const maxX = rect.x2 - Math.max(body.x2, label.x2);
      const minY = rect.y1 - Math.min(body.y1, label.y1);
      const maxY = rect.y2 - Math.max(body.y2, label.y2);
      const clear = (x: number, y: number) =>
        taken.every(
          (other) =>
            !boxesOverlap({ x1: x + body.x1, y1: y + body.y1, x2: x + body.x2, y2: y + body.y2 }, other, t.gap) &&
            !boxesOverlap({ x1: x + label.x1, y1: y + label.y1, x2: x + label.x2, y2: y + label.y2 }, other, t.gap),
        );
      let best: { x: number; y: number; cost: number } | null = null;
      let nearest = Infinity;
      for (const [dx, dy, distance] of searchOffsets(Math.hypot(frame.width, frame.height))) {
        if (distance > nearest + t.crossingSlack) break;
        const x = start.x + dx;
        const y = start.y + dy;
        if (x < minX || x > maxX || y < minY || y > maxY || !clear(x, y)) continue;
        nearest = Math.min(nearest, distance);
        const cost = distance + t.crossingCost * crossingsAt(node.id, { x, y });
        if (!best || cost < best.cost) best = { x, y, cost };
      }
      node.x = best?.x ?? start.x;
      node.y = best?.y ?? start.y;
      if (!best) failed.push(node.id);
      taken.push(...nodePieces(node, 1));
      at.set(node.id, { x: node.x, y: node.y });
      for (const other of neighbours.get(node.id)!) if (at.has(other)) drawn.push([node.id, other]);
    }
    return failed;
  };

  let order = [...nodes].sort((p, q) => q.degree - p.degree || q.size - p.size || p.id.localeCompare(q.id));
  let best: { failed: number; at: Map<string, { x: number; y: number }> } | null = null;
  for (let round = 0; round < t.placementRounds; round++) {
    const failed = attempt(order);
    if (!best || failed.length < best.failed) best = { failed: failed.length, at: new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }])) };
    if (failed.length === 0) break;
    // The nodes left without room go first next time, while the frame is still empty around them.
    const first = new Set(failed);
    order = [...order.filter((n) => first.has(n.id)), ...order.filter((n) => !first.has(n.id))];
  }
  for (const node of nodes) Object.assign(node, best!.at.get(node.id));
}

/** Whether segments pq and rs cross at a point inside both (touching ends do not count). */
function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const side = (a: Point, b: Point, c: Point) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  return side(p, q, r) * side(p, q, s) < 0 && side(r, s, p) * side(r, s, q) < 0;
}

const SEARCH_STEP = 3;
let offsetCache: { radius: number; offsets: [number, number, number][] } | null = null;
/** Offsets [dx, dy, length] on a SEARCH_STEP grid within `radius`, nearest first (ties in a fixed order), for the free-spot search. */
function searchOffsets(radius: number): [number, number, number][] {
  if (offsetCache && offsetCache.radius === radius) return offsetCache.offsets;
  const steps = Math.ceil(radius / SEARCH_STEP);
  const offsets: [number, number, number][] = [];
  for (let i = -steps; i <= steps; i++) {
    for (let j = -steps; j <= steps; j++) {
      if (i * i + j * j <= steps * steps) offsets.push([i * SEARCH_STEP, j * SEARCH_STEP, Math.hypot(i, j) * SEARCH_STEP]);
    }
  }
  offsets.sort((p, q) => p[2] - q[2] || p[1] - q[1] || p[0] - q[0]);
  offsetCache = { radius, offsets };
  return offsets;
}

/**
 * Force layouts leave a dense core and far-flung leaves; scaled to the frame
 * as they are, the core's labels pile up. Each coordinate is blended with its
 * rank among the nodes' coordinates (same span), which spreads the core and
 * pulls in the leaves while keeping every node's order left to right and top
 * to bottom, and so the picture's shape. `weight` 0 keeps the picture, 1 is
 * pure rank.
 */
function evenOut(nodes: PlacedNode[], weight: number): void {
  if (weight <= 0 || nodes.length < 2) return;
  for (const axis of ['x', 'y'] as const) {
    const values = nodes.map((n) => n[axis]);
    const min = Math.min(...values);
    const span = Math.max(...values) - min;
    if (span === 0) continue;
    const order = nodes.map((_, i) => i).sort((i, j) => values[i]! - values[j]! || i - j);
    order.forEach((index, rank) => {
      const even = min + (span * rank) / (nodes.length - 1);
      nodes[index]![axis] = (1 - weight) * values[index]! + weight * even;
    });
  }
}

/** Scales the node positions about their middle, each axis on its own, until the boxes at zoom 1 fill the frame. */
function stretchToFrame(nodes: PlacedNode[], frame: { width: number; height: number }): void {
  for (let step = 0; step < 8; step++) {
    const b = boundsOf(placedBoxes(nodes, 1));
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const mx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const my = (Math.min(...ys) + Math.max(...ys)) / 2;
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    // The part of the bounds that does not scale: labels and shapes past the outermost centres.
    const sx = spanX > 0 ? Math.max(0.05, (frame.width - (b.x2 - b.x1 - spanX)) / spanX) : 1;
    const sy = spanY > 0 ? Math.max(0.05, (frame.height - (b.y2 - b.y1 - spanY)) / spanY) : 1;
    for (const n of nodes) {
      n.x = mx + (n.x - mx) * sx;
      n.y = my + (n.y - my) * sy;
    }
  }
}

interface LayoutNode extends PlacedNode {
  id: string;
  /** Lines at the node, affiliations included: the most connected nodes are placed first. */
  degree: number;
}

function centredIntegerPositions(nodes: readonly LayoutNode[]): Positions {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy0 = (Math.min(...ys) + Math.max(...ys)) / 2;
  const out: Positions = {};
  // Written in id order so the serialised record is stable too.
  for (const node of [...nodes].sort((a, b) => a.id.localeCompare(b.id))) {
    out[node.id] = { x: Math.round(node.x - cx), y: Math.round(node.y - cy0) };
  }
  return out;
}
