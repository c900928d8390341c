/** @jest-environment node */
/**
 * The canvas graph's drawing rules that need no canvas: lines cut to the
 * view before they are stroked, line widths at a zoom, and the eased move
 * between two views.
 */
import { clipSegment, lineWidthAt } from '@/components/graph/canvas/draw';
import { interpolateTransform } from '@/components/graph/canvas/animate';
import type { ViewTransform } from '@/components/graph/canvas/view';

const PANEL = { width: 800, height: 600 };

describe('clipSegment', () => {
  const box = { x1: 0, y1: 0, x2: 100, y2: 100 };
  const close = (actual: [number, number, number, number] | null, expected: [number, number, number, number]) => {
    expect(actual).not.toBeNull();
    actual!.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!));
  };

  it('keeps a segment inside the box whole', () => {
    expect(clipSegment({ x: 10, y: 10 }, { x: 90, y: 50 }, box)).toEqual([10, 10, 90, 50]);
  });

  it('cuts a crossing segment at the box, in its own direction', () => {
    close(clipSegment({ x: -50, y: 50 }, { x: 150, y: 50 }, box), [0, 50, 100, 50]);
    close(clipSegment({ x: 150, y: 50 }, { x: -50, y: 50 }, box), [100, 50, 0, 50]);
    close(clipSegment({ x: -10, y: -10 }, { x: 50, y: 50 }, box), [0, 0, 50, 50]);
    close(clipSegment({ x: 50, y: 50 }, { x: 250, y: 150 }, box), [50, 50, 100, 75]);
  });

  it('clips vertical and horizontal lines', () => {
    close(clipSegment({ x: 50, y: -20 }, { x: 50, y: 120 }, box), [50, 0, 50, 100]);
    close(clipSegment({ x: -20, y: 30 }, { x: 120, y: 30 }, box), [0, 30, 100, 30]);
    expect(clipSegment({ x: 120, y: -20 }, { x: 120, y: 120 }, box)).toBeNull();
    expect(clipSegment({ x: -20, y: 150 }, { x: 120, y: 150 }, box)).toBeNull();
  });

  it('drops a segment wholly outside, even when its bounding box overlaps the view', () => {
    expect(clipSegment({ x: 150, y: 0 }, { x: 200, y: 100 }, box)).toBeNull();
    expect(clipSegment({ x: -50, y: 20 }, { x: 20, y: -50 }, box)).toBeNull();
  });
});

describe('lineWidthAt', () => {
  const screenWidth = (layer: { width: number; arrows: boolean }, k: number) => lineWidthAt(layer, k) * k;

  it('draws lines outside the focus as hairlines when zoomed far out', () => {
    expect(screenWidth({ width: 8, arrows: false }, 0.25)).toBeCloseTo(1);
    expect(screenWidth({ width: 4, arrows: false }, 0.4)).toBeCloseTo(1);
  });

  it('keeps the focus at its full width far out, and every line at full width from zoom 0.5', () => {
    expect(screenWidth({ width: 8, arrows: true }, 0.25)).toBeCloseTo(2);
    expect(screenWidth({ width: 8, arrows: false }, 0.5)).toBeCloseTo(4);
    expect(screenWidth({ width: 3, arrows: false }, 2)).toBeCloseTo(6);
  });

  it('never draws a line thinner than 0.6 px on screen, nor a line of the focus thinner than 2 px', () => {
    expect(screenWidth({ width: 1, arrows: false }, 0.05)).toBeCloseTo(0.6);
    expect(screenWidth({ width: 1, arrows: true }, 0.05)).toBeCloseTo(2);
    expect(screenWidth({ width: 4, arrows: true }, 1)).toBeCloseTo(4);
  });
});

describe('interpolateTransform', () => {
  const from = { k: 0.5, x: 100, y: -40 };
  const to = { k: 2, x: -300, y: 80 };
  const centre = (t: ViewTransform) => ({ x: (PANEL.width / 2 - t.x) / t.k, y: (PANEL.height / 2 - t.y) / t.k });

  it('starts at the first view and ends at the second', () => {
    const start = interpolateTransform(from, to, 0, PANEL);
    const end = interpolateTransform(from, to, 1, PANEL);
    for (const key of ['k', 'x', 'y'] as const) {
      expect(start[key]).toBeCloseTo(from[key]);
      expect(end[key]).toBeCloseTo(to[key]);
    }
  });

  it('zooms evenly on a log scale and moves the centre of the view in a straight line', () => {
    const middle = interpolateTransform(from, to, 0.5, PANEL);
    expect(middle.k).toBeCloseTo(Math.sqrt(from.k * to.k));
    const c0 = centre(from);
    const c1 = centre(to);
    expect(centre(middle).x).toBeCloseTo((c0.x + c1.x) / 2);
    expect(centre(middle).y).toBeCloseTo((c0.y + c1.y) / 2);
  });
});
