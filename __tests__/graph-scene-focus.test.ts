/** @jest-environment node */
/**
 * The canvas graph reads a selection's focus from its scene
 * (sceneFocusTable); the Cytoscape view from its elements. Both must put
 * the same actors and lines in focus and dim the same rest, for any
 * selection: an actor, a line, an event's participants, unknown ids.
 */
import { buildIndex } from '@/lib/query';
import { actorGraph } from '@/lib/graph';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';
import { toCytoscapeElements } from '@/components/graph/elements';
import { focusClasses, selectionClasses, type SelectionState } from '@/components/graph/selection';
import { buildScene, focusLayers } from '@/components/graph/canvas/scene';
import { sceneFromGraph } from '@/components/graph/canvas/scene-from-graph';
import { sceneFocusTable } from '@/components/graph/canvas/scene-links';
import { GRAPH_STRINGS } from '@/components/graph/strings';
import { actorNode, relation } from './helpers/canvas-graph-fixture';

const dataset = { ...generateDataset({ events: 1200, actors: 200, seed: 9 }), briefings: [] } as Dataset;
const graph = actorGraph(buildIndex(dataset));
const positions = {};
const edgeLabels = { relationTypes: GRAPH_STRINGS.en.relationTypes, affiliatedWith: GRAPH_STRINGS.en.affiliatedWith };
const elements = toCytoscapeElements(graph, dataset.actors, positions, { edgeLabels });
const scene = sceneFromGraph(graph, dataset.actors, positions, { affiliations: true, edgeLabels, relationTypes: null });

const none: SelectionState = { selectedActorId: null, highlightActorIds: [], selectedEdgeId: null };
const busiest = [...graph.nodes].sort((a, b) => b.eventCount - a.eventCount)[0]!.id;
const states: SelectionState[] = [
  none,
  ...dataset.actors.slice(0, 25).map((a) => ({ ...none, selectedActorId: a.id })),
  { ...none, selectedActorId: busiest },
  ...graph.edges.slice(0, 10).map((e) => ({ ...none, selectedEdgeId: e.id })),
  { ...none, highlightActorIds: dataset.actors.slice(3, 9).map((a) => a.id) },
  { selectedActorId: dataset.actors[2]!.id, highlightActorIds: [graph.edges[4]!.source, graph.edges[4]!.target], selectedEdgeId: graph.edges[7]!.id },
  { selectedActorId: 'nobody', highlightActorIds: ['no-one'], selectedEdgeId: 'no|such|edge' },
];

it.each(states.map((s, i) => [i, s] as const))('gives the same classes from the scene as from the elements (state %i)', (_, state) => {
  const fromScene = focusClasses(sceneFocusTable(scene), state);
  const fromElements = selectionClasses(elements, state);
  expect(new Map(fromScene)).toEqual(new Map(fromElements));
  expect(fromScene.size).toBe(fromElements.size);
  expect(fromScene.focusedIds()).toEqual(fromElements.focusedIds());
});

it('puts the busiest actor, its lines and its neighbours in focus, and dims the rest', () => {
  const classes = focusClasses(sceneFocusTable(scene), { ...none, selectedActorId: busiest });
  const at = graph.edges.filter((e) => e.source === busiest || e.target === busiest);
  expect(at.length).toBeGreaterThan(3);
  expect(classes.get(busiest)).toEqual(['selected']);
  for (const e of at) {
    expect(classes.get(e.id)).toEqual(['highlighted']);
    expect(classes.get(e.source === busiest ? e.target : e.source)).toEqual(['highlighted']);
  }
  const far = graph.edges.find((e) => e.source !== busiest && e.target !== busiest && !at.some((a) => a.source === e.source || a.target === e.source || a.source === e.target || a.target === e.target))!;
  expect(classes.get(far.id)).toEqual(['dimmed']);
});

it('lists a loop once at its actor and draws every line that shares an id', () => {
  // Hand-made element lists may repeat an id (the data never does): both lines are drawn in focus.
  const twice = relation('a', 'b');
  const again = (width: number) => ({ ...twice, data: { ...twice.data, width } });
  const s = buildScene([actorNode('a', 0, 0), actorNode('b', 100, 0), actorNode('c', 0, 100), relation('a', 'a'), twice, again(5), relation('b', 'c'), again(7)]);
  const table = sceneFocusTable(s);
  const seen: string[] = [];
  table.forEachEdgeAt('a', (id) => seen.push(id));
  expect(seen).toEqual(['a|a|meets', 'a|b|meets', 'a|b|meets', 'a|b|meets']);
  const classes = focusClasses(table, { ...none, selectedEdgeId: 'a|b|meets' });
  const drawn = focusLayers(s, classes).layers.flatMap((layer) => (layer.kind === 'lines' ? layer.edges : []));
  expect(drawn.sort()).toEqual([1, 2, 4]);
  expect(classes.get('b|c|meets')).toEqual(['dimmed']);
});
