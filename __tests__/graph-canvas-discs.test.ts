/**
 * How the canvas graph hands its shapes to the canvas: each round actor
 * alone in its path, so the canvas rasterises it by its fast path for ovals,
 * and the other shapes many to a path. Path2D comes from jest-canvas-mock.
 */
import { frameSteps, layerPaths } from '@/components/graph/canvas/draw';
import { buildScene, plainLayersOf } from '@/components/graph/canvas/scene';
import { actorNode } from './helpers/canvas-graph-fixture';

/** A context that counts what is filled and stroked. */
function recordingContext() {
  const calls = { fill: 0, stroke: 0, order: [] as string[] };
  const ctx = {
    setTransform: () => {},
    fillRect: () => {},
    setLineDash: () => {},
    fill: () => {
      calls.fill += 1;
      calls.order.push('fill');
    },
    stroke: () => {
      calls.stroke += 1;
      calls.order.push('stroke');
    },
  } as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

describe('the canvas graph’s shapes', () => {
  // 700 people (circles) and 650 states (hexagons), one colour: more than one group of each.
  const people = Array.from({ length: 700 }, (_, i) => actorNode(`p${i}`, (i % 40) * 30, Math.floor(i / 40) * 30, { kind: 'person' }));
  const states = Array.from({ length: 650 }, (_, i) => actorNode(`s${i}`, (i % 40) * 30, 900 + Math.floor(i / 40) * 30, { kind: 'state' }));
  const scene = buildScene([...people, ...states]);
  const [shapes] = layerPaths(scene, plainLayersOf(scene));

  it('puts each circle in a path of its own, in groups, and the other shapes many to a path', () => {
    expect(shapes!.layer.kind).toBe('nodes');
    expect(shapes!.discs.map((group) => group.length)).toEqual([600, 100]);
    expect(shapes!.paths).toHaveLength(2);
  });

  it('fills every circle and every path of other shapes once, and draws no border far out', () => {
    const { ctx, calls } = recordingContext();
    const frame = { size: { width: 800, height: 600 }, ratio: 1, transform: { k: 0.2, x: 0, y: 0 }, labels: [], edgeLabel: null };
    for (const step of frameSteps(scene, [shapes!], frame, { paper: false })) step(ctx);
    expect(calls.fill).toBe(700 + 2);
    expect(calls.stroke).toBe(0);
  });

  it('draws each circle’s border right after it once zoomed in, so the next circle covers it as it covers the fill', () => {
    const { ctx, calls } = recordingContext();
    const frame = { size: { width: 800, height: 600 }, ratio: 1, transform: { k: 1, x: 0, y: 0 }, labels: [], edgeLabel: null };
    for (const step of frameSteps(scene, [shapes!], frame, { paper: false })) step(ctx);
    expect(calls.stroke).toBe(700 + 2);
    expect(calls.order.join(' ')).toBe(Array.from({ length: 702 }, () => 'fill stroke').join(' '));
  });
});
