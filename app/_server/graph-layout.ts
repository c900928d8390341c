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
 * landscape like the panel, then an incremental pass that clears overlaps.
 *
 * No `import 'server-only'`: that package does not resolve in this project;
 * the module is only ever imported by server components and build scripts.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ActorGraph } from '@/lib/graph';
import type { Actor } from '@/lib/schema';
import { toCytoscapeElements, type Point, type Positions } from '@/components/graph/elements';

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

/**
 * The box each node occupies in the layout: the node and its two-line label
 * below it (approximated by character count, since Node has no text metrics),
 * so fcose's overlap removal keeps labels apart, not just the shapes.
 */
function layoutBox(size: number, labelEn: string, labelAr: string): { w: number; h: number } {
  const longest = Math.max(labelEn.length, labelAr.length);
  const labelWidth = Math.min(140, 6.2 * longest);
  return { w: Math.round(Math.max(size, labelWidth)), h: size + 2 * 32 };
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
 * Positions of every actor, in model pixels rounded to integers, centred on
 * the origin. Same graph and actors in, same positions out, on every run and
 * machine (the test runs it twice). Cost: well under a second for hundreds of nodes.
 */
export function computeGraphLayout(graph: ActorGraph, actors: readonly Actor[]): Record<string, Point> {
  if (actors.length === 0) return {};
  registerFcose();
  // Sorted inputs: the layout must not depend on the order of records in data/.
  const sortedActors = [...actors].sort((a, b) => a.id.localeCompare(b.id));
  const sortedGraph: ActorGraph = {
    nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
  };
  const elements = toCytoscapeElements(sortedGraph, sortedActors, {});
  for (const el of elements) {
    if (el.group === 'nodes') {
      const box = layoutBox(el.data.size, el.data.labelEn, el.data.labelAr);
      Object.assign(el.data, { layoutWidth: box.w, layoutHeight: box.h });
    }
  }

  const cy = cytoscape({
    headless: true,
    // Styles are needed so node dimensions reach fcose; nothing is drawn.
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(layoutWidth)', height: 'data(layoutHeight)', shape: 'rectangle' } }],
  });
  try {
    withSeededRandom(LAYOUT_SEED, () => {
      // Pass 1, spectral from seeded randomness: fcose's best global shape (fewest crossings in our trials).
      const spectral: FcoseLayoutOptions = { ...FCOSE_BASE, randomize: true };
      cy.layout(spectral).run();
      rotateToLandscape(cy);
      // Pass 2, incremental from the rotated picture: removes any overlap the rotation made, keeps the shape.
      const refine: FcoseLayoutOptions = { ...FCOSE_BASE, randomize: false };
      cy.layout(refine).run();
    });
    return centredIntegerPositions(cy);
  } finally {
    cy.destroy();
  }
}

function centredIntegerPositions(cy: cytoscape.Core): Positions {
  const nodes = cy.nodes();
  const xs = nodes.map((n) => n.position('x'));
  const ys = nodes.map((n) => n.position('y'));
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy0 = (Math.min(...ys) + Math.max(...ys)) / 2;
  const out: Positions = {};
  // Written in id order so the serialised record is stable too.
  for (const node of nodes.sort((a, b) => a.id().localeCompare(b.id()))) {
    out[node.id()] = { x: Math.round(node.position('x') - cx), y: Math.round(node.position('y') - cy0) };
  }
  return out;
}
