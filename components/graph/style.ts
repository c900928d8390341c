/**
 * The Cytoscape stylesheet of the actor graph. Shapes come from the kind
 * table in ./kinds (which also draws the legend), colours and sizes from the
 * element data computed in ./elements, and the focus classes from ./selection.
 * Label sizes are functions of the zoom the view last set (setLabelZoom), so
 * names keep a readable size on screen (./label-geometry).
 */
import type { Core, SingularElementArgument, StylesheetJson } from 'cytoscape';
import { ACTOR_KINDS } from '@/lib/vocabulary';
import { HIGHLIGHT, INK, MUTED, PAPER } from '@/components/theme';
import { KIND_LOOKS } from './kinds';
import { AFFILIATION } from './elements';
import { EDGE_LABEL, NODE_LABEL, heldFontSize, nodeLabelScale } from './label-geometry';

/** Node data: how far (model units) a focused node's name is slid sideways under it, clear of another focused name (./cy-labels). */
export const LABEL_SHIFT = 'labelShiftX';

/**
 * Canvas labels are drawn with the browser's text engine, which shapes Arabic
 * and runs it right to left line by line; the face must still be named here
 * because the canvas does not inherit CSS fonts.
 */
export const LABEL_FONT = 'Noto Naskh Arabic, DejaVu Sans, sans-serif';
/**
 * The same faces, quoted. Cytoscape caches each label's measured size and
 * drawn texture under a key made of its style values; a label measured
 * before the web font arrived keeps the fallback face's size and glyphs.
 * Switching to this spelling once the font is loaded (setLabelFontState)
 * changes the key, so every label is measured and drawn again.
 */
export const LABEL_FONT_LOADED = '"Noto Naskh Arabic", "DejaVu Sans", sans-serif';

/**
 * Zoom from which every relation's name is drawn (two steps in from the
 * desktop fit); below it only hovered, selected and highlighted edges show
 * theirs, so the names of the actors stay the clearest text at the fit.
 */
export const EDGE_LABELS_FROM_ZOOM = 1.6;

/** Scratch keys on the Cytoscape core read by the style functions below. */
const LABEL_ZOOM = '_atharLabelZoom';
const FONT_STATE = '_atharLabelFontState';

/**
 * The zoom the labels are sized for. The view sets it (throttled to one
 * update a frame) and then re-applies the style; the style functions read it
 * instead of the live zoom so every label in a frame agrees.
 */
export function setLabelZoom(cy: Core, zoom: number): void {
  cy.scratch(LABEL_ZOOM, zoom);
}

/** The zoom the labels are currently sized for (1 until set). */
export function labelZoomOf(cy: Core): number {
  const zoom = cy.scratch(LABEL_ZOOM) as number | undefined;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

/**
 * Where the label face stands: 'pending' draws no label yet (the view waits
 * for the web font), 'fallback' (the default) draws them in whatever face
 * the browser has, 'loaded' draws them again with the web font. Re-apply the
 * style (cy.style().update()) after a change.
 */
export type LabelFontState = 'pending' | 'fallback' | 'loaded';

export function setLabelFontState(cy: Core, state: LabelFontState): void {
  cy.scratch(FONT_STATE, state);
}

function labelFontState(ele: SingularElementArgument): LabelFontState {
  const state = ele.cy().scratch(FONT_STATE) as LabelFontState | undefined;
  return state ?? 'fallback';
}

const labelZoom = (ele: SingularElementArgument) => labelZoomOf(ele.cy());

const labelFont = (ele: SingularElementArgument) => (labelFontState(ele) === 'loaded' ? LABEL_FONT_LOADED : LABEL_FONT);
const labelOpacity = (ele: SingularElementArgument) => (labelFontState(ele) === 'pending' ? 0 : 1);
/** Node label sizes held on screen: font, wrap width, gap and padding all scale together (see ./label-geometry). */
const nodeFontSize = (ele: SingularElementArgument) => heldFontSize(NODE_LABEL, labelZoom(ele));
const nodeLabelLength = (base: number) => (ele: SingularElementArgument) => `${Math.round(base * nodeLabelScale(labelZoom(ele)) * 100) / 100}px`;
/** The gap between an actor's shape and its name, below it (the name above it takes the same gap, negated). */
const nodeLabelMarginY = (ele: SingularElementArgument) => NODE_LABEL.marginY * nodeLabelScale(labelZoom(ele));
const edgeFontSize = (ele: SingularElementArgument) => heldFontSize(EDGE_LABEL, labelZoom(ele));
/** 2 px of background around a relation's name at its base size, scaled with its font. */
const edgeLabelPadding = (ele: SingularElementArgument) => `${Math.round((200 * heldFontSize(EDGE_LABEL, labelZoom(ele))) / EDGE_LABEL.base) / 100}px`;

/** Darker than HIGHLIGHT so highlighted lines keep contrast on the paper background. */
export const HIGHLIGHT_LINE = '#c48f00';
/** Lines outside the focus; the canvas graph (./canvas) draws with the same two colours. */
export const EDGE_COLOR = '#8c929b';

const kindShapes: StylesheetJson = ACTOR_KINDS.map((kind) => ({
  selector: `node[kind = "${kind}"]`,
  style: { shape: KIND_LOOKS[kind].shape },
}));

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      // A paper-coloured rim keeps touching nodes apart.
      'border-width': 1.5,
      'border-color': PAPER,
      label: 'data(label)',
      'font-family': labelFont,
      'text-opacity': labelOpacity,
      'font-size': nodeFontSize,
      'line-height': NODE_LABEL.lineHeight,
      color: INK,
      'text-wrap': 'wrap',
      'text-max-width': nodeLabelLength(NODE_LABEL.maxWidth),
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': nodeLabelMarginY,
      // A focused name slid sideways, clear of another (./cy-labels, ./declutter); model units, as the boxes it was measured from.
      'text-margin-x': (ele: SingularElementArgument) => Number(ele.data(LABEL_SHIFT)) || 0,
      'text-background-color': PAPER,
      'text-background-opacity': 0.85,
      'text-background-padding': nodeLabelLength(NODE_LABEL.padding),
      'text-background-shape': 'roundrectangle',
      'overlay-opacity': 0,
    },
  },
  ...kindShapes,
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': EDGE_COLOR,
      // Bezier bundles two relations of one pair (meets + accuses) side by side instead of on top.
      'curve-style': 'bezier',
      'target-arrow-shape': 'none',
      'target-arrow-color': EDGE_COLOR,
      'arrow-scale': 1.2,
      label: (ele: SingularElementArgument) => (labelZoom(ele) >= EDGE_LABELS_FROM_ZOOM ? String(ele.data('label')) : ''),
      'font-family': labelFont,
      'text-opacity': labelOpacity,
      'font-size': edgeFontSize,
      color: INK,
      'text-rotation': 'autorotate',
      'text-background-color': PAPER,
      'text-background-opacity': 0.9,
      'text-background-padding': edgeLabelPadding,
      'overlay-opacity': 0,
    },
  },
  { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
  {
    selector: `edge[type = "${AFFILIATION}"]`,
    style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'line-color': MUTED, 'target-arrow-color': MUTED },
  },
  // Hovered, selected and highlighted edges always show their relation.
  { selector: 'edge.hover, edge.selected, edge.highlighted', style: { label: 'data(label)', 'z-index': 10 } },
  { selector: 'node.hover', style: { 'border-width': 3, 'border-color': INK } },
  {
    selector: 'node.highlighted',
    style: {
      'border-width': 3,
      'border-color': INK,
      'underlay-color': HIGHLIGHT,
      'underlay-opacity': 0.8,
      'underlay-padding': 6,
      'underlay-shape': 'ellipse',
      'z-index': 10,
    },
  },
  {
    selector: 'node.selected',
    style: {
      'border-width': 5,
      'border-color': INK,
      'underlay-color': HIGHLIGHT,
      'underlay-opacity': 1,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
      'font-weight': 'bold',
      'z-index': 20,
    },
  },
  {
    selector: 'edge.highlighted',
    style: { 'line-color': HIGHLIGHT_LINE, 'target-arrow-color': HIGHLIGHT_LINE },
  },
  {
    selector: 'edge.selected',
    style: { 'line-color': INK, 'target-arrow-color': INK, 'z-index': 20 },
  },
  // Dimmed actors fade, their names stay readable: muted ink on the paper background, not a faded label.
  { selector: 'node.dimmed', style: { 'background-opacity': 0.3, 'border-opacity': 0.3, color: MUTED } },
  { selector: 'edge.dimmed', style: { opacity: 0.15 } },
  // Set by the view where a label would cover a more important one at this zoom (see ./declutter).
  { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  // Set by the view where a focused name would run into another below: the same gap, above the shape.
  {
    selector: 'node.label-above',
    style: { 'text-valign': 'top', 'text-margin-y': (ele: SingularElementArgument) => -nodeLabelMarginY(ele) },
  },
  // A pointer on the actor brings its name back, above its neighbours.
  { selector: 'node.label-hidden.hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.85, 'z-index': 30 } },
];
