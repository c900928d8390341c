/**
 * The names of the Cytoscape graph's actors (./ActorGraph): measured,
 * decluttered (./declutter) and fitted in the panel. Names hold their size
 * on screen (./style), so every zoom resizes them, and each resize is
 * followed by a fresh measurement of their boxes (restyleLabels).
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { labelAbove, placeLabels } from './declutter';
import { FIT_PADDING } from './label-geometry';
import { STATE_CLASSES } from './selection';
import { LABEL_SHIFT, labelZoomOf, setLabelZoom } from './style';

/** Class on a node whose label is left out at this zoom (see ./declutter). */
const LABEL_HIDDEN = 'label-hidden';
/** Class on a focused node whose label is drawn above it, clear of another focused name (see ./declutter). */
const LABEL_ABOVE = 'label-above';
const shiftOf = (node: NodeSingular): number => Number(node.data(LABEL_SHIFT)) || 0;

/** Only the label's box: what two labels must not share. */
const LABEL_BOUNDS = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
  includeOutlines: false,
} as const;

/**
 * The same, measured again (`useCache: false`, an option of Cytoscape's own
 * that its types leave out). Cytoscape measures a resized label when its
 * renderer next draws; a box read before that, in the task that resized the
 * labels, is the old size, and it stays cached after the renderer has
 * measured the new one. A briefing opened at a step (its actors framed at
 * once, not eased to) kept the boxes of the whole graph's fit, ~3 times too
 * large, and named only the focus.
 */
const FRESH_LABEL_BOUNDS = { ...LABEL_BOUNDS, useCache: false } as const;

/** Scratch key: the labels changed size or face since their boxes were last all measured. */
const LABELS_RESTYLED = '_atharLabelsRestyled';

/** Applies the labels' new size or face (setLabelZoom, setLabelFontState); the next reading of their boxes measures them again. */
export function restyleLabels(cy: Core): void {
  cy.style().update();
  cy.scratch(LABELS_RESTYLED, true);
}

/** Options to read label boxes with: measured again after restyleLabels, else from Cytoscape's cache (cheap for a pan). */
function labelBoundsNow(cy: Core): typeof LABEL_BOUNDS {
  if (cy.scratch(LABELS_RESTYLED) !== true) return LABEL_BOUNDS;
  // A frame drawn since the restyle applied the style without dropping the cached boxes: mark the style changed again.
  cy.style().update();
  return FRESH_LABEL_BOUNDS;
}

/** Only the node's shape, without the selection ring. */
const SHAPE_BOUNDS = { includeLabels: false, includeOverlays: false, includeUnderlays: false, includeOutlines: false } as const;

/**
 * Leaves out the labels that would overlap a more important one, another
 * actor's shape or the name of a focused relation, or stick out of the view,
 * at the current zoom and pan (./declutter). Works on the boxes Cytoscape
 * measured, so with the real font.
 */
export function declutterLabels(cy: Core): void {
  if (cy.destroyed()) return;
  const nodes = cy.nodes();
  const bounds = labelBoundsNow(cy);
  const shapes = nodes.map((node) => ({ id: node.id(), box: node.boundingBox(SHAPE_BOUNDS) }));
  const candidates = nodes.map((node, i) => {
    const measured = node.boundingBox(bounds);
    // The declutter weighs every label below its actor, in the middle; one drawn above or slid is measured there.
    const shift = shiftOf(node);
    const box = { x1: measured.x1 - shift, x2: measured.x2 - shift, y1: measured.y1, y2: measured.y2 };
    return {
      id: node.id(),
      box: node.hasClass(LABEL_ABOVE) ? labelAbove(box, shapes[i]!.box) : box,
      state: STATE_CLASSES.find((name) => node.hasClass(name)) ?? null,
      activity: Number(node.data('eventCount')) + Number(node.data('statementCount')),
    };
  });
  const obstacles = cy
    .edges('.selected, .highlighted')
    .map((edge) => edge.boundingBox(bounds))
    .filter((box) => box.w > 0 && box.h > 0);
  cy.scratch(LABELS_RESTYLED, false);
  const container = cy.container();
  const within = container && container.clientWidth > 0 && container.clientHeight > 0 ? cy.extent() : null;
  const { hidden, above, shifted } = placeLabels(candidates, { obstacles, shapes, within });
  const moved = nodes.filter((node) => node.hasClass(LABEL_ABOVE) !== above.has(node.id()) || shiftOf(node) !== (shifted.get(node.id()) ?? 0));
  cy.batch(() => {
    nodes.forEach((node) => void node.toggleClass(LABEL_HIDDEN, hidden.has(node.id())));
    moved.forEach((node) => {
      node.toggleClass(LABEL_ABOVE, above.has(node.id()));
      const shift = shifted.get(node.id());
      if (shift === undefined) node.removeData(LABEL_SHIFT);
      else node.data(LABEL_SHIFT, shift);
    });
  });
  // A moved label's cached box is where it was: measure it again next time.
  if (moved.nonempty()) restyleLabels(cy);
}

/**
 * Puts every name back under its actor (and, with `shown`, shows the ones
 * left out), undoing the declutter: the fit weighs names there, and the PNG
 * export draws the whole graph at zoom 1, where each has its room. Returns
 * what puts the names back as they were.
 */
export function resetLabelPlacement(cy: Core, shown: boolean): () => void {
  const hidden = shown ? cy.nodes(`.${LABEL_HIDDEN}`) : cy.collection();
  const above = cy.nodes(`.${LABEL_ABOVE}`);
  const slid = cy.nodes().filter((node) => shiftOf(node) !== 0);
  const slides = slid.map(shiftOf);
  if (hidden.empty() && above.empty() && slid.empty()) return () => {};
  cy.batch(() => {
    hidden.removeClass(LABEL_HIDDEN);
    above.removeClass(LABEL_ABOVE);
    slid.removeData(LABEL_SHIFT);
  });
  restyleLabels(cy);
  return () => {
    cy.batch(() => {
      hidden.addClass(LABEL_HIDDEN);
      above.addClass(LABEL_ABOVE);
      slid.forEach((node, i) => void node.data(LABEL_SHIFT, slides[i]));
    });
    restyleLabels(cy);
  };
}

/** Sizes every label for the current zoom (they hold their size on screen), then declutters them. */
export function refreshLabels(cy: Core): void {
  if (cy.destroyed()) return;
  if (labelZoomOf(cy) !== cy.zoom()) {
    setLabelZoom(cy, cy.zoom());
    restyleLabels(cy);
  }
  declutterLabels(cy);
}

/**
 * Fits the shapes of `shown` and the labels of `labelled` in the panel and
 * returns the zoom. Labels hold their screen size, so their model size
 * depends on the zoom the fit picks: fit, size the labels for that zoom,
 * fit again, until the zoom settles (two or three rounds).
 */
export function fitAround(cy: Core, shown: NodeCollection, labelled: NodeCollection, width: number, height: number, maxZoom = cy.maxZoom()): number {
  // The fit takes every name below its actor, as the declutter after it weighs them; a name it then moves above or slides stays in view.
  resetLabelPlacement(cy, false);
  for (let round = 0; round < 5; round++) {
    const before = cy.zoom();
    const shapes = shown.boundingBox(SHAPE_BOUNDS);
    const box = { x1: shapes.x1, y1: shapes.y1, x2: shapes.x2, y2: shapes.y2 };
    if (labelled.nonempty()) {
      const labels = labelled.boundingBox(labelBoundsNow(cy));
      box.x1 = Math.min(box.x1, labels.x1);
      box.y1 = Math.min(box.y1, labels.y1);
      box.x2 = Math.max(box.x2, labels.x2);
      box.y2 = Math.max(box.y2, labels.y2);
    }
    const fitted = Math.min((width - 2 * FIT_PADDING) / Math.max(1, box.x2 - box.x1), (height - 2 * FIT_PADDING) / Math.max(1, box.y2 - box.y1));
    const zoom = Math.min(maxZoom, Math.max(cy.minZoom(), fitted));
    cy.viewport({ zoom, pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 } });
    setLabelZoom(cy, zoom);
    restyleLabels(cy);
    if (round > 0 && Math.abs(zoom - before) < 0.002) break;
  }
  return cy.zoom();
}
