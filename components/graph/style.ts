/**
 * The Cytoscape stylesheet of the actor graph. Shapes come from the kind
 * table in ./kinds (which also draws the legend), colours and sizes from the
 * element data computed in ./elements, and the focus classes from ./selection.
 */
import type { StylesheetJson } from 'cytoscape';
import { ACTOR_KINDS } from '@/lib/vocabulary';
import { HIGHLIGHT, INK, MUTED, PAPER } from '@/components/theme';
import { KIND_LOOKS } from './kinds';
import { AFFILIATION } from './elements';

/**
 * Canvas labels are drawn with the browser's text engine, which shapes Arabic
 * and runs it right to left line by line; the face must still be named here
 * because the canvas does not inherit CSS fonts.
 */
export const LABEL_FONT = 'Noto Naskh Arabic, DejaVu Sans, sans-serif';

/** Rendered font size (px) below which edge labels are hidden; labels appear as the user zooms in. */
export const EDGE_LABEL_MIN_ZOOMED_SIZE = 13;

/** Darker than HIGHLIGHT so highlighted lines keep contrast on the paper background. */
const HIGHLIGHT_LINE = '#c48f00';
const EDGE_COLOR = '#8c929b';

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
      'font-family': LABEL_FONT,
      'font-size': 12,
      color: INK,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-background-color': PAPER,
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
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
      label: 'data(label)',
      'font-family': LABEL_FONT,
      'font-size': 10,
      color: INK,
      'text-rotation': 'autorotate',
      'text-background-color': PAPER,
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      // Hidden at the default zoom, shown once a zoom makes the 10px label this large.
      'min-zoomed-font-size': EDGE_LABEL_MIN_ZOOMED_SIZE,
      'overlay-opacity': 0,
    },
  },
  { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
  {
    selector: `edge[type = "${AFFILIATION}"]`,
    style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'line-color': MUTED, 'target-arrow-color': MUTED },
  },
  // Hovered, selected and highlighted edges always show their relation.
  { selector: 'edge.hover, edge.selected, edge.highlighted', style: { 'min-zoomed-font-size': 0, 'z-index': 10 } },
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
      'font-weight': 'bold',
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
  { selector: 'node.dimmed', style: { opacity: 0.3 } },
  { selector: 'edge.dimmed', style: { opacity: 0.15 } },
];
