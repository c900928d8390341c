/**
 * How the actor graph stays fluid at thousands of actors. Below
 * LARGE_GRAPH_NODES the view draws every name at a readable size and
 * declutters the labels after each move (the careful mode). From there on
 * that work would cost more than a frame, so the view switches, once per
 * mount, to a cheap mode:
 * - names are drawn at a fixed model size and only when they would be at
 *   least LABEL_MIN_SCREEN_PX on screen (`min-zoomed-font-size`), so zoomed
 *   out the canvas draws shapes and lines only;
 * - lines are haystack (straight, no arrows, the cheapest Cytoscape draws);
 * - while the view moves, Cytoscape pans and zooms a texture of the last
 *   frame and leaves the lines out (`textureOnViewport`,
 *   `hideEdgesOnViewport`), then draws the real frame when it stops;
 * - the selected actor, its neighbours and the selected event's participants
 *   are still drawn in full: their names at every zoom, their lines as
 *   curves with arrows.
 */
import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';

/** From this many actors the view runs in the cheap mode described above. */
export const LARGE_GRAPH_NODES = 400;
/** Names smaller than this on screen are not drawn in the cheap mode. */
export const LABEL_MIN_SCREEN_PX = 9;

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount >= LARGE_GRAPH_NODES;
}

/** Renderer options of the cheap mode (on top of the view's own options). */
export const LARGE_GRAPH_RENDERER: Partial<CytoscapeOptions> = {
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  motionBlur: false,
  // The whole picture of 5,000 actors fits the panel only well below the careful mode's 0.2.
  minZoom: 0.01,
};

/** Rules appended to GRAPH_STYLE in the cheap mode; later rules win in Cytoscape. */
export const LARGE_GRAPH_STYLE: StylesheetJson = [
  { selector: 'node', style: { 'min-zoomed-font-size': LABEL_MIN_SCREEN_PX, 'text-background-opacity': 0.6 } },
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', label: '' } },
  // The focus keeps everything: names at any zoom, curved lines, arrows on directed relations.
  { selector: 'node.selected, node.highlighted, node.hover', style: { 'min-zoomed-font-size': 0, 'text-background-opacity': 0.85 } },
  { selector: 'edge.selected, edge.highlighted, edge.hover', style: { 'curve-style': 'bezier', label: 'data(label)' } },
  { selector: 'edge[?directed].selected, edge[?directed].highlighted, edge[?directed].hover', style: { 'target-arrow-shape': 'triangle' } },
];
