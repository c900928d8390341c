/**
 * What the canvas graph publishes on `window.__atharGraph`, as the Cytoscape
 * view publishes `window.__atharCy`: end-to-end tests and the benchmark read
 * where actors are drawn and what is under a point, and the figure export
 * rebuilds the picture from it. It holds only public graph data.
 */
import type { StateClass } from '../selection';
import { figureFromScene, type GraphFigure } from '@/components/export/graphFigure';
import type { CanvasPainter } from './useCanvasPainter';
import type { Scene } from './scene';
import { edgeAt, HIT_SLOP_PX, nodeAt, type NodeTree } from './view';
import type { Lazy } from '@/lib/lazy';

export interface CanvasGraphHandle {
  renderer: 'canvas';
  /** Zoom and pan as Cytoscape reports them (screen = model × zoom + pan). */
  viewport(): { zoom: number; pan: { x: number; y: number } };
  /** Where an actor's centre is drawn, in px from the drawing box's top left; null when it is not in the graph. */
  renderedPosition(actorId: string): { x: number; y: number } | null;
  /** The element drawn at a point of the drawing box (px from its top left), as a tap there would find it. */
  elementAt(x: number, y: number): { group: 'nodes' | 'edges'; id: string } | null;
  /** The focus class of an element id ('selected', 'highlighted', 'dimmed') or null. */
  focusOf(id: string): StateClass | null;
  nodeIds(): string[];
  edgeIds(): string[];
  /** Complete pictures painted since mount. */
  frames(): number;
  /** Whether what is on screen is the current view and focus, completely painted. */
  settled(): boolean;
  /** The picture as it stands, for the SVG and PNG export. */
  figure(): GraphFigure;
}

declare global {
  interface Window {
    __atharGraph?: CanvasGraphHandle;
  }
}

interface Live {
  scene: Scene;
  /** Made when first asked for. */
  tree: Lazy<NodeTree>;
  classes: ReadonlyMap<string, readonly StateClass[]>;
}

/** Publishes the handle and returns the cleanup that withdraws it (if still ours). */
export function publishCanvasGraph(painter: CanvasPainter, live: () => Live): () => void {
  const handle: CanvasGraphHandle = {
    renderer: 'canvas',
    viewport: () => {
      const t = painter.transform();
      return { zoom: t.k, pan: { x: t.x, y: t.y } };
    },
    renderedPosition: (id) => {
      const { scene } = live();
      const i = scene.nodeIndex.get(id);
      if (i === undefined) return null;
      const t = painter.transform();
      return { x: scene.nodes[i]!.x * t.k + t.x, y: scene.nodes[i]!.y * t.k + t.y };
    },
    elementAt: (x, y) => {
      const { scene, tree, classes } = live();
      const t = painter.transform();
      const p = { x: (x - t.x) / t.k, y: (y - t.y) / t.k };
      const node = nodeAt(scene, tree(), p, HIT_SLOP_PX / t.k);
      if (node !== null) return { group: 'nodes', id: scene.nodes[node]!.id };
      const edge = edgeAt(scene, p, HIT_SLOP_PX / t.k, classes);
      return edge === null ? null : { group: 'edges', id: scene.edges[edge]!.id };
    },
    focusOf: (id) => live().classes.get(id)?.[0] ?? null,
    nodeIds: () => live().scene.nodes.map((n) => n.id),
    edgeIds: () => live().scene.edges.map((e) => e.id),
    frames: () => painter.frames(),
    settled: () => painter.settled(),
    figure: () => figureFromScene(live().scene, live().classes),
  };
  window.__atharGraph = handle;
  return () => {
    if (window.__atharGraph === handle) delete window.__atharGraph;
  };
}
