/** @jest-environment node */
/**
 * Label sizes as the layout plans them: the held font size, the width
 * estimate against widths measured in Chromium, wrapping as Cytoscape wraps,
 * boxes, overlaps and the fit zoom.
 */
import {
  boundsOf,
  EDGE_LABEL,
  estimateNodeLabelSize,
  estimateTextWidth,
  fitZoom,
  heldFontSize,
  labelBox,
  NODE_LABEL,
  nodeLabelScale,
  overlappingPairs,
  placedBoxes,
  wrapLabel,
  type PlacedNode,
} from '@/components/graph/label-geometry';

describe('heldFontSize', () => {
  it('draws node labels at 12 px on screen or more at any zoom, growing with it up to 20 px', () => {
    for (const zoom of [0.2, 0.35, 0.5, 0.65, 0.9, 1]) expect(heldFontSize(NODE_LABEL, zoom) * zoom).toBeGreaterThanOrEqual(12);
    expect(heldFontSize(NODE_LABEL, 1)).toBe(12);
    expect(heldFontSize(NODE_LABEL, 0.5)).toBe(24);
    expect(heldFontSize(NODE_LABEL, 1.5) * 1.5).toBeCloseTo(18);
    expect(heldFontSize(NODE_LABEL, 4) * 4).toBeCloseTo(20);
    expect(heldFontSize(EDGE_LABEL, 0.4) * 0.4).toBeGreaterThanOrEqual(11);
    expect(heldFontSize(NODE_LABEL, 0)).toBe(12);
    expect(nodeLabelScale(0.5)).toBe(2);
  });
});

// Advance widths of 12 px Noto Naskh Arabic (regular) measured with the canvas in Chromium.
const MEASURED: [string, number][] = [
  ['John Kerry', 61.9],
  ['US Department of State', 131.5],
  ['Officials and company executives at the Beijing internet forum', 354.2],
  ['US–China joint working group on cyber security', 271.3],
  ['جون كيري', 44.5],
  ['البيت الأبيض', 55.6],
  ['مسؤولون ومديرو شركات', 106.5],
  ['وكالة أنباء الصين الجديدة (شينخوا)', 150.5],
];

describe('estimateTextWidth', () => {
  it.each(MEASURED)('is not narrower than the drawn text, and close to it: %s', (text, measured) => {
    const estimate = estimateTextWidth(text, 12);
    expect(estimate).toBeGreaterThanOrEqual(measured - 0.5);
    expect(estimate).toBeLessThanOrEqual(measured * 1.15);
  });

  it('scales with the font size and gives marks no width', () => {
    expect(estimateTextWidth('China', 24)).toBeCloseTo(2 * estimateTextWidth('China', 12));
    expect(estimateTextWidth('كَتَبَ', 12)).toBeCloseTo(estimateTextWidth('كتب', 12));
  });
});

describe('wrapLabel and estimateNodeLabelSize', () => {
  // Line counts Cytoscape drew for these labels in Chromium (12 px, 140 px wrap width).
  it.each([
    ['John Kerry\nجون كيري', 2],
    ['Ministry of Foreign Affairs of China\nالخارجية الصيني', 3],
    ['Xinhua News Agency\nوكالة أنباء الصين الجديدة (شينخوا)', 3],
    ['A US computer-security company (unnamed in the text)\nشركة أمريكية لأمن الحواسيب', 4],
    ['Officials and company executives at the Beijing internet forum\nمسؤولون ومديرو شركات', 4],
  ])('wraps %j into %i lines as the canvas does', (label, lines) => {
    expect(wrapLabel(label, NODE_LABEL.maxWidth, NODE_LABEL.base)).toHaveLength(lines);
  });

  it('keeps every line within the wrap width unless a single word is longer', () => {
    const lines = wrapLabel('Officials and company executives at the Beijing internet forum', 140, 12);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(140);
    expect(wrapLabel('Supercalifragilisticexpialidocious-and-more', 140, 12)).toHaveLength(1);
  });

  it('sizes the box from its lines, line pitch and background padding', () => {
    const { width, height } = estimateNodeLabelSize('China\nالصين');
    expect(width).toBe(Math.ceil(estimateTextWidth('China', 12) + 2 * NODE_LABEL.padding));
    expect(height).toBe(Math.ceil(12 * (1 + NODE_LABEL.lineHeight) + 2 * NODE_LABEL.padding));
  });
});

describe('boxes, overlaps and the fit zoom', () => {
  const label = { width: 100, height: 35 };
  const a: PlacedNode = { x: 0, y: 0, size: 40, label };
  const b: PlacedNode = { x: 0, y: 80, size: 40, label };

  it('puts the label under the shape and grows it in model space as the view zooms out', () => {
    const at1 = labelBox(a, a.size, label, 1);
    expect(at1.y1).toBeGreaterThanOrEqual(20);
    expect(at1.x2 - at1.x1).toBe(100);
    const atHalf = labelBox(a, a.size, label, 0.5);
    expect(atHalf.x2 - atHalf.x1).toBe(200);
  });

  it('finds a label that runs into the next shape once zoomed out far enough', () => {
    expect(overlappingPairs([a, b], 1)).toEqual([]);
    expect(overlappingPairs([a, b], 0.5)).toEqual([[0, 1]]);
    expect(overlappingPairs([a, b], 1, 30)).toEqual([[0, 1]]);
  });

  it('fits the shapes and labels into the panel less its padding', () => {
    const nodes = [a, { ...b, x: 400 }];
    const panel = { width: 600, height: 300 };
    const zoom = fitZoom(nodes, panel, 30);
    const box = boundsOf(placedBoxes(nodes, zoom));
    expect((box.x2 - box.x1) * zoom).toBeLessThanOrEqual(540 + 0.01);
    expect((box.x2 - box.x1) * zoom).toBeGreaterThan(530);
    expect(fitZoom(nodes, { width: 10_000, height: 10_000 }, 30)).toBe(4);
    expect(fitZoom([], panel, 30)).toBe(1);
  });
});
