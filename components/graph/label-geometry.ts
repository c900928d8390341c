/**
 * How big an actor's label is, in one place for the canvas style (./style),
 * the build-time layout (app/_server/graph-layout.ts) and the tests, so the
 * layout leaves exactly the room the canvas will draw.
 *
 * Labels hold their on-screen size: below zoom 1 the model font grows as
 * 1/zoom, so the label is still drawn at NODE_LABEL.minRendered px however
 * far the user zooms out (a 12 px label fitted at zoom 0.5 would otherwise be
 * drawn at 6 px); above it the label grows with the picture up to a cap.
 * Everything that sizes the label (wrap width, margin, background padding)
 * scales with the font, so the label's rendered box is the same at every
 * zoom up to 1 and the layout can plan for it.
 *
 * Node (no DOM) has no text metrics, so the layout estimates widths from
 * tables of the label face's advance widths, measured with the canvas in
 * Chromium: exact for Latin, a few per cent wide for shaped Arabic, so an
 * estimate is not narrower than the drawn label.
 */

export interface LabelLook {
  /** Font size in model px at zoom 1. */
  base: number;
  /** Smallest rendered size (px on screen) at any zoom. */
  minRendered: number;
  /** Largest rendered size when zoomed in. */
  maxRendered: number;
}

export const NODE_LABEL: LabelLook & {
  /** Wrap width at the base size; scales with the font. */
  maxWidth: number;
  /** Line pitch as a multiple of the font size: Naskh needs room below the line. */
  lineHeight: number;
  /** Gap between the node and its label, at the base size. */
  marginY: number;
  /** Text background padding, at the base size. */
  padding: number;
} = { base: 12, minRendered: 12, maxRendered: 20, maxWidth: 140, lineHeight: 1.25, marginY: 3, padding: 2 };

/** Margin the view's fit leaves inside the panel, in px; the layout plans for it too. */
export const FIT_PADDING = 30;
/** Clear space kept between two labels, in rendered px. */
export const LABEL_GAP = 6;

/** Edge labels (relation names): smaller, shown only for focused edges or when zoomed in. */
export const EDGE_LABEL: LabelLook = { base: 10, minRendered: 11, maxRendered: 16 };

/**
 * The model font size that draws a label at clamp(base × zoom, minRendered,
 * maxRendered) screen px. Zoom 0 or less (not a real view) gives the base.
 */
export function heldFontSize(look: LabelLook, zoom: number): number {
  if (!(zoom > 0)) return look.base;
  const rendered = Math.min(look.maxRendered, Math.max(look.minRendered, look.base * zoom));
  // Rounded up to hundredths: tidy style values that never draw below the minimum.
  return Math.ceil((rendered / zoom) * 100 - 1e-9) / 100;
}

/** Model size of a node label quantity given at the base font (wrap width, margin, padding) at this zoom. */
export function nodeLabelScale(zoom: number): number {
  return heldFontSize(NODE_LABEL, zoom) / NODE_LABEL.base;
}

/**
 * Advance widths of 12 px Noto Naskh Arabic (regular) as the canvas draws
 * them in Chromium, in thousandths of an em: printable ASCII from the space
 * (U+0020) to the tilde (U+007E).
 */
// prettier-ignore
const ASCII_WIDTHS = [
  221, 269, 408, 559, 559, 896, 742, 220, 346, 346, 500, 559, 250, 310, 268, 288, 559, 559, 559, 559, 559, 559, 559, 559,
  559, 559, 286, 286, 559, 559, 559, 474, 921, 705, 654, 614, 727, 623, 590, 714, 793, 367, 357, 700, 623, 938, 763, 742,
  604, 742, 656, 544, 613, 717, 675, 1047, 660, 625, 592, 360, 288, 360, 559, 459, 274, 563, 614, 492, 614, 535, 369, 538,
  635, 320, 300, 585, 310, 945, 645, 577, 614, 614, 471, 451, 352, 635, 579, 862, 578, 565, 511, 428, 559, 428, 559,
];
const OTHER_WIDTHS: Record<string, number> = { '–': 500, '—': 1000, '’': 250, '‘': 250, '“': 408, '”': 408 };
/**
 * Arabic letters U+0621 (hamza) to U+064A (yeh), in hundredths of an em,
 * for each joining form: isolated, initial, medial, final (measured against
 * tatweel, so a word's estimate runs 3–12% wider than the shaped word).
 */
// prettier-ignore
const ARABIC_FORMS: readonly (readonly [number, number, number, number])[] = [
  [44, 44, 44, 44], [24, 24, 29, 29], [24, 24, 29, 29], [47, 47, 51, 51], [24, 24, 29, 29], [62, 27, 33, 73], [24, 24, 29, 29],
  [77, 27, 33, 86], [41, 41, 49, 49], [77, 34, 40, 86], [77, 34, 40, 86], [64, 64, 71, 71], [64, 64, 71, 71], [64, 64, 71, 71],
  [41, 41, 51, 51], [41, 41, 51, 51], [39, 39, 44, 44], [39, 39, 44, 44], [101, 66, 70, 106], [101, 66, 70, 106],
  [110, 79, 82, 114], [110, 79, 82, 114], [77, 66, 67, 81], [77, 66, 67, 81], [60, 50, 45, 52], [60, 50, 45, 52],
  [72, 41, 50, 82], [72, 41, 50, 82], [62, 34, 40, 73], [62, 34, 40, 73], [62, 34, 40, 73], [21, 25, 25, 25],
  [85, 42, 43, 86], [65, 42, 43, 68], [56, 41, 50, 78], [59, 21, 28, 63], [49, 46, 45, 57], [59, 27, 33, 62],
  [63, 51, 42, 49], [47, 47, 51, 51], [62, 27, 33, 73], [62, 34, 40, 73],
];
const HAMZA = 0x0621;
const YEH = 0x064a;
/** Letters that join the letter before them but never the one after (alef forms, dal, thal, reh, zain, waw, teh marbuta) and hamza, which joins neither. */
const NON_JOINING_NEXT = new Set('اأإآدذرزوؤةء');
/** Width of a character the tables do not hold: other Arabic-script letters, accented Latin, symbols. */
const FALLBACK_EM = 0.7;

function isArabicLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.codePointAt(0)!;
  return code >= HAMZA && code <= YEH;
}

/** Harakat, tanween and other combining marks take no advance of their own. */
function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x0300 && code <= 0x036f) || (code >= 0x200b && code <= 0x200f);
}

/** Em width of one character, Arabic letters in the form their neighbours give them. */
function charEm(chars: readonly string[], i: number): number {
  const ch = chars[i]!;
  const code = ch.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20]! / 1000;
  if (isMark(code)) return 0;
  if (isArabicLetter(ch)) {
    // Neighbours for joining, looking through harakat (they sit on a letter without breaking the join).
    let p = i - 1;
    while (p >= 0 && isMark(chars[p]!.codePointAt(0)!)) p--;
    let n = i + 1;
    while (n < chars.length && isMark(chars[n]!.codePointAt(0)!)) n++;
    const prev = chars[p];
    const joinsPrevious = isArabicLetter(prev) && !NON_JOINING_NEXT.has(prev!);
    const joinsNext = !NON_JOINING_NEXT.has(ch) && isArabicLetter(chars[n]);
    const form = joinsPrevious ? (joinsNext ? 2 : 3) : joinsNext ? 1 : 0;
    return ARABIC_FORMS[code - HAMZA]![form]! / 100;
  }
  return (OTHER_WIDTHS[ch] ?? FALLBACK_EM * 1000) / 1000;
}

/**
 * Bold over regular width: up to 1.083 for the names of the shipped and the
 * synthetic datasets, measured on a canvas in the label font (headless
 * Chromium, this machine's Noto Naskh Arabic and DejaVu Sans).
 */
export const BOLD_WIDTH_FACTOR = 1.09;

/** Estimated advance width of one line of text at `fontSize` px (regular weight; bold: × BOLD_WIDTH_FACTOR at most). */
export function estimateTextWidth(text: string, fontSize: number): number {
  const chars = [...text];
  let em = 0;
  for (let i = 0; i < chars.length; i++) em += charEm(chars, i);
  return em * fontSize;
}

/**
 * The lines Cytoscape draws with `text-wrap: wrap`: explicit line breaks
 * first, then words added to a line while it stays within `maxWidth` (a word
 * longer than that gets a line of its own).
 */
export function wrapLabel(label: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && estimateTextWidth(candidate, fontSize) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface Size {
  width: number;
  height: number;
}

/** Estimated rendered box of a node label (text and its background) at zoom 1, in px. */
export function estimateNodeLabelSize(label: string): Size {
  const { base, maxWidth, lineHeight, padding } = NODE_LABEL;
  const lines = wrapLabel(label, maxWidth, base);
  const width = Math.max(0, ...lines.map((line) => estimateTextWidth(line, base)));
  const height = base * (1 + (lines.length - 1) * lineHeight);
  return { width: Math.ceil(width + 2 * padding), height: Math.ceil(height + 2 * padding) };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The node's shape (its bounding square) around its centre, in model px. */
export function bodyBox(centre: { x: number; y: number }, nodeSize: number): Box {
  const half = nodeSize / 2;
  return { x1: centre.x - half, y1: centre.y - half, x2: centre.x + half, y2: centre.y + half };
}

/**
 * The model-space box of the label under a node at `zoom`: its rendered size
 * held by heldFontSize, so it grows in model space as the user zooms out
 * while the node's shape does not.
 */
export function labelBox(centre: { x: number; y: number }, nodeSize: number, label: Size, zoom: number): Box {
  const scale = nodeLabelScale(zoom);
  // The text starts marginY under the shape; its background reaches `padding` above that.
  const top = centre.y + nodeSize / 2 + (NODE_LABEL.marginY - NODE_LABEL.padding) * scale;
  const halfWidth = (label.width * scale) / 2;
  return { x1: centre.x - halfWidth, y1: top, x2: centre.x + halfWidth, y2: top + label.height * scale };
}

/** The box of a node and its label together. */
export function nodeWithLabelBox(centre: { x: number; y: number }, nodeSize: number, label: Size, zoom: number): Box {
  return boundsOf([bodyBox(centre, nodeSize), labelBox(centre, nodeSize, label, zoom)]);
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/** Union of boxes; an empty list gives an empty box at the origin. */
export function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}

export interface PlacedNode {
  x: number;
  y: number;
  /** Node diameter in model px. */
  size: number;
  /** Label box at zoom 1 (estimateNodeLabelSize). */
  label: Size;
}

/** The boxes of placed nodes with their labels at `zoom`. */
export function placedBoxes(nodes: readonly PlacedNode[], zoom: number): Box[] {
  return nodes.map((n) => nodeWithLabelBox(n, n.size, n.label, zoom));
}

/** A node's shape and its label, the two things another node must not cover. */
export function nodePieces(n: PlacedNode, zoom: number): [Box, Box] {
  return [bodyBox(n, n.size), labelBox(n, n.size, n.label, zoom)];
}

/**
 * Pairs of nodes (by index, in order) where one's label or shape overlaps
 * the other's label or shape at `zoom`, or comes closer than `gap` px (model).
 */
export function overlappingPairs(nodes: readonly PlacedNode[], zoom: number, gap = 0): [number, number][] {
  const pieces = nodes.map((n) => nodePieces(n, zoom));
  const pairs: [number, number][] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (pieces[i]!.some((a) => pieces[j]!.some((b) => boxesOverlap(a, b, gap)))) pairs.push([i, j]);
    }
  }
  return pairs;
}

/**
 * The zoom at which Cytoscape's fit (the bounding box of nodes and labels,
 * `padding` px inside the panel) settles once labels hold their size: the
 * largest zoom in [minZoom, maxZoom] whose rendered picture fits. Rendered
 * width grows with zoom, so bisection finds it.
 */
export function fitZoom(
  nodes: readonly PlacedNode[],
  panel: { width: number; height: number },
  padding: number,
  { minZoom = 0.2, maxZoom = 4 }: { minZoom?: number; maxZoom?: number } = {},
): number {
  if (nodes.length === 0) return 1;
  const fits = (zoom: number) => {
    const b = boundsOf(placedBoxes(nodes, zoom));
    return (b.x2 - b.x1) * zoom <= panel.width - 2 * padding && (b.y2 - b.y1) * zoom <= panel.height - 2 * padding;
  };
  if (fits(maxZoom)) return maxZoom;
  if (!fits(minZoom)) return minZoom;
  let lo = minZoom;
  let hi = maxZoom;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
