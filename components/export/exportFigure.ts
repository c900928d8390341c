/**
 * Figures for reports and slides, made in the browser from what is on
 * screen, with no network: the timeline as SVG (the live SVG with its
 * computed styles written inline, since the exported file has no
 * stylesheet) and PNG (that SVG drawn into a canvas at twice the screen's
 * resolution); the graph as PNG (Cytoscape's own renderer, at least
 * 1950 px wide: a page width at 300 dpi) and SVG (rebuilt from node
 * positions and edges, since Cytoscape has no SVG export, in ./graphSvg).
 * Every figure carries its caption (./caption). Browser-only.
 */
import type { Core } from 'cytoscape';
import { setLabelZoom, labelZoomOf } from '@/components/graph/style';
import { resetLabelPlacement } from '@/components/graph/cy-labels';
import { wrapLine } from './caption';
import { PAINT_NOW_EVENT } from '@/components/near-view';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Caption type size in the figure's own px, and its line height. */
export const CAPTION_FONT = 14;
const CAPTION_LINE = 1.45;
const CAPTION_FAMILY = "system-ui, 'Noto Sans', 'DejaVu Sans', 'Noto Naskh Arabic', sans-serif";
/** The narrowest graph PNG: 6.5 in of printable width at 300 dpi. */
export const GRAPH_PNG_MIN_WIDTH = 1950;

/** The presentation properties that decide how SVG content looks; everything else a stylesheet sets is irrelevant here. */
const STYLE_PROPERTIES = [
  'display', 'visibility', 'opacity', 'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-linecap', 'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'paint-order', 'direction', 'unicode-bidi', 'letter-spacing',
] as const;

/** Copies the computed presentation styles of `source` and its descendants onto the parallel nodes of `target`. */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((name) => [name, computed.getPropertyValue(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  target.setAttribute('style', style);
  // Classes point into stylesheets the file will not have; keep the file self-contained.
  target.removeAttribute('class');
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** Caption lines wrapped to a width, at CAPTION_FONT (about 0.55 em a character on average). */
export function captionLines(caption: readonly string[], width: number, fontSize = CAPTION_FONT): string[] {
  const max = Math.max(20, Math.floor((width - 2 * fontSize) / (fontSize * 0.55)));
  return caption.flatMap((line) => wrapLine(line, max));
}

/** The SVG text elements of a caption starting at `top`, left-aligned with a margin. */
export function captionSvg(lines: readonly string[], top: number, fontSize = CAPTION_FONT): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return lines
    .map((line, i) => {
      const y = top + fontSize * (1 + i * CAPTION_LINE);
      const weight = i === 0 ? ' font-weight="700"' : '';
      return `<text x="${fontSize}" y="${y.toFixed(1)}" font-family="${CAPTION_FAMILY}" font-size="${fontSize}" fill="#1b2027"${weight}>${escape(line)}</text>`;
    })
    .join('');
}

/** Height a caption of `count` lines takes, margins included. */
export function captionHeight(count: number, fontSize = CAPTION_FONT): number {
  return Math.ceil(fontSize * (1 + count * CAPTION_LINE));
}

/** The timeline's SVG as it is on screen, styles inlined, on a white page with its caption under it. */
export function timelineSvgDocument(svg: SVGSVGElement, caption: readonly string[]): { text: string; width: number; height: number } {
  // The SVG's own size, in the units its content is drawn in (on screen a CSS zoom may scale the box); else its box.
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(Number(svg.getAttribute('width')) || box.width);
  const plotHeight = Math.ceil(Number(svg.getAttribute('height')) || box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  // The timeline paints lanes and glyphs on a canvas under its SVG overlay: the figure carries that painting as an image beneath.
  const painted = svg.parentElement?.querySelector<HTMLCanvasElement>('canvas[data-timeline-canvas]');
  // A canvas out of view may hold back its latest frame (components/near-view): it paints it now, before its pixels are read.
  painted?.dispatchEvent(new Event(PAINT_NOW_EVENT));
  if (painted && painted.width > 0) {
    const image = document.createElementNS(SVG_NS, 'image');
    image.setAttribute('href', painted.toDataURL('image/png'));
    // The bitmap may be taller than the plot (its height is allocated in steps); keep its proportions, the rest is transparent.
    const imageHeight = (width * painted.height) / painted.width;
    for (const [name, value] of [['x', '0'], ['y', '0'], ['width', String(width)], ['height', String(imageHeight)]]) image.setAttribute(name!, value!);
    clone.insertBefore(image, clone.firstChild);
  }
  const lines = captionLines(caption, width);
  const height = plotHeight + captionHeight(lines.length);
  const inner = new XMLSerializer().serializeToString(clone).replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CAPTION_FAMILY}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g>${inner}</g>` +
    captionSvg(lines, plotHeight) +
    `</svg>\n`;
  return { text, width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The figure could not be drawn as an image.'));
    image.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'));
}

/** Draws an SVG document into a PNG `scale` times its size (a same-origin blob: the canvas stays readable). */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Twice the screen's resolution: 2 on an ordinary screen, 4 on a 2× (retina) one. */
export function timelinePngScale(): number {
  return 2 * (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);
}

/**
 * The whole graph as a PNG at least GRAPH_PNG_MIN_WIDTH px wide, with the
 * caption under it. Labels are drawn at the size the layout was planned for
 * (zoom 1, where every name has room) and none is left out, whatever the
 * zoom and pan on screen; the view is put back before the next frame.
 */
export async function graphPng(cy: Core, caption: readonly string[]): Promise<Blob> {
  const labelZoom = labelZoomOf(cy);
  // Every name shown and under its actor, as the layout planned them at zoom 1.
  const putBack = resetLabelPlacement(cy, true);
  let graphImage: Blob;
  try {
    setLabelZoom(cy, 1);
    cy.style().update();
    const box = cy.elements().boundingBox();
    // cy.png multiplies by the device pixel ratio itself; aim at the minimum width after that, never below 2×.
    const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    const scale = Math.max(2, GRAPH_PNG_MIN_WIDTH / (Math.ceil(box.w) * ratio) + 0.001);
    graphImage = cy.png({ full: true, scale, bg: '#ffffff', output: 'blob' });
  } finally {
    setLabelZoom(cy, labelZoom);
    putBack();
    cy.style().update();
  }
  const url = URL.createObjectURL(graphImage);
  try {
    const image = await loadImage(url);
    const width = image.naturalWidth;
    const fontSize = Math.round(width / 90);
    const lines = captionLines(caption, width, fontSize);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = image.naturalHeight + captionHeight(lines.length, fontSize);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0);
    context.fillStyle = '#1b2027';
    lines.forEach((line, i) => {
      context.font = `${i === 0 ? 700 : 400} ${fontSize}px ${CAPTION_FAMILY}`;
      context.fillText(line, fontSize, image.naturalHeight + fontSize * (1 + i * CAPTION_LINE));
    });
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through the browser's download (no server involved). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give it a moment before letting the blob go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
