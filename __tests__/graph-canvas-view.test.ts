/** @jest-environment node */
/**
 * The canvas graph's geometry without a canvas: fitting the view, finding
 * what is under the pointer, and choosing names that do not overlap.
 */
import { BOLD_WIDTH_FACTOR, estimateTextWidth, FIT_PADDING } from '@/components/graph/label-geometry';
import { buildScene } from '@/components/graph/canvas/scene';
import {
  boundsOf,
  edgeAt,
  fitTransform,
  LABEL_FONT_PX,
  LABEL_LINE_PX,
  LABELS_FROM_NODE_PX,
  MAX_LABELS,
  MAX_ZOOM,
  MIN_ZOOM,
  nodeAt,
  nodeTree,
  onScreen,
  placeLabels,
  focusReachPx,
  type PlacedLabel,
  type ViewTransform,
} from '@/components/graph/canvas/view';
import { actorNode, focusMap, relation } from './helpers/canvas-graph-fixture';
import { selectionClasses } from '@/components/graph/selection';

const PANEL = { width: 800, height: 600 };
const toScreen = (t: ViewTransform, p: { x: number; y: number }) => ({ x: p.x * t.k + t.x, y: p.y * t.k + t.y });
const NO_FOCUS = new Map<string, never[]>();

describe('fitTransform', () => {
  it('shows the whole box centred in the panel, inside its padding', () => {
    const box = { x1: 100, y1: -200, x2: 1100, y2: 300 };
    const t = fitTransform(box, PANEL);
    const topLeft = toScreen(t, { x: box.x1, y: box.y1 });
    const bottomRight = toScreen(t, { x: box.x2, y: box.y2 });
    expect((topLeft.x + bottomRight.x) / 2).toBeCloseTo(PANEL.width / 2);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(PANEL.height / 2);
    for (const p of [topLeft, bottomRight]) {
      expect(p.x).toBeGreaterThanOrEqual(FIT_PADDING);
      expect(p.x).toBeLessThanOrEqual(PANEL.width - FIT_PADDING);
      expect(p.y).toBeGreaterThanOrEqual(FIT_PADDING);
      expect(p.y).toBeLessThanOrEqual(PANEL.height - FIT_PADDING);
    }
    // The wide box fills most of the padded width: fitted, not merely shown.
    expect(bottomRight.x - topLeft.x).toBeGreaterThan(0.8 * (PANEL.width - 2 * FIT_PADDING));
  });

  it('fits a tall box by its height', () => {
    const t = fitTransform({ x1: 0, y1: 0, x2: 100, y2: 3000 }, PANEL);
    const span = 3000 * t.k;
    expect(span).toBeLessThanOrEqual(PANEL.height - 2 * FIT_PADDING);
    expect(span).toBeGreaterThan(0.8 * (PANEL.height - 2 * FIT_PADDING));
  });

  it('comes no closer than the zoom limit (or the one asked for) around a single actor', () => {
    const one = { x1: 50, y1: 50, x2: 50, y2: 50 };
    const t = fitTransform(one, PANEL);
    expect(t.k).toBe(MAX_ZOOM);
    expect(toScreen(t, { x: 50, y: 50 })).toEqual({ x: 400, y: 300 });
    expect(fitTransform(one, PANEL, 1.25).k).toBe(1.25);
  });

  it('goes no further out than the zoom limit for an enormous box, still centred', () => {
    const t = fitTransform({ x1: -1e6, y1: 0, x2: 1e6, y2: 10 }, PANEL);
    expect(t.k).toBe(MIN_ZOOM);
    expect(toScreen(t, { x: 0, y: 5 }).x).toBeCloseTo(400);
    expect(toScreen(t, { x: 0, y: 5 }).y).toBeCloseTo(300);
  });
});

describe('boundsOf and onScreen', () => {
  const scene = buildScene([actorNode('a', 0, 0), actorNode('b', 200, -50), actorNode('c', 90, 400)]);

  it('bounds the named actors present in the scene, null when none is', () => {
    expect(boundsOf(scene, ['a', 'b', 'missing'])).toEqual({ x1: 0, y1: -50, x2: 200, y2: 0 });
    expect(boundsOf(scene, ['c'])).toEqual({ x1: 90, y1: 400, x2: 90, y2: 400 });
    expect(boundsOf(scene, ['missing'])).toBeNull();
    expect(boundsOf(scene, [])).toBeNull();
  });

  it('tells whether a model point lands in the panel, with a margin', () => {
    const t = { k: 2, x: 10, y: 20 };
    expect(onScreen(t, PANEL, { x: 0, y: 0 })).toBe(true);
    expect(onScreen(t, PANEL, { x: 395, y: 290 })).toBe(true); // (800, 600): the corner itself
    expect(onScreen(t, PANEL, { x: 396, y: 100 })).toBe(false); // 802 px
    expect(onScreen(t, PANEL, { x: 396, y: 100 }, 5)).toBe(true);
    expect(onScreen(t, PANEL, { x: -10, y: 0 })).toBe(false); // -10 px
    expect(onScreen(t, PANEL, { x: -10, y: 0 }, 10)).toBe(true);
  });
});

describe('nodeAt', () => {
  const scene = buildScene([
    actorNode('a', 0, 0, { size: 20 }),
    actorNode('b', 100, 0, { size: 20 }),
    actorNode('left', 300, 0, { size: 40 }),
    actorNode('right', 315, 0, { size: 40 }),
    // A big actor among small ones: its rim is far from its centre.
    actorNode('big', 600, 600, { size: 144 }),
    ...Array.from({ length: 40 }, (_, i) => actorNode(`small${i}`, 800 + (i % 8) * 40, 400 + Math.floor(i / 8) * 40, { size: 10 })),
  ]);
  const tree = nodeTree(scene);
  const at = (x: number, y: number, slop = 2) => {
    const i = nodeAt(scene, tree, { x, y }, slop);
    return i === null ? null : scene.nodes[i]!.id;
  };

  it('finds the actor whose shape holds the point, within the slop', () => {
    expect(at(0, 0)).toBe('a');
    expect(at(7, -7)).toBe('a');
    expect(at(100, 11.5)).toBe('b'); // radius 10 + slop 2
    expect(at(100, 12.5)).toBeNull();
    expect(at(600 + 70, 600)).toBe('big');
    expect(at(600, 600 - 73)).toBe('big');
  });

  it('finds nothing on the background', () => {
    expect(at(50, 0)).toBeNull();
    expect(at(-500, 300)).toBeNull();
    expect(at(300, 200)).toBeNull();
  });

  it('picks the nearest centre where two shapes overlap', () => {
    expect(at(305, 0)).toBe('left');
    expect(at(310, 0)).toBe('right');
    expect(at(325, 5)).toBe('right');
  });
});

describe('edgeAt', () => {
  const elements = [
    actorNode('w', 0, 0),
    actorNode('e', 200, 0),
    actorNode('n', 100, -100),
    actorNode('s', 100, 100),
    relation('w', 'e', { width: 2 }),
    relation('n', 's', { type: 'accuses', width: 2 }),
  ];
  const scene = buildScene(elements);
  const id = (i: number | null) => (i === null ? null : scene.edges[i]!.id);

  it('finds the line under the point, within half its width and the slop', () => {
    expect(id(edgeAt(scene, { x: 40, y: 3 }, 2, NO_FOCUS))).toBe('w|e|meets');
    expect(id(edgeAt(scene, { x: 100, y: 60 }, 2, NO_FOCUS))).toBe('n|s|accuses');
  });

  it('finds nothing far from every line, or past a line’s end', () => {
    expect(edgeAt(scene, { x: 40, y: 30 }, 2, NO_FOCUS)).toBeNull();
    expect(edgeAt(scene, { x: 230, y: 0 }, 2, NO_FOCUS)).toBeNull();
    expect(edgeAt(scene, { x: 100, y: 130 }, 2, NO_FOCUS)).toBeNull();
  });

  it('prefers the focus where a highlighted line crosses a dimmed one', () => {
    const verticalFocus = focusMap({ 'w|e|meets': 'dimmed', 'n|s|accuses': 'highlighted' });
    const horizontalFocus = focusMap({ 'w|e|meets': 'selected', 'n|s|accuses': 'dimmed' });
    expect(id(edgeAt(scene, { x: 100, y: 0 }, 2, verticalFocus))).toBe('n|s|accuses');
    expect(id(edgeAt(scene, { x: 100, y: 0 }, 2, horizontalFocus))).toBe('w|e|meets');
    // Even a little further from the point than the dimmed line under it.
    expect(id(edgeAt(scene, { x: 102.5, y: 0 }, 2, verticalFocus))).toBe('n|s|accuses');
  });

  it('takes the nearer of two plain lines', () => {
    expect(id(edgeAt(scene, { x: 101, y: 2.5 }, 2, NO_FOCUS))).toBe('n|s|accuses');
    expect(id(edgeAt(scene, { x: 103, y: 1 }, 2, NO_FOCUS))).toBe('w|e|meets');
  });
});

describe('placeLabels', () => {
  const boxOf = (l: PlacedLabel) => ({ x1: l.x - l.width / 2, x2: l.x + l.width / 2, y1: l.y, y2: l.y + 2 * LABEL_LINE_PX });
  const overlap = (a: PlacedLabel, b: PlacedLabel) => {
    const p = boxOf(a);
    const q = boxOf(b);
    return p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
  };
  const identity = { k: 1, x: 0, y: 0 };

  /** The box a focus node's shape and ring cover on screen, at the identity view. */
  const ringOf = (scene: ReturnType<typeof buildScene>, i: number, focus: 'selected' | 'highlighted') => {
    const node = scene.nodes[i]!;
    const reach = focusReachPx(node, focus, 1);
    return { x1: node.x - reach, x2: node.x + reach, y1: node.y - reach, y2: node.y + reach };
  };
  const meets = (l: PlacedLabel, box: { x1: number; x2: number; y1: number; y2: number }) => {
    const p = boxOf(l);
    return p.x1 < box.x2 && box.x1 < p.x2 && p.y1 < box.y2 && box.y1 < p.y2;
  };

  it('names the focus in bold, each name clear of the other name and of the other actor\'s ring', () => {
    // Nodes 10 px wide (too small for names outside the focus); the neighbour 34 px under the selected actor, so the
    // selected name's first spot, under its node, would cross the neighbour's ring.
    const scene = buildScene([actorNode('a', 100, 100, { size: 10 }), actorNode('b', 100, 134, { size: 10 }), actorNode('c', 300, 100, { size: 10 })]);
    const labels = placeLabels(scene, focusMap({ a: 'selected', b: 'highlighted', c: 'dimmed' }), identity, PANEL);
    expect(labels.map((l) => scene.nodes[l.node]!.id)).toEqual(['a', 'b']);
    expect(labels.every((l) => l.bold && !l.dimmed)).toBe(true);
    expect(overlap(labels[0]!, labels[1]!)).toBe(false);
    expect(meets(labels[0]!, ringOf(scene, 1, 'highlighted'))).toBe(false);
    expect(meets(labels[1]!, ringOf(scene, 0, 'selected'))).toBe(false);
    // The selected name above its node, centred on it; the neighbour's under its own.
    expect(labels[0]!.x).toBe(100);
    expect(labels[0]!.y + 2 * LABEL_LINE_PX).toBeLessThan(100);
    expect(labels[1]!.y).toBeGreaterThan(134);
  });

  it('moves a neighbour\'s name off the selected actor\'s ring as drawn far out, where no other name is in its way', () => {
    // Far out (k = 0.25) a 12-px node is 3 px on screen, but the selected one is drawn 12 px across with a 4-px ring.
    const k = 0.25;
    // On screen: b at (100, 100), its name under itself (x 76-124, from y = 109) unless moved; the selected a at
    // (129, 120), its ring reaching 10 px, so into that spot; a's one-letter name under a, right of that spot.
    const scene = buildScene([actorNode('a', 516, 480, { size: 12, en: 'I', ar: 'ا' }), actorNode('b', 400, 400, { size: 12 })]);
    const reach = focusReachPx(scene.nodes[0]!, 'selected', k);
    expect(reach).toBe(6 + 4);
    const ring = { x1: 129 - reach, x2: 129 + reach, y1: 120 - reach, y2: 120 + reach };
    const labels = placeLabels(scene, focusMap({ a: 'selected', b: 'highlighted' }), { k, x: 0, y: 0 }, PANEL);
    const b = labels.find((l) => l.node === 1);
    expect(b).toBeDefined();
    expect(meets(b!, ring)).toBe(false);
    // Moved above its node: under it, the name would have crossed the ring.
    expect(b!.y + 2 * LABEL_LINE_PX).toBeLessThan(100);
    expect(meets({ ...b!, y: 109 }, ring)).toBe(true);
    expect(overlap(labels[0]!, labels[1]!)).toBe(false);
  });

  it('gives a name of the focus the room of its bold weight, and a name of the crowd its regular width', () => {
    const long = { en: 'National Security Council of United Arab Emirates', ar: 'مجلس الأمن الوطني في الإمارات العربية المتحدة' };
    const scene = buildScene([actorNode('a', 100, 100, { size: 30, ...long }), actorNode('b', 600, 400, { size: 30, ...long })]);
    const regular = Math.max(estimateTextWidth(long.en, LABEL_FONT_PX), estimateTextWidth(long.ar, LABEL_FONT_PX));
    const labels = placeLabels(scene, focusMap({ a: 'selected' }), identity, PANEL);
    const focus = labels.find((l) => l.node === 0)!;
    const crowd = labels.find((l) => l.node === 1)!;
    expect(focus.bold).toBe(true);
    // Bold runs up to 8.3% wider than the regular estimate in the label font (measured); the box holds that.
    expect(focus.width).toBeCloseTo(regular * BOLD_WIDTH_FACTOR + 6);
    expect(BOLD_WIDTH_FACTOR).toBeGreaterThanOrEqual(1.083);
    expect(crowd.bold).toBe(false);
    expect(crowd.width).toBeCloseTo(regular + 6);
  });

  it('names the selected actor even where every spot is taken, and leaves out a neighbour with no free spot', () => {
    // Eight neighbours stacked on the selected actor: their four spots are the same four spots.
    const ids = ['s', ...Array.from({ length: 8 }, (_, i) => `h${i}`)];
    const scene = buildScene(ids.map((id) => actorNode(id, 400, 300, { size: 10 })));
    const labels = placeLabels(scene, focusMap(Object.fromEntries(ids.map((id) => [id, id === 's' ? 'selected' : 'highlighted']))), identity, PANEL);
    const named = labels.map((l) => scene.nodes[l.node]!.id);
    expect(named[0]).toBe('s');
    expect(named.length).toBeLessThan(ids.length);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!)).toBe(false);
  });

  it('names the hovered actor too, dimmed or not', () => {
    const scene = buildScene([actorNode('a', 100, 100, { size: 10 }), actorNode('c', 300, 100, { size: 10 })]);
    const labels = placeLabels(scene, focusMap({ a: 'selected', c: 'dimmed' }), identity, PANEL, 1);
    expect(labels.map((l) => scene.nodes[l.node]!.id).sort()).toEqual(['a', 'c']);
    expect(labels.find((l) => l.node === 1)).toMatchObject({ bold: true, dimmed: false });
  });

  it('names a crowd of large actors without any two names overlapping, busiest first', () => {
    const scene = buildScene(Array.from({ length: 60 }, (_, i) => actorNode(`n${i}`, 40 + (i % 10) * 30, 40 + Math.floor(i / 10) * 30, { size: 30, activity: i === 37 ? 99 : i % 7 })));
    const labels = placeLabels(scene, NO_FOCUS, identity, PANEL);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(60);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!)).toBe(false);
    expect(labels[0]!.node).toBe(37);
    expect(labels.every((l) => !l.bold)).toBe(true);
  });

  it('names nobody outside the focus while the actors are smaller than the threshold on screen, and does once zoomed in', () => {
    const scene = buildScene([actorNode('a', 50, 50, { size: 26 }), actorNode('b', 150, 50, { size: 26 })]);
    const far = 0.5; // 13 px on screen
    expect(26 * far).toBeLessThan(LABELS_FROM_NODE_PX);
    expect(placeLabels(scene, NO_FOCUS, { k: far, x: 0, y: 0 }, PANEL)).toEqual([]);
    const near = 1; // 26 px on screen
    expect(placeLabels(scene, NO_FOCUS, { k: near, x: 0, y: 0 }, PANEL).map((l) => l.node).sort()).toEqual([0, 1]);
  });

  it(`names at most ${MAX_LABELS} actors in a frame`, () => {
    const scene = buildScene(Array.from({ length: 2500 }, (_, i) => actorNode(`n${i}`, 100 + (i % 50) * 200, 100 + Math.floor(i / 50) * 200, { size: 30 })));
    const labels = placeLabels(scene, NO_FOCUS, identity, { width: 10_000, height: 10_000 });
    expect(labels).toHaveLength(MAX_LABELS);
  });

  it('far out, names the focus the selection gives the same as a map of every element would', () => {
    // 400 actors 10 px wide (too small for the crowd's names), the selected one with three neighbours, some stacked
    // so names compete for spots; placeLabels looks only at the focus here, and must place what a scan of all would.
    const nodes = Array.from({ length: 400 }, (_, i) => actorNode(`n${i}`, 20 + (i % 20) * 20, 20 + Math.floor(i / 20) * 20, { size: 10, activity: i % 5 }));
    const edges = [relation('n42', 'n43'), relation('n42', 'n62'), relation('n41', 'n42'), relation('n300', 'n301')];
    const elements = [...nodes, ...edges];
    const scene = buildScene(elements);
    const classes = selectionClasses(elements, { selectedActorId: 'n42', highlightActorIds: [], selectedEdgeId: null });
    const plain = new Map([...classes.entries()].map(([id, list]) => [id, [...list]]));
    const names = (labels: readonly PlacedLabel[]) => labels.map((l) => `${scene.nodes[l.node]!.id}@${l.x},${l.y}${l.bold ? ' bold' : ''}`);
    const focused = placeLabels(scene, classes, identity, PANEL, 300);
    expect(names(focused)).toEqual(names(placeLabels(scene, plain, identity, PANEL, 300)));
    const named = focused.map((l) => scene.nodes[l.node]!.id);
    expect(named).toEqual(expect.arrayContaining(['n42', 'n300']));
    expect(named.every((id) => ['n300', 'n41', 'n42', 'n43', 'n62'].includes(id))).toBe(true);
  });

  it('names no actor far off screen, even the selected one', () => {
    const scene = buildScene([actorNode('a', -1000, 100, { size: 40 }), actorNode('b', 100, 5000, { size: 40 }), actorNode('c', 400, 300, { size: 40 })]);
    const labels = placeLabels(scene, focusMap({ a: 'selected', b: 'highlighted', c: null }), identity, PANEL);
    expect(labels.map((l) => scene.nodes[l.node]!.id)).toEqual(['c']);
  });
});
