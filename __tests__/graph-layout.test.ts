/** @jest-environment node */
/**
 * The build-time layout: same data, same picture, every actor placed, no
 * two on the same spot, and independent of the order of records in data/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { computeGraphLayout, LAYOUT_PANEL, seededRandom } from '@/app/_server/graph-layout';
import { toCytoscapeElements, type Positions } from '@/components/graph/elements';
import { estimateNodeLabelSize, FIT_PADDING, fitZoom, heldFontSize, NODE_LABEL, overlappingPairs, type PlacedNode } from '@/components/graph/label-geometry';
import { actorGraph, type ActorGraph } from '@/lib/graph';
import { buildIndex } from '@/lib/query';
import type { Actor, Dataset } from '@/lib/schema';
import { ACTORS, GRAPH } from './graph-fixture';

/** The real records, when present; parsed raw (the validator is lib/load's job, not this test's). */
function realDataset(): Dataset | null {
  const file = (name: string) => path.join(__dirname, '..', 'data', `${name}.json`);
  const names = ['actors', 'events', 'statements', 'relations'] as const;
  if (!names.every((n) => existsSync(file(n)))) return null;
  const [actors, events, statements, relations] = names.map((n) => JSON.parse(readFileSync(file(n), 'utf8')));
  return { sources: [], texts: {}, actors, events, statements, relations, briefings: [] };
}

/** The graph panel at 1440 × 900 (graph.css: 70vh tall, the main column's width). */
const DESKTOP_PANEL = { width: 794, height: 630 };

/** Each actor as drawn: its position, its shape's size and its label's estimated box. */
function placedNodes(graph: ActorGraph, actors: readonly Actor[], positions: Positions): (PlacedNode & { id: string })[] {
  return toCytoscapeElements(graph, actors, positions).flatMap((el) =>
    el.group === 'nodes' ? [{ id: el.data.id, ...el.position, size: el.data.size, label: estimateNodeLabelSize(el.data.label) }] : [],
  );
}

/** Pairs of actors whose label or shape overlaps the other's at the panel's fit zoom, as "a~b". */
function clashesAtFit(nodes: readonly (PlacedNode & { id: string })[], panel: { width: number; height: number }) {
  const zoom = fitZoom(nodes, panel, FIT_PADDING);
  const clashes = overlappingPairs(nodes, zoom).map(([i, j]) => `${nodes[i]!.id}~${nodes[j]!.id}`);
  return { zoom, renderedFont: heldFontSize(NODE_LABEL, zoom) * zoom, clashes };
}

describe('computeGraphLayout', () => {
  const first = computeGraphLayout(GRAPH, ACTORS);

  it('gives identical positions on every run in the same process', () => {
    expect(computeGraphLayout(GRAPH, ACTORS)).toEqual(first);
    expect(JSON.stringify(computeGraphLayout(GRAPH, ACTORS))).toBe(JSON.stringify(first));
  });

  it('does not depend on the order of actors or edges', () => {
    const shuffled = computeGraphLayout(
      { nodes: [...GRAPH.nodes].reverse(), edges: [...GRAPH.edges].reverse() },
      [...ACTORS].reverse(),
    );
    expect(shuffled).toEqual(first);
  });

  it('positions every actor, isolated ones included, at integer coordinates', () => {
    expect(Object.keys(first).sort()).toEqual(ACTORS.map((a) => a.id).sort());
    for (const { x, y } of Object.values(first)) {
      expect(Number.isInteger(x)).toBe(true);
      expect(Number.isInteger(y)).toBe(true);
    }
  });

  it('keeps nodes apart: no two at the same spot, none closer than a node', () => {
    const points = Object.values(first);
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(26);
      }
    }
  });

  it('leaves every name clear of the others at the fit zoom of the planned panel', () => {
    const { renderedFont, clashes } = clashesAtFit(placedNodes(GRAPH, ACTORS, first), LAYOUT_PANEL);
    expect(renderedFont).toBeGreaterThanOrEqual(12);
    expect(clashes).toEqual([]);
  });

  it('leaves Math.random as it found it', () => {
    const before = Math.random;
    computeGraphLayout(GRAPH, ACTORS);
    expect(Math.random).toBe(before);
  });

  it('copes with no actors and with a single one', () => {
    expect(computeGraphLayout({ nodes: [], edges: [] }, [])).toEqual({});
    const one = computeGraphLayout({ nodes: [], edges: [] }, ACTORS.slice(0, 1));
    expect(Object.keys(one)).toEqual([ACTORS[0]!.id]);
  });
});

const real = realDataset();
(real ? describe : describe.skip)('computeGraphLayout on data/', () => {
  it('is deterministic, complete, landscape and free of coincident nodes', () => {
    const dataset = real!;
    const graph = actorGraph(buildIndex(dataset));
    const positions = computeGraphLayout(graph, dataset.actors);
    expect(computeGraphLayout(graph, dataset.actors)).toEqual(positions);
    expect(Object.keys(positions).sort()).toEqual(dataset.actors.map((a) => a.id).sort());
    const points = Object.values(positions);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(Math.max(...ys) - Math.min(...ys));
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(points.length);
  });

  // The legibility contract: at the fit zoom of the panel the layout is planned for (a 1280 × 800 laptop)
  // and of the 1440 × 900 desktop, every name is drawn at 12 px or more and no actor's two-line label
  // (box estimated from the face's advance widths, wrapped as the canvas wraps it) overlaps another's
  // label or shape.
  it.each([
    ['planned (1280 × 800)', LAYOUT_PANEL],
    ['desktop (1440 × 900)', DESKTOP_PANEL],
  ])('leaves every name legible and clear of the others at the fit zoom of the %s panel', (_, panel) => {
    const dataset = real!;
    const graph = actorGraph(buildIndex(dataset));
    const nodes = placedNodes(graph, dataset.actors, computeGraphLayout(graph, dataset.actors));
    const { zoom, renderedFont, clashes } = clashesAtFit(nodes, panel);
    expect(zoom).toBeGreaterThanOrEqual(0.99);
    expect(renderedFont).toBeGreaterThanOrEqual(12);
    expect(clashes).toEqual([]);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
