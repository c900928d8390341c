/**
 * The actor graph as an SVG document. Both renderers draw on a canvas, so
 * the figure is rebuilt from what the view holds (./graphFigure): node
 * positions, sizes, shapes and colours, edges as straight lines (arrow for a
 * directed relation, dashes for an affiliation), each actor's two names
 * under it, and the state the reader sees (highlight, dimming). Model
 * coordinates at zoom 1, the scale the layout leaves room for every name.
 */
import { captionHeight, captionLines, captionSvg } from './exportFigure';
import type { FigureEdge, FigureNode, GraphFigure } from './graphFigure';

const LABEL_SIZE = 12;
const HIGHLIGHT = '#f2c230';
const MARGIN = 40;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (value: number) => (Math.round(value * 10) / 10).toString();

/** Corners of a regular polygon of `sides` around (x, y), first corner at the top. */
function polygon(x: number, y: number, r: number, sides: number, rotate = -Math.PI / 2): string {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotate + (2 * Math.PI * i) / sides;
    return `${n(x + r * Math.cos(a))},${n(y + r * Math.sin(a))}`;
  }).join(' ');
}

/** The node's shape in SVG, from the Cytoscape shape name (the kinds use a handful of them). */
function shapeOf(node: FigureNode, paint: string): string {
  const { x, y, r, shape } = node;
  const sides: Record<string, number> = { triangle: 3, diamond: 4, pentagon: 5, hexagon: 6, heptagon: 7, octagon: 8 };
  if (shape === 'ellipse') return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${paint}/>`;
  if (shape in sides) return `<polygon points="${polygon(x, y, r, sides[shape]!, shape === 'diamond' ? 0 : -Math.PI / 2)}" ${paint}/>`;
  const round = shape.includes('round') ? ` rx="${n(r / 4)}"` : '';
  return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}"${round} ${paint}/>`;
}

function nodeSvg(node: FigureNode): string {
  const { x, y, r } = node;
  const dimmed = node.focus === 'dimmed';
  const focus = node.focus === 'selected' || node.focus === 'highlighted';
  const fill = node.fill;
  const paint = `fill="${fill}" fill-opacity="${dimmed ? 0.3 : 1}" stroke="${focus ? '#1b2027' : '#fbfaf7'}" stroke-width="${focus ? 3 : 1.5}"`;
  const halo = focus ? `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r + 7)}" fill="${HIGHLIGHT}" fill-opacity="0.8"/>` : '';
  const en = node.labelEn;
  const ar = node.labelAr;
  const ink = dimmed ? '#5b6470' : '#1b2027';
  const top = y + r + 4;
  const label =
    `<text x="${n(x)}" y="${n(top + LABEL_SIZE)}" text-anchor="middle" font-size="${LABEL_SIZE}" fill="${ink}" stroke="#fbfaf7" stroke-width="3" paint-order="stroke"${focus ? ' font-weight="700"' : ''}>` +
    `<tspan x="${n(x)}">${escapeXml(en)}</tspan>` +
    (ar ? `<tspan x="${n(x)}" dy="${LABEL_SIZE * 1.35}" direction="rtl" unicode-bidi="embed" font-family="'Noto Naskh Arabic', 'DejaVu Sans', serif">${escapeXml(ar)}</tspan>` : '') +
    `</text>`;
  return `<g data-id="${escapeXml(node.id)}">${halo}${shapeOf(node, paint)}${label}</g>`;
}

function edgeSvg(edge: FigureEdge): string {
  const a = edge.from;
  const b = edge.to;
  const { color, width } = edge;
  const dashed = edge.dashed ? ' stroke-dasharray="6 4"' : '';
  const opacity = edge.dimmed ? 0.15 : 1;
  let arrow = '';
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (edge.directed && length > 0) {
    // The arrowhead touches the target's rim, not its centre.
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    const tip = { x: b.x - ux * (edge.targetR + 1), y: b.y - uy * (edge.targetR + 1) };
    const size = 6 + width * 1.5;
    const left = { x: tip.x - ux * size - uy * size * 0.5, y: tip.y - uy * size + ux * size * 0.5 };
    const right = { x: tip.x - ux * size + uy * size * 0.5, y: tip.y - uy * size - ux * size * 0.5 };
    arrow = `<polygon points="${n(tip.x)},${n(tip.y)} ${n(left.x)},${n(left.y)} ${n(right.x)},${n(right.y)}" fill="${color}" fill-opacity="${opacity}"/>`;
  }
  const line = `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${color}" stroke-width="${n(width)}" stroke-opacity="${opacity}"${dashed}/>`;
  return `<g data-id="${escapeXml(edge.id)}"><title>${escapeXml(edge.label)}</title>${line}${arrow}</g>`;
}

/** The graph as it stands (drawn elements, their focus) as a standalone SVG document with its caption. */
export function graphSvgDocument({ nodes, edges }: GraphFigure, caption: readonly string[]): { text: string; width: number; height: number } {
  // The box of shapes and names at this scale (names estimated at 0.6 em a character), not the screen's.
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((node) => {
    const { x, y } = node;
    const r = node.r + 8;
    const names = [node.labelEn, node.labelAr];
    const half = Math.max(r, (Math.max(...names.map((name) => name.length)) * LABEL_SIZE * 0.6) / 2);
    box.x1 = Math.min(box.x1, x - half);
    box.x2 = Math.max(box.x2, x + half);
    box.y1 = Math.min(box.y1, y - r);
    box.y2 = Math.max(box.y2, y + r + LABEL_SIZE * 3);
  });
  if (nodes.length === 0) Object.assign(box, { x1: 0, y1: 0, x2: 1, y2: 1 });
  const x0 = box.x1 - MARGIN;
  const y0 = box.y1 - MARGIN;
  const width = Math.ceil(box.x2 - box.x1 + MARGIN * 2);
  const plotHeight = Math.ceil(box.y2 - box.y1 + MARGIN * 2);
  const lines = captionLines(caption, width);
  const height = plotHeight + captionHeight(lines.length);
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g transform="translate(${n(-x0)} ${n(-y0)})">` +
    `<g>${edges.map(edgeSvg).join('')}</g>` +
    `<g>${nodes.map(nodeSvg).join('')}</g>` +
    `</g>` +
    captionSvg(lines, plotHeight) +
    `</svg>\n`;
  return { text, width, height };
}
