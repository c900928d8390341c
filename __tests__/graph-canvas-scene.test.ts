/** @jest-environment node */
/**
 * The canvas graph's scene: elements become nodes and lines with their
 * looks, grouped into paint layers in the order the reader needs them
 * (lines under shapes, the focus over the rest).
 */
import { HIGHLIGHT, INK, MUTED, PAPER } from '@/components/theme';
import { EDGE_COLOR, HIGHLIGHT_LINE } from '@/components/graph/style';
import { selectionClasses } from '@/components/graph/selection';
import { buildLayers, buildScene, edgePaint, focusLayers, type LineLayer, type NodeLayer, type Scene } from '@/components/graph/canvas/scene';
import { actorNode, affiliationLine, focusMap, relation } from './helpers/canvas-graph-fixture';

const ELEMENTS = [
  actorNode('a', 10, 20, { size: 40, activity: 3, en: 'Alpha', ar: 'ألفا', kind: 'state', color: '#112233' }),
  actorNode('b', -50, 70),
  actorNode('c', 300, -40),
  actorNode('d', 120, 200),
  relation('a', 'b', { type: 'accuses', width: 3 }),
  relation('b', 'c'),
  relation('c', 'd'),
  relation('a', 'd'),
  affiliationLine('d', 'a'),
  relation('a', 'ghost'),
  relation('ghost', 'b'),
];

describe('buildScene', () => {
  const scene = buildScene(ELEMENTS);

  it('makes a node per actor with its position, half its size as radius, names, shape kind, colour and activity', () => {
    expect(scene.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(scene.nodes[0]).toEqual({ id: 'a', x: 10, y: 20, r: 20, kind: 'state', color: '#112233', labelEn: 'Alpha', labelAr: 'ألفا', activity: 3 });
    expect([...scene.nodeIndex]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('joins lines to node indexes and drops lines whose ends are not drawn', () => {
    expect(scene.edges.map((e) => [e.id, scene.nodes[e.source]!.id, scene.nodes[e.target]!.id])).toEqual([
      ['a|b|accuses', 'a', 'b'],
      ['b|c|meets', 'b', 'c'],
      ['c|d|meets', 'c', 'd'],
      ['a|d|meets', 'a', 'd'],
      ['d|a|affiliation', 'd', 'a'],
    ]);
    expect(scene.edges[0]).toMatchObject({ directed: true, width: 3, type: 'accuses' });
    expect(scene.edges[1]).toMatchObject({ directed: false, width: 2 });
  });

  it('bounds the node centres, and is an empty box at the origin without nodes', () => {
    expect(scene.bounds).toEqual({ x1: -50, y1: -40, x2: 300, y2: 200 });
    const empty = buildScene([relation('a', 'b')]);
    expect(empty.nodes).toHaveLength(0);
    expect(empty.edges).toHaveLength(0);
    expect(empty.bounds).toEqual({ x1: 0, y1: 0, x2: 0, y2: 0 });
  });
});

const lineLayers = (layers: ReturnType<typeof buildLayers>) => layers.filter((l): l is LineLayer => l.kind === 'lines');
const nodeLayers = (layers: ReturnType<typeof buildLayers>) => layers.filter((l): l is NodeLayer => l.kind === 'nodes');

/** The layer that holds an element. */
function lineLayerOf(scene: Scene, layers: ReturnType<typeof buildLayers>, id: string): LineLayer {
  const i = scene.edges.findIndex((e) => e.id === id);
  const found = lineLayers(layers).filter((l) => l.edges.includes(i));
  expect(found).toHaveLength(1);
  return found[0]!;
}
function nodeLayerOf(scene: Scene, layers: ReturnType<typeof buildLayers>, id: string): NodeLayer {
  const i = scene.nodeIndex.get(id)!;
  const found = nodeLayers(layers).filter((l) => l.nodes.includes(i));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('buildLayers', () => {
  const scene = buildScene(ELEMENTS);
  // Every focus state at once: a selected line and actor, highlighted ones, dimmed ones and plain ones.
  const classes = focusMap({
    a: 'selected',
    b: 'highlighted',
    c: 'dimmed',
    d: null,
    'a|b|accuses': 'selected',
    'b|c|meets': 'dimmed',
    'c|d|meets': null,
    'a|d|meets': 'highlighted',
    'd|a|affiliation': 'dimmed',
  });
  const layers = buildLayers(scene, classes);
  const rank = { dimmed: 0, none: 1, highlighted: 2, selected: 3 } as const;
  const focusRank = (id: string) => rank[classes.get(id)?.[0] ?? 'none'];

  it('draws every line before any shape, so no line crosses over an actor', () => {
    const kinds = layers.map((l) => l.kind);
    expect(kinds.lastIndexOf('lines')).toBeLessThan(kinds.indexOf('nodes'));
    expect(lineLayers(layers).flatMap((l) => l.edges).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(nodeLayers(layers).flatMap((l) => l.nodes).sort()).toEqual([0, 1, 2, 3]);
  });

  it('draws the dimmed first and the selection last, among lines and among shapes', () => {
    const lineRanks = lineLayers(layers).map((l) => Math.max(...l.edges.map((i) => focusRank(scene.edges[i]!.id))));
    expect(lineRanks).toEqual([...lineRanks].sort((x, y) => x - y));
    expect(lineRanks[0]).toBe(rank.dimmed);
    expect(lineRanks.at(-1)).toBe(rank.selected);
    const nodeRanks = nodeLayers(layers).map((l) => Math.max(...l.nodes.map((i) => focusRank(scene.nodes[i]!.id))));
    expect(nodeRanks).toEqual([rank.dimmed, rank.none, rank.highlighted, rank.selected]);
  });

  it('paints the selected line in ink and a highlighted one in the highlight colour, both with arrowheads', () => {
    expect(lineLayerOf(scene, layers, 'a|b|accuses')).toMatchObject({ color: INK, alpha: 1, arrows: true, dashed: false, width: 3 });
    expect(lineLayerOf(scene, layers, 'a|d|meets')).toMatchObject({ color: HIGHLIGHT_LINE, alpha: 1, arrows: true });
    expect(lineLayerOf(scene, layers, 'c|d|meets')).toMatchObject({ color: EDGE_COLOR, alpha: 1, arrows: false });
  });

  it('fades dimmed lines to 0.15 and dimmed shapes to 0.3, and dashes affiliations in the muted colour', () => {
    expect(lineLayerOf(scene, layers, 'b|c|meets')).toMatchObject({ alpha: 0.15, arrows: false, dashed: false });
    expect(lineLayerOf(scene, layers, 'd|a|affiliation')).toMatchObject({ color: MUTED, alpha: 0.15, dashed: true });
    expect(nodeLayerOf(scene, layers, 'c')).toMatchObject({ alpha: 0.3, halo: null, border: PAPER });
    expect(nodeLayerOf(scene, layers, 'd')).toMatchObject({ alpha: 1, halo: null });
  });

  it('rings the selected and highlighted actors, the selected one more', () => {
    const selected = nodeLayerOf(scene, layers, 'a');
    const highlighted = nodeLayerOf(scene, layers, 'b');
    expect(selected).toMatchObject({ fill: '#112233', border: INK, halo: { color: HIGHLIGHT } });
    expect(highlighted).toMatchObject({ border: INK, halo: { color: HIGHLIGHT } });
    expect(selected.borderWidth).toBeGreaterThan(highlighted.borderWidth);
    expect(selected.halo!.extra).toBeGreaterThan(highlighted.halo!.extra);
  });

  it('shares one layer between marks of the same paint, so a big graph is a few calls', () => {
    const many = buildScene([...Array.from({ length: 50 }, (_, i) => actorNode(`n${i}`, i * 10, 0)), ...Array.from({ length: 49 }, (_, i) => relation(`n${i}`, `n${i + 1}`))]);
    const plain = buildLayers(many, selectionClasses([], { selectedActorId: null, highlightActorIds: [], selectedEdgeId: null }));
    expect(plain).toHaveLength(2);
    expect(plain.map((l) => l.kind)).toEqual(['lines', 'nodes']);
  });

  it('follows the focus rules of the Cytoscape view for a selected actor', () => {
    const real = selectionClasses(ELEMENTS.filter((el) => el.data.id !== 'a|ghost|meets' && el.data.id !== 'ghost|b|meets'), { selectedActorId: 'b', highlightActorIds: [], selectedEdgeId: null });
    const focused = buildLayers(scene, real);
    expect(nodeLayerOf(scene, focused, 'b').halo).not.toBeNull();
    expect(nodeLayerOf(scene, focused, 'a').halo).not.toBeNull(); // a neighbour
    expect(nodeLayerOf(scene, focused, 'd').alpha).toBe(0.3);
    expect(lineLayerOf(scene, focused, 'b|c|meets')).toMatchObject({ color: HIGHLIGHT_LINE, arrows: true });
    expect(lineLayerOf(scene, focused, 'c|d|meets').alpha).toBe(0.15);
  });
});

describe('focusLayers', () => {
  // A crowd of 300 actors and 900 relations, some of them affiliations, wide lines and self-loops, from a fixed seed.
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const actors = Array.from({ length: 300 }, (_, i) => actorNode(`n${i}`, next() * 1000, next() * 1000, { color: ['#112233', '#445566', '#778899'][i % 3]! }));
  const lines = Array.from({ length: 900 }, (_, i) => {
    const a = `n${Math.floor(next() * 300)}`;
    const b = i % 97 === 0 ? a : `n${Math.floor(next() * 300)}`;
    return i % 11 === 0 ? affiliationLine(a, b) : relation(a, b, { type: i % 2 ? 'meets' : 'accuses', width: 1 + (i % 3) });
  });
  const elements = [...actors, ...lines];
  const crowd = buildScene(elements);
  const none = { selectedActorId: null, highlightActorIds: [], selectedEdgeId: null };
  // A plain map of the same classes has no list of its focused ids: the layers then come from asking about every element.
  const byScan = (classes: ReturnType<typeof selectionClasses>) => buildLayers(crowd, new Map(classes), 'focus');

  it.each([
    ['a busy actor', { ...none, selectedActorId: 'n7' }],
    ['an actor with a self-loop', { ...none, selectedActorId: crowd.edges.find((e) => e.source === e.target)!.id.split('|')[0]! }],
    ['an event’s participants', { ...none, highlightActorIds: ['n1', 'n2', 'n3', 'n40', 'n41', 'nobody'] }],
    ['a relation', { ...none, selectedEdgeId: crowd.edges[123]!.id }],
    ['an actor with an event’s participants', { ...none, selectedActorId: 'n9', highlightActorIds: ['n9', 'n10', 'n200'] }],
  ])('draws only the focus of %s, the same layers as asking about every element', (_name, state) => {
    const classes = selectionClasses(elements, state);
    const { layers, active } = focusLayers(crowd, classes);
    expect(active).toBe(true);
    expect(layers).toEqual(byScan(classes));
    const drawn = layers.flatMap((l) => (l.kind === 'lines' ? l.edges.map((i) => crowd.edges[i]!.id) : l.nodes.map((i) => crowd.nodes[i]!.id)));
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.every((id) => ['selected', 'highlighted'].includes(classes.get(id)![0]!))).toBe(true);
  });

  it('gives every element of the crowd the class the focus rules give it (read from each edge and its ends)', () => {
    const state = { selectedActorId: 'n9', highlightActorIds: ['n9', 'n10', 'n200'], selectedEdgeId: crowd.edges[5]!.id };
    const classes = selectionClasses(elements, state);
    const participants = new Set(state.highlightActorIds);
    const edgeEls = lines.map((l) => l.data);
    const expected = (id: string): string => {
      if (id === state.selectedActorId || id === state.selectedEdgeId) return 'selected';
      const edge = edgeEls.find((e) => e.id === id);
      if (edge) return edge.source === 'n9' || edge.target === 'n9' || (participants.has(edge.source) && participants.has(edge.target)) ? 'highlighted' : 'dimmed';
      const touches = edgeEls.some((e) => (e.id === state.selectedEdgeId || e.source === 'n9' || e.target === 'n9') && (e.source === id || e.target === id));
      return participants.has(id) || touches ? 'highlighted' : 'dimmed';
    };
    for (const el of elements) expect([el.data.id, classes.get(el.data.id)![0]]).toEqual([el.data.id, expected(el.data.id)]);
  });

  it('draws nothing over the picture without a focus', () => {
    expect(focusLayers(crowd, selectionClasses(elements, none))).toEqual({ layers: [], active: false });
  });
});

describe('edgePaint', () => {
  const scene = buildScene(ELEMENTS);
  const directed = scene.edges[0]!;
  const affiliation = scene.edges[4]!;

  it('gives each focus its colour, alpha and arrowheads, keeping the line width', () => {
    expect(edgePaint(directed, 'selected')).toEqual({ color: INK, width: 3, alpha: 1, dashed: false, arrows: true });
    expect(edgePaint(directed, 'highlighted')).toEqual({ color: HIGHLIGHT_LINE, width: 3, alpha: 1, dashed: false, arrows: true });
    expect(edgePaint(directed, 'dimmed')).toEqual({ color: EDGE_COLOR, width: 3, alpha: 0.15, dashed: false, arrows: false });
    expect(edgePaint(directed, null)).toEqual({ color: EDGE_COLOR, width: 3, alpha: 1, dashed: false, arrows: false });
  });

  it('dashes an affiliation in every state, muted outside the focus', () => {
    expect(edgePaint(affiliation, null)).toMatchObject({ color: MUTED, dashed: true, alpha: 1 });
    expect(edgePaint(affiliation, 'dimmed')).toMatchObject({ color: MUTED, dashed: true, alpha: 0.15 });
    expect(edgePaint(affiliation, 'highlighted')).toMatchObject({ color: HIGHLIGHT_LINE, dashed: true, arrows: true });
    expect(edgePaint(affiliation, 'selected')).toMatchObject({ color: INK, dashed: true });
  });
});
