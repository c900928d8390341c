/**
 * The actor graph as the export draws it, whichever renderer shows it: node
 * centres, sizes, shapes and colours, lines with their paint, and the focus
 * the reader sees. ./graphSvg turns it into an SVG document; the Cytoscape
 * view (`figureFromCy`) and the canvas view (`figureFromScene`) each fill it
 * from what they hold, so both export the same picture of the same state.
 */
import type { Core } from 'cytoscape';
import { KIND_LOOKS } from '@/components/graph/kinds';
import { edgePaint, focusOf, type Scene } from '@/components/graph/canvas/scene';
import type { StateClass } from '@/components/graph/selection';

export interface FigureNode {
  id: string;
  x: number;
  y: number;
  /** Half the node's size, model px. */
  r: number;
  /** Cytoscape's name of the shape (ellipse, hexagon, …), as the kind table gives it. */
  shape: string;
  fill: string;
  labelEn: string;
  labelAr: string;
  focus: StateClass | null;
}

export interface FigureEdge {
  id: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** The target's radius, so an arrowhead touches its rim. */
  targetR: number;
  color: string;
  width: number;
  dashed: boolean;
  directed: boolean;
  label: string;
  dimmed: boolean;
}

export interface GraphFigure {
  nodes: FigureNode[];
  edges: FigureEdge[];
}

export function figureFromScene(scene: Scene, classes: ReadonlyMap<string, readonly StateClass[]>): GraphFigure {
  const nodes = scene.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.r, shape: KIND_LOOKS[n.kind].shape, fill: n.color, labelEn: n.labelEn, labelAr: n.labelAr, focus: focusOf(classes, n.id) }));
  const edges = scene.edges.map((e) => {
    const a = scene.nodes[e.source]!;
    const b = scene.nodes[e.target]!;
    const focus = focusOf(classes, e.id);
    const paint = edgePaint(e, focus);
    return { id: e.id, from: { x: a.x, y: a.y }, to: { x: b.x, y: b.y }, targetR: b.r, color: paint.color, width: e.width, dashed: paint.dashed, directed: e.directed, label: e.label, dimmed: focus === 'dimmed' };
  });
  return { nodes, edges };
}

const focusClass = (has: (name: string) => boolean): StateClass | null => (has('selected') ? 'selected' : has('highlighted') ? 'highlighted' : has('dimmed') ? 'dimmed' : null);

/** The visible elements of a live Cytoscape instance, with the styles it resolved. */
export function figureFromCy(cy: Core): GraphFigure {
  const nodes = cy.nodes(':visible').map((node) => ({
    id: node.id(),
    ...node.position(),
    r: node.width() / 2,
    shape: String(node.style('shape')),
    fill: String(node.style('background-color')),
    labelEn: String(node.data('labelEn') ?? node.id()),
    labelAr: String(node.data('labelAr') ?? ''),
    focus: focusClass((name) => node.hasClass(name)),
  }));
  const edges = cy.edges(':visible').map((edge) => ({
    id: edge.id(),
    from: { ...edge.source().position() },
    to: { ...edge.target().position() },
    targetR: edge.target().width() / 2,
    color: String(edge.style('line-color')),
    width: parseFloat(String(edge.style('width'))) || 1,
    dashed: edge.style('line-style') === 'dashed',
    directed: Boolean(edge.data('directed')),
    label: String(edge.data('label') ?? ''),
    dimmed: edge.hasClass('dimmed'),
  }));
  return { nodes, edges };
}
