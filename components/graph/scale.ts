/**
 * Where the actor graph changes renderer. Below LARGE_GRAPH_NODES actors it
 * is drawn by Cytoscape (../ActorGraph) in the careful mode: every name at a
 * readable size, decluttered after each move, Cytoscape's own hit testing
 * and animation. From there on that work costs more than a frame, and
 * Cytoscape itself takes seconds to a first frame at thousands of actors
 * (measured bare, README "Performance"), so the graph is drawn by our own
 * canvas renderer (./canvas): layers of Path2D under one transform, names
 * only for the focus or once zoomed in, the same focus rules and props.
 */

/** From this many actors the canvas renderer draws the graph. */
export const LARGE_GRAPH_NODES = 400;

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount >= LARGE_GRAPH_NODES;
}
