/**
 * Clearing a brushed period hands the canvas graph back the whole graph it
 * drew before: its elements, scene, layers and paths are found again rather
 * than remade (a third of the clear at 100,000 events). The Cytoscape view
 * keeps nothing: Cytoscape changes the element objects it is given.
 */
import { renderHook } from '@testing-library/react';
import { useGraphElements } from '@/components/graph/useGraphElements';
import { plainLayersOf, sceneOf } from '@/components/graph/canvas/scene';
import type { ActorGraph } from '@/lib/graph';
import { ACTORS, GRAPH } from './graph-fixture';

const PERIOD: ActorGraph = { ...GRAPH, edges: GRAPH.edges.slice(0, 2) };
// One positions object, as the explorer hands the graph: the elements are kept for the same inputs only.
const POSITIONS = {};

function drawn(keep: boolean) {
  const { result, rerender } = renderHook(({ graph, relationTypes }: { graph: ActorGraph; relationTypes: string[] | null }) => useGraphElements({ graph, actors: ACTORS, positions: POSITIONS, relationTypes }, { keep }), {
    initialProps: { graph: GRAPH, relationTypes: null as string[] | null },
  });
  const whole = result.current;
  rerender({ graph: PERIOD, relationTypes: null });
  const period = result.current;
  rerender({ graph: GRAPH, relationTypes: null });
  return { whole, period, again: result.current, rerender, result };
}

it('finds the whole graph elements again when the canvas view gets the same graph back', () => {
  const { whole, period, again, rerender, result } = drawn(true);
  expect(period).not.toBe(whole);
  expect(period.filter((el) => el.group === 'edges').length).toBeLessThan(whole.filter((el) => el.group === 'edges').length);
  expect(again).toBe(whole);
  // The scene and its plain layers follow the elements.
  expect(sceneOf(again)).toBe(sceneOf(whole));
  expect(plainLayersOf(sceneOf(again))).toBe(plainLayersOf(sceneOf(whole)));
  // Anything else it was made from, changed, makes new elements.
  rerender({ graph: GRAPH, relationTypes: ['meets'] });
  expect(result.current).not.toBe(whole);
  expect(result.current.every((el) => el.group === 'nodes' || el.data.type === 'meets')).toBe(true);
});

it('makes new elements for the Cytoscape view, which changes those it is given', () => {
  const { whole, again } = drawn(false);
  expect(again).not.toBe(whole);
  expect(again).toEqual(whole);
});
