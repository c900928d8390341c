/** @jest-environment node */
/**
 * The build-time layout: same data, same picture, every actor placed, no
 * two on the same spot, and independent of the order of records in data/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { computeGraphLayout, seededRandom } from '@/app/_server/graph-layout';
import { actorGraph } from '@/lib/graph';
import { buildIndex } from '@/lib/query';
import type { Dataset } from '@/lib/schema';
import { ACTORS, GRAPH } from './graph-fixture';

/** The real records, when present; parsed raw (the validator is lib/load's job, not this test's). */
function realDataset(): Dataset | null {
  const file = (name: string) => path.join(__dirname, '..', 'data', `${name}.json`);
  const names = ['actors', 'events', 'statements', 'relations'] as const;
  if (!names.every((n) => existsSync(file(n)))) return null;
  const [actors, events, statements, relations] = names.map((n) => JSON.parse(readFileSync(file(n), 'utf8')));
  return { sources: [], texts: {}, actors, events, statements, relations };
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
