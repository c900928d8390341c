/** @jest-environment node */
/**
 * What a brushed period's scene shares with the whole graph's: the same
 * actors at the same places, so the same node index and the same hit-test
 * tree; and the actor list's counts read from either graph without a map
 * of every node per brush.
 */
import { gridGraph, gridId, SPACING } from './helpers/canvas-graph-fixture';
import { sceneFromGraph } from '@/components/graph/canvas/scene-from-graph';
import { nodeAt, nodeTree } from '@/components/graph/canvas/view';
import { nodeLookup } from '@/components/graph/elements';
import { GRAPH_STRINGS } from '@/components/graph/strings';
import type { ActorGraph } from '@/lib/graph';

const { graph, actors, positions } = gridGraph();
const options = { affiliations: true, edgeLabels: { relationTypes: GRAPH_STRINGS.en.relationTypes, affiliatedWith: GRAPH_STRINGS.en.affiliatedWith }, relationTypes: null };
// A period: half the lines, and the first actor far busier than before (a bigger node).
const period: ActorGraph = {
  nodes: graph.nodes.map((n, i) => (i === 0 ? { ...n, eventCount: 400 } : { ...n, eventCount: 0 })),
  edges: graph.edges.filter((_, i) => i % 2 === 0),
};

describe('nodeTree', () => {
  const whole = sceneFromGraph(graph, actors, positions, options);
  const brushed = sceneFromGraph(period, actors, { ...positions }, { ...options, affiliations: false });

  it('is the same tree for a period of the same actors at the same places, and hit tests with the period\'s sizes', () => {
    const tree = nodeTree(whole);
    expect(nodeTree(brushed)).toBe(tree);
    // Actor 0-0 at (0, 0) is bigger in the period: a point 20 px off its centre is on it there, not in the whole graph.
    expect(brushed.nodes[0]!.r).toBeGreaterThan(20);
    expect(whole.nodes[0]!.r).toBeLessThan(20);
    expect(nodeAt(brushed, tree, { x: 20, y: 3 }, 0)).toBe(0);
    expect(nodeAt(whole, tree, { x: 20, y: 3 }, 0)).toBeNull();
    expect(nodeAt(brushed, tree, { x: SPACING * 3, y: SPACING * 2 }, 0)).toBe(whole.nodeIndex.get(gridId(2, 3)));
  });

  it('is a new tree when an actor has moved', () => {
    const tree = nodeTree(whole);
    const moved = sceneFromGraph(graph, actors, { ...positions, [gridId(1, 1)]: { x: 5000, y: 5000 } }, options);
    const next = nodeTree(moved);
    expect(next).not.toBe(tree);
    expect(nodeAt(moved, next, { x: 5000, y: 5000 }, 0)).toBe(moved.nodeIndex.get(gridId(1, 1)));
    expect(nodeAt(moved, next, { x: SPACING, y: SPACING }, 0)).toBeNull();
  });
});

describe('nodeLookup', () => {
  it('finds each actor\'s node in a graph listed in the actors\' order, and in any other order', () => {
    const shuffled: ActorGraph = { ...graph, nodes: [...graph.nodes].reverse().map((n, i) => ({ ...n, eventCount: i })) };
    const inOrder = nodeLookup(graph, actors);
    const reordered = nodeLookup(shuffled, actors);
    for (const [i, actor] of actors.entries()) {
      expect(inOrder(actor.id)).toBe(graph.nodes[i]);
      expect(reordered(actor.id)).toEqual({ id: actor.id, eventCount: actors.length - 1 - i, statementCount: 0 });
    }
    expect(inOrder('nobody')).toBeUndefined();
  });
});
