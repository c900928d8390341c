/**
 * What the canvas graph draws, as plain data: the actors and lines the
 * Cytoscape view gets as elements (../elements; made straight from the
 * graph by ./scene-from-graph), with their resolved looks, grouped into draw
 * layers for a focus (../selection).
 * A layer is every mark that shares one paint (colour, width, dash, alpha),
 * so a frame of thousands of actors is a few dozen fill and stroke calls,
 * not one per element. Pure: tested in Node, drawn by ./draw.
 */
import type { ActorKind } from '@/lib/vocabulary';
import { HIGHLIGHT, INK, MUTED, PAPER } from '@/components/theme';
import { AFFILIATION, type GraphElement } from '../elements';
import { hasFocusedIds, type FocusedIds, type StateClass } from '../selection';
import { EDGE_COLOR, HIGHLIGHT_LINE } from '../style';
import { edgesWithId, linksOf } from './scene-links';

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Half the node's size, model px. */
  r: number;
  kind: ActorKind;
  color: string;
  labelEn: string;
  labelAr: string;
  /** Events and statements: who wins a crowded spot for its name. */
  activity: number;
}

export interface SceneEdge {
  id: string;
  /** Indexes into `Scene.nodes`. */
  source: number;
  target: number;
  type: string;
  label: string;
  directed: boolean;
  width: number;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Node index by actor id. */
  nodeIndex: ReadonlyMap<string, number>;
  /** The box of every node centre, model px (all zero for an empty scene). */
  bounds: { x1: number; y1: number; x2: number; y2: number };
  /** The largest node radius: how far from a point a shape holding it can be centred (hit testing). */
  maxR: number;
}

/** Builds the scene from Cytoscape-style element definitions (the tests' fixtures, and the same picture as the Cytoscape view's); edges whose ends are missing are left out. */
export function buildScene(elements: readonly GraphElement[]): Scene {
  const nodes: SceneNode[] = [];
  const nodeIndex = new Map<string, number>();
  // Index loops: see lib/graph-columns graphFromColumns.
  for (let k = 0; k < elements.length; k += 1) {
    const el = elements[k]!;
    if (el.group !== 'nodes') continue;
    const d = el.data;
    nodeIndex.set(d.id, nodes.length);
    nodes.push({ id: d.id, x: el.position.x, y: el.position.y, r: d.size / 2, kind: d.kind, color: d.color, labelEn: d.labelEn, labelAr: d.labelAr, activity: d.eventCount + d.statementCount });
  }
  const edges: SceneEdge[] = [];
  for (let k = 0; k < elements.length; k += 1) {
    const el = elements[k]!;
    if (el.group !== 'edges') continue;
    const d = el.data;
    const source = nodeIndex.get(d.source);
    const target = nodeIndex.get(d.target);
    if (source === undefined || target === undefined) continue;
    edges.push({ id: d.id, source, target, type: d.type, label: d.label, directed: d.directed, width: d.width });
  }
  return sceneOfParts(nodes, edges, nodeIndex);
}

/** The scene of these nodes and edges, with the box and the largest radius. */
export function sceneOfParts(nodes: SceneNode[], edges: SceneEdge[], nodeIndex: ReadonlyMap<string, number>): Scene {
  let bounds = { x1: 0, y1: 0, x2: 0, y2: 0 };
  let maxR = 0;
  if (nodes.length > 0) {
    bounds = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    for (let k = 0; k < nodes.length; k += 1) {
      const n = nodes[k]!;
      maxR = Math.max(maxR, n.r);
      bounds.x1 = Math.min(bounds.x1, n.x);
      bounds.y1 = Math.min(bounds.y1, n.y);
      bounds.x2 = Math.max(bounds.x2, n.x);
      bounds.y2 = Math.max(bounds.y2, n.y);
    }
  }
  return { nodes, edges, nodeIndex, bounds, maxR };
}

/** The focus class of an element (the classes map holds at most one of ours per element). */
export type Focus = StateClass | null;

export function focusOf(classes: ReadonlyMap<string, readonly StateClass[]>, id: string): Focus {
  return classes.get(id)?.[0] ?? null;
}

/** One paint and the marks that share it, in draw order. */
export interface LineLayer {
  kind: 'lines';
  color: string;
  /** Model px; the drawing keeps lines at least a hairline on screen. */
  width: number;
  alpha: number;
  dashed: boolean;
  /** Edge indexes. */
  edges: number[];
  /** Directed lines in this layer get an arrowhead (only the focus does: arrows cost a path each). */
  arrows: boolean;
}

export interface NodeLayer {
  kind: 'nodes';
  fill: string;
  alpha: number;
  /** Border colour and width in model px. */
  border: string;
  borderWidth: number;
  /** A ring under the shape (the focus), or null. */
  halo: { color: string; alpha: number; extra: number } | null;
  /** Shapes are grouped by kind inside the layer: one path per kind. */
  nodes: number[];
}

export type Layer = LineLayer | NodeLayer;

const FOCUS_ORDER: Record<string, number> = { dimmed: 0, none: 1, highlighted: 2, selected: 3 };

/** How a line is painted in a focus state (the export draws the same). */
export function edgePaint(edge: SceneEdge, focus: Focus): Omit<LineLayer, 'edges' | 'kind'> {
  const affiliation = edge.type === AFFILIATION;
  const base = affiliation ? MUTED : EDGE_COLOR;
  if (focus === 'selected') return { color: INK, width: edge.width, alpha: 1, dashed: affiliation, arrows: true };
  if (focus === 'highlighted') return { color: HIGHLIGHT_LINE, width: edge.width, alpha: 1, dashed: affiliation, arrows: true };
  return { color: base, width: edge.width, alpha: focus === 'dimmed' ? 0.15 : 1, dashed: affiliation, arrows: false };
}

/** How far a focus node's ring reaches beyond its shape, model px (at least HALO_MIN_PX on screen: ./view haloReach). */
export const HALO_EXTRA = { selected: 9, highlighted: 7 } as const;

function nodePaint(node: SceneNode, focus: Focus): Omit<NodeLayer, 'nodes' | 'kind'> {
  if (focus === 'selected') return { fill: node.color, alpha: 1, border: INK, borderWidth: 5, halo: { color: HIGHLIGHT, alpha: 1, extra: HALO_EXTRA.selected } };
  if (focus === 'highlighted') return { fill: node.color, alpha: 1, border: INK, borderWidth: 3, halo: { color: HIGHLIGHT, alpha: 0.8, extra: HALO_EXTRA.highlighted } };
  return { fill: node.color, alpha: focus === 'dimmed' ? 0.3 : 1, border: PAPER, borderWidth: 1.5, halo: null };
}

/** The layer filed under `a` then `b`, or undefined: looked up before one is made, so no maker is allocated per element. */
function layerAt<A, B, L>(index: Map<A, Map<B, L>>, a: A, b: B): L | undefined {
  return index.get(a)?.get(b);
}

/** Files a new layer under `a` then `b` and adds it to `list` (which keeps the order layers are first met in). */
function addLayer<A, B, L>(index: Map<A, Map<B, L>>, list: L[], a: A, b: B, layer: L): L {
  let inner = index.get(a);
  if (!inner) index.set(a, (inner = new Map()));
  inner.set(b, layer);
  list.push(layer);
  return layer;
}

/**
 * The scene's layers for a focus: lines under nodes, and within each the
 * dimmed first and the selection last, so the focus is never covered.
 */
export function buildLayers(scene: Scene, classes: ReadonlyMap<string, readonly StateClass[]>, only: 'all' | 'focus' = 'all'): Layer[] {
  // With no focus at all (NO_FOCUS: every first picture and every brush), no element is looked up in it: looking up 20,000 ids in an empty map took 16 ms of a 10,000-event page's first graph (its profile).
  const focusOfId = classes.size === 0 ? () => null : (id: string) => focusOf(classes, id);
  const skip = (focus: Focus) => only === 'focus' && focus !== 'selected' && focus !== 'highlighted';
  return layersOf(scene, null, null, focusOfId, skip);
}

function focusedLayers(scene: Scene, classes: ReadonlyMap<string, readonly StateClass[]> & FocusedIds): Layer[] {
  const { edges, nodes } = indexesOf(scene, classes.focusedIds());
  return layersOf(scene, edges, nodes, (id) => focusOf(classes, id), () => false);
}

/** Makes what drawing a focus looks up, now (the page calls it at an idle moment, before the first selection). */
export function warmScene(scene: Scene): void {
  linksOf(scene);
}

/** The scene indexes of these ids' edges and nodes, each in scene order. */
function indexesOf(scene: Scene, ids: Iterable<string>): { edges: number[]; nodes: number[] } {
  const edges: number[] = [];
  const nodes: number[] = [];
  const addEdge = (i: number) => edges.push(i);
  for (const id of ids) {
    const node = scene.nodeIndex.get(id);
    if (node !== undefined) nodes.push(node);
    edgesWithId(scene, id, addEdge);
  }
  const ascending = (a: number, b: number) => a - b;
  return { edges: edges.sort(ascending), nodes: nodes.sort(ascending) };
}

/** Layers of the listed edges and nodes (by scene index, in scene order), or of all of them for null. */
function layersOf(scene: Scene, edgeIndexes: readonly number[] | null, nodeIndexes: readonly number[] | null, focusOfId: (id: string) => Focus, skip: (focus: Focus) => boolean): Layer[] {
  // A line's paint follows from its focus, whether it is an affiliation, and its width; a shape's from its focus and
  // colour. Layers are found by those, not by a key string made per element (17,000 of them on every brush), and in
  // index loops: iterators and a maker closure per element were 3 MB of garbage a brush (allocation profile).
  const lines: (LineLayer & { order: number })[] = [];
  const lineByStyle = new Map<number, Map<number, LineLayer & { order: number }>>();
  const edgeCount = edgeIndexes ? edgeIndexes.length : scene.edges.length;
  for (let k = 0; k < edgeCount; k += 1) {
    const i = edgeIndexes ? edgeIndexes[k]! : k;
    const edge = scene.edges[i]!;
    const focus = focusOfId(edge.id);
    if (skip(focus)) continue;
    const order = FOCUS_ORDER[focus ?? 'none']!;
    const style = order * 2 + (edge.type === AFFILIATION ? 1 : 0);
    const layer = layerAt(lineByStyle, style, edge.width) ?? addLayer(lineByStyle, lines, style, edge.width, { kind: 'lines' as const, ...edgePaint(edge, focus), edges: [], order });
    layer.edges.push(i);
  }
  const shapes: (NodeLayer & { order: number })[] = [];
  const shapeByFocus = new Map<number, Map<string, NodeLayer & { order: number }>>();
  const nodeCount = nodeIndexes ? nodeIndexes.length : scene.nodes.length;
  for (let k = 0; k < nodeCount; k += 1) {
    const i = nodeIndexes ? nodeIndexes[k]! : k;
    const node = scene.nodes[i]!;
    const focus = focusOfId(node.id);
    if (skip(focus)) continue;
    const order = FOCUS_ORDER[focus ?? 'none']!;
    const layer = layerAt(shapeByFocus, order, node.color) ?? addLayer(shapeByFocus, shapes, order, node.color, { kind: 'nodes' as const, ...nodePaint(node, focus), nodes: [], order });
    layer.nodes.push(i);
  }
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const strip = <T extends { order: number }>({ order: _order, ...layer }: T): Omit<T, 'order'> => layer;
  return [...lines.sort(byOrder).map(strip), ...shapes.sort(byOrder).map(strip)] as Layer[];
}

/** No focus: every element in its plain paint, the picture the painter keeps while the focus changes. */
export const NO_FOCUS: ReadonlyMap<string, readonly StateClass[]> = new Map();

const plainLayers = new WeakMap<Scene, Layer[]>();

/** `buildLayers(scene, NO_FOCUS)`, made once per scene. */
export function plainLayersOf(scene: Scene): Layer[] {
  let layers = plainLayers.get(scene);
  if (!layers) plainLayers.set(scene, (layers = buildLayers(scene, NO_FOCUS)));
  return layers;
}

/**
 * The focus apart from the rest: the selected and highlighted elements'
 * layers, drawn over a faded picture of the whole graph, and whether
 * anything is in focus (the picture is faded only then). A new selection
 * thus repaints a few dozen elements, not 20,000.
 */
export function focusLayers(scene: Scene, classes: ReadonlyMap<string, readonly StateClass[]>): { layers: Layer[]; active: boolean } {
  // A focus that names its ids (../selection) is drawn from them, found in scene order, instead of asking all 20,000 elements (12-16 ms a click at 5,000 actors).
  const layers = hasFocusedIds(classes) ? focusedLayers(scene, classes) : buildLayers(scene, classes, 'focus');
  return { layers, active: layers.length > 0 };
}
