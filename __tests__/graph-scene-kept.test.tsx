/**
 * Clearing a brushed period hands the canvas graph back the whole graph it
 * drew before: its scene, layers and paths are found again rather than
 * remade (a third of the clear at 100,000 events). The Cytoscape view keeps
 * nothing: Cytoscape changes the element objects it is given.
 */
import { renderHook } from '@testing-library/react';
import { useGraphElements } from '@/components/graph/useGraphElements';
import { useGraphScene } from '@/components/graph/canvas/useGraphScene';
import { plainLayersOf } from '@/components/graph/canvas/scene';
import type { ActorGraph } from '@/lib/graph';
import { ACTORS, GRAPH } from './graph-fixture';

const PERIOD: ActorGraph = { ...GRAPH, edges: GRAPH.edges.slice(0, 2) };
// One positions object, as the explorer hands the graph: a scene is kept for the same inputs only.
const POSITIONS = {};

type Props = { graph: ActorGraph; relationTypes: string[] | null };
const initialProps: Props = { graph: GRAPH, relationTypes: null };

it('finds the whole graph scene again when the canvas view gets the same graph back', () => {
  const { result, rerender } = renderHook(({ graph, relationTypes }: Props) => useGraphScene({ graph, actors: ACTORS, positions: POSITIONS, relationTypes }), { initialProps });
  const whole = result.current;
  rerender({ graph: PERIOD, relationTypes: null });
  const period = result.current;
  rerender({ graph: GRAPH, relationTypes: null });
  const again = result.current;
  expect(period).not.toBe(whole);
  expect(period.edges.length).toBeLessThan(whole.edges.length);
  expect(again).toBe(whole);
  // The plain layers (and so the painted paths) follow the scene.
  expect(plainLayersOf(again)).toBe(plainLayersOf(whole));
  // Anything else it was made from, changed, makes a new scene.
  rerender({ graph: GRAPH, relationTypes: ['meets'] });
  expect(result.current).not.toBe(whole);
  expect(result.current.edges.length).toBeGreaterThan(0);
  expect(result.current.edges.every((e) => e.type === 'meets')).toBe(true);
});

it('makes new elements for the Cytoscape view, which changes those it is given', () => {
  const { result, rerender } = renderHook(({ graph, relationTypes }: Props) => useGraphElements({ graph, actors: ACTORS, positions: POSITIONS, relationTypes }), { initialProps });
  const whole = result.current;
  rerender({ graph: PERIOD, relationTypes: null });
  rerender({ graph: GRAPH, relationTypes: null });
  expect(result.current).not.toBe(whole);
  expect(result.current).toEqual(whole);
});
