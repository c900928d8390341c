/**
 * The canvas graph's geometry, without a canvas: the view transform (model
 * to screen), fitting a set of actors in the panel, finding the actor or line
 * under the pointer, and choosing which names to draw so none overlap. Pure,
 * so every rule is tested in Node; ./draw and the component only apply it.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import { BOLD_WIDTH_FACTOR, estimateTextWidth, FIT_PADDING } from '../label-geometry';
import { hasFocusedIds, type StateClass } from '../selection';
import { focusOf, HALO_EXTRA, type Scene } from './scene';

/** Screen = model × k + (x, y), in CSS px of the canvas box (d3-zoom's ZoomTransform has the same fields). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Zoom limits: the whole picture of 5,000 actors fits only far out; past 4 the shapes blur. */
export const MIN_ZOOM = 0.01;
export const MAX_ZOOM = 4;

/** Room around a centre for the node and its name when fitting by centres, model px. */
const CENTRE_MARGIN = 40;

/** The transform that shows the box of these node centres (with room for shapes) in the panel. */
export function fitTransform(box: Scene['bounds'], size: Size, maxZoom = MAX_ZOOM): ViewTransform {
  const w = box.x2 - box.x1 + 2 * CENTRE_MARGIN;
  const h = box.y2 - box.y1 + 2 * CENTRE_MARGIN;
  const room = { width: Math.max(1, size.width - 2 * FIT_PADDING), height: Math.max(1, size.height - 2 * FIT_PADDING) };
  const k = Math.min(maxZoom, Math.max(MIN_ZOOM, Math.min(room.width / w, room.height / h)));
  return { k, x: size.width / 2 - (k * (box.x1 + box.x2)) / 2, y: size.height / 2 - (k * (box.y1 + box.y2)) / 2 };
}

/** The box of the named actors' centres, or null when none of them is in the scene. */
export function boundsOf(scene: Scene, ids: Iterable<string>): Scene['bounds'] | null {
  let box: Scene['bounds'] | null = null;
  for (const id of ids) {
    const i = scene.nodeIndex.get(id);
    if (i === undefined) continue;
    const { x, y } = scene.nodes[i]!;
    box = box ? { x1: Math.min(box.x1, x), y1: Math.min(box.y1, y), x2: Math.max(box.x2, x), y2: Math.max(box.y2, y) } : { x1: x, y1: y, x2: x, y2: y };
  }
  return box;
}

/** Whether a model point is on screen, with a margin in px. */
export function onScreen(t: ViewTransform, size: Size, p: { x: number; y: number }, margin = 0): boolean {
  const sx = p.x * t.k + t.x;
  const sy = p.y * t.k + t.y;
  return sx >= -margin && sy >= -margin && sx <= size.width + margin && sy <= size.height + margin;
}

export type NodeTree = Quadtree<number>;

/** The last tree made for each node index (../scene-from-graph shares one per actor list), with the centres it holds. */
const trees = new WeakMap<Scene['nodeIndex'], { xy: Float64Array; tree: NodeTree }>();

/** Whether the scene's nodes have exactly these centres, in order. */
function sameCentres(xy: Float64Array, nodes: Scene['nodes']): boolean {
  if (xy.length !== nodes.length * 2) return false;
  for (let i = 0; i < nodes.length; i += 1) if (xy[2 * i] !== nodes[i]!.x || xy[2 * i + 1] !== nodes[i]!.y) return false;
  return true;
}

/**
 * A quadtree of the node indexes by centre. A brushed period's scene puts
 * every actor where the whole graph did (only sizes and lines change), so
 * its tree is the one made before: 5,000 actors took ~3 ms and 2.2 MB a
 * brush to index again (allocation profile).
 */
export function nodeTree(scene: Scene): NodeTree {
  const made = trees.get(scene.nodeIndex);
  if (made && sameCentres(made.xy, scene.nodes)) return made.tree;
  const xy = new Float64Array(scene.nodes.length * 2);
  const indexes = new Array<number>(scene.nodes.length);
  for (let i = 0; i < scene.nodes.length; i += 1) {
    xy[2 * i] = scene.nodes[i]!.x;
    xy[2 * i + 1] = scene.nodes[i]!.y;
    indexes[i] = i;
  }
  // The centres are read from the tree's own copy: a tree kept for later scenes holds no scene.
  const tree = quadtree<number>()
    .x((i) => xy[2 * i]!)
    .y((i) => xy[2 * i + 1]!)
    .addAll(indexes);
  trees.set(scene.nodeIndex, { xy, tree });
  return tree;
}

/** Pointer slop in screen px: a fingertip's worth around small shapes and thin lines. */
export const HIT_SLOP_PX = 4;

/**
 * The node under a model point: the one whose shape (a disc of its radius,
 * plus the slop) holds the point, nearest centre first. Null on background.
 */
export function nodeAt(scene: Scene, tree: NodeTree, p: { x: number; y: number }, slop: number): number | null {
  // Read on every pointer move: the largest radius comes with the scene, not from a walk over every node.
  const reach = scene.maxR + slop;
  let best: number | null = null;
  let bestDistance = Infinity;
  tree.visit((quad, x1, y1, x2, y2) => {
    if (!quad.length) {
      let leaf: typeof quad | undefined = quad;
      while (leaf && !leaf.length) {
        const i = (leaf as { data: number }).data;
        const n = scene.nodes[i]!;
        const d = Math.hypot(n.x - p.x, n.y - p.y);
        if (d <= n.r + slop && d < bestDistance) {
          best = i;
          bestDistance = d;
        }
        leaf = (leaf as { next?: typeof quad }).next;
      }
    }
    return x1 > p.x + reach || y1 > p.y + reach || x2 < p.x - reach || y2 < p.y - reach;
  });
  return best;
}

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/**
 * The line under a model point (within half its width plus the slop), the
 * focus first: where a highlighted line crosses a dimmed one, the reader
 * means the one drawn on top. Null when no line is that close.
 */
export function edgeAt(scene: Scene, p: { x: number; y: number }, slop: number, classes: ReadonlyMap<string, readonly StateClass[]>): number | null {
  let best: number | null = null;
  let bestScore = Infinity;
  scene.edges.forEach((edge, i) => {
    const a = scene.nodes[edge.source]!;
    const b = scene.nodes[edge.target]!;
    const reach = edge.width / 2 + slop;
    if (p.x < Math.min(a.x, b.x) - reach || p.x > Math.max(a.x, b.x) + reach || p.y < Math.min(a.y, b.y) - reach || p.y > Math.max(a.y, b.y) + reach) return;
    const d = distanceToSegment(p, a, b);
    if (d > reach) return;
    const focus = focusOf(classes, edge.id);
    const score = d + (focus === 'selected' || focus === 'highlighted' ? 0 : focus === 'dimmed' ? 2 * reach : reach);
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** A name drawn under its node, in screen px: the English line over the Arabic one. */
export interface PlacedLabel {
  node: number;
  /** Centre of the text, top of the first line. */
  x: number;
  y: number;
  width: number;
  bold: boolean;
  dimmed: boolean;
}

/** Label font size on screen, px; the two lines are LABEL_LINE_PX apart. */
export const LABEL_FONT_PX = 12;
export const LABEL_LINE_PX = 17;
/** A name outside the focus is drawn once its node is at least this wide on screen. */
export const LABELS_FROM_NODE_PX = 20;
/** A node of the focus is drawn at least this wide on screen (./draw), and named from its rim. */
export const FOCUS_NODE_MIN_PX = 12;
/** A focus node's ring reaches at least this far beyond its shape on screen (./draw). */
export const HALO_MIN_PX = 4;

/**
 * A focus node's radius as drawn at zoom k, model px: however far out the
 * view is, at least FOCUS_NODE_MIN_PX across on screen (at the fit of 5,000
 * actors a node is ~3 px). ./draw paints it so, and names are placed by it.
 */
export function focusRadius(r: number, k: number): number {
  return Math.max(r, FOCUS_NODE_MIN_PX / 2 / k);
}

/** How far a focus node's ring reaches beyond its shape at zoom k, model px: its `extra`, at least HALO_MIN_PX on screen. */
export function haloReach(extra: number, k: number): number {
  return Math.max(extra, HALO_MIN_PX / k);
}

/**
 * How far from its centre a node of the focus is drawn on screen (px): its
 * shape and its ring. Names keep clear of it (placeLabels): at the fit of
 * 5,000 actors the selected actor's ring met the end of a neighbour's
 * Arabic name.
 */
export function focusReachPx(node: { r: number }, focus: 'selected' | 'highlighted', k: number): number {
  return (focusRadius(node.r, k) + haloReach(HALO_EXTRA[focus], k)) * k;
}

/** At most this many names in one frame: beyond it text costs more than a frame and reads as noise. */
export const MAX_LABELS = 300;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The nodes that can be named when the crowd cannot: the focus the classes
 * name and the hovered node, in node order (the order the full scan finds
 * them in, which breaks ties when names compete for a spot). Null when the
 * classes cannot name their focus.
 */
function namedCandidates(scene: Scene, classes: ReadonlyMap<string, readonly StateClass[]>, hovered: number | null): number[] | null {
  if (!hasFocusedIds(classes)) return null;
  const found = new Set<number>();
  for (const id of classes.focusedIds()) {
    const i = scene.nodeIndex.get(id);
    if (i !== undefined) found.add(i);
  }
  if (hovered !== null) found.add(hovered);
  return [...found].sort((a, b) => a - b);
}

/**
 * The names to draw at this view: the focus (selected, highlighted, hovered)
 * always, then, where nodes are large enough on screen, the most active
 * actors on screen whose names fit beside those already placed.
 */
export function placeLabels(scene: Scene, classes: ReadonlyMap<string, readonly StateClass[]>, t: ViewTransform, size: Size, hovered: number | null = null, { crowd: withCrowd = true }: { crowd?: boolean } = {}): PlacedLabel[] {
  const focusFirst: number[] = [];
  const crowd: number[] = [];
  const consider = (i: number) => {
    const node = scene.nodes[i]!;
    if (!onScreen(t, size, node, 60)) return;
    const focus = focusOf(classes, node.id);
    if (focus === 'selected' || focus === 'highlighted' || i === hovered) focusFirst.push(i);
    else if (withCrowd && node.r * 2 * t.k >= LABELS_FROM_NODE_PX) crowd.push(i);
  };
  const named = withCrowd && scene.maxR * 2 * t.k >= LABELS_FROM_NODE_PX ? null : namedCandidates(scene, classes, hovered);
  // Far out no node of the crowd is big enough to be named, so only the focus and the hovered actor are looked at, not
  // every node: at the fit of 5,000 actors that scan took ~3 ms of each frame drawn with a selection (the bench's profile).
  if (named) named.forEach(consider);
  else for (let i = 0; i < scene.nodes.length; i += 1) consider(i);
  const rank = (i: number) => (i === hovered ? 3 : focusOf(classes, scene.nodes[i]!.id) === 'selected' ? 2 : 1);
  focusFirst.sort((a, b) => rank(b) - rank(a) || scene.nodes[b]!.activity - scene.nodes[a]!.activity);
  crowd.sort((a, b) => scene.nodes[b]!.activity - scene.nodes[a]!.activity);

  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  /** Whose shape each box is (a node index), or -1 for a name. */
  const owners: number[] = [];
  const CELL = 96;
  const grid = new Map<string, number[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++) for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  const add = (box: Box, owner: number) => {
    for (const key of cells(box)) grid.set(key, [...(grid.get(key) ?? []), boxes.length]);
    boxes.push(box);
    owners.push(owner);
  };
  /** Whether `box`, the name of node `i`, meets no other name and, unless `namesOnly`, no shape of the focus but i's own. */
  const free = (box: Box, i: number, namesOnly = false) =>
    !cells(box).some((key) => grid.get(key)?.some((b) => (namesOnly ? owners[b] === -1 : owners[b] !== i) && overlaps(boxes[b]!, box)));
  const take = (i: number, box: Box, bold: boolean) => {
    add(box, -1);
    placed.push({ node: i, x: (box.x1 + box.x2) / 2, y: box.y1, width: box.x2 - box.x1, bold, dimmed: !bold && focusOf(classes, scene.nodes[i]!.id) === 'dimmed' });
  };
  // The focus's shapes and rings are drawn larger than the crowd's: names keep clear of them. (Not the hovered actor's
  // outline: names would come and go as the pointer crosses the graph.)
  for (const i of focusFirst) {
    const node = scene.nodes[i]!;
    const focus = focusOf(classes, node.id);
    if (focus !== 'selected' && focus !== 'highlighted') continue;
    const reach = focusReachPx(node, focus, t.k);
    const cx = node.x * t.k + t.x;
    const cy = node.y * t.k + t.y;
    add({ x1: cx - reach, y1: cy - reach, x2: cx + reach, y2: cy + reach }, i);
  }
  /**
   * Under the node; for the focus also above it, then beside it: the first
   * spot clear of other names and of the focus's shapes. The selected and
   * hovered actors are named even where none is, in the first spot clear
   * of names, else under the node; a neighbour with no clear spot is left
   * unnamed (the list and the panel name it), and so is any other actor.
   */
  const place = (i: number, mode: 'always' | 'focus' | 'crowd') => {
    const node = scene.nodes[i]!;
    // The focus and the hovered actor (focusFirst) are named in bold, up to 9% wider: their boxes hold the bold width.
    const bold = mode !== 'crowd';
    const width = Math.max(estimateTextWidth(node.labelEn, LABEL_FONT_PX), estimateTextWidth(node.labelAr, LABEL_FONT_PX)) * (bold ? BOLD_WIDTH_FACTOR : 1) + 6;
    const height = 2 * LABEL_LINE_PX;
    const cx = node.x * t.k + t.x;
    const cy = node.y * t.k + t.y;
    const r = (bold ? focusRadius(node.r, t.k) : node.r) * t.k;
    const at = (x: number, y: number): Box => ({ x1: x - width / 2, y1: y, x2: x + width / 2, y2: y + height });
    const spots = [at(cx, cy + r + 3)];
    if (mode !== 'crowd') spots.push(at(cx, cy - r - 3 - height), at(cx + r + 4 + width / 2, cy - height / 2), at(cx - r - 4 - width / 2, cy - height / 2));
    const spot = spots.find((box) => free(box, i)) ?? (mode === 'always' ? (spots.find((box) => free(box, i, true)) ?? spots[0]) : undefined);
    if (spot) take(i, spot, bold);
  };
  for (const i of focusFirst) if (placed.length < MAX_LABELS) place(i, rank(i) >= 2 ? 'always' : 'focus');
  for (const i of crowd) {
    if (placed.length >= MAX_LABELS) break;
    place(i, 'crowd');
  }
  return placed;
}
