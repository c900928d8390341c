/** @jest-environment node */
/**
 * The canvas graph draws its scene straight from the graph
 * (sceneFromGraph); the Cytoscape view draws elements
 * (toCytoscapeElements). Both must show the same actors and lines, with the
 * same sizes, colours, words and positions: the scene made both ways is
 * compared on the shipped dataset and on a synthetic one, whole, in a
 * period and filtered by relation type, in both interface languages.
 */
import { buildIndex } from '@/lib/query';
import { actorGraph, type ActorGraph } from '@/lib/graph';
import { loadDataset } from '@/lib/load';
import { generateDataset } from '@/lib/synthetic/generate';
import type { ActorSummary } from '@/lib/actor-summary';
import type { Dataset } from '@/lib/schema';
import { AFFILIATION, filterByEdgeType, toCytoscapeElements, type Positions } from '@/components/graph/elements';
import { buildScene } from '@/components/graph/canvas/scene';
import { sceneFromGraph } from '@/components/graph/canvas/scene-from-graph';
import { GRAPH_STRINGS } from '@/components/graph/strings';
import { ACTORS, GRAPH } from './graph-fixture';

interface Case {
  graph: ActorGraph;
  affiliations: boolean;
  relationTypes: string[] | null;
  lang: 'en' | 'ar';
}

function bothWays(actors: readonly ActorSummary[], positions: Positions, { graph, affiliations, relationTypes, lang }: Case) {
  const words = GRAPH_STRINGS[lang];
  const edgeLabels = { relationTypes: words.relationTypes, affiliatedWith: words.affiliatedWith };
  const direct = sceneFromGraph(graph, actors, positions, { affiliations, edgeLabels, relationTypes });
  const viaElements = buildScene(filterByEdgeType(toCytoscapeElements(graph, actors, positions, { affiliations, edgeLabels }), relationTypes));
  return { direct, viaElements };
}

/** Positions for every other actor: the rest take the fallback ring, as actors the layout did not place. */
function somePositions(actors: readonly ActorSummary[]): Positions {
  const positions: Positions = {};
  actors.forEach((a, i) => {
    if (i % 2 === 0) positions[a.id] = { x: i * 37, y: -i * 11 };
  });
  return positions;
}

describe('sceneFromGraph', () => {
  const dataset = loadDataset();
  const index = buildIndex(dataset);
  const actors = dataset.actors;
  const positions = somePositions(actors);
  const whole = actorGraph(index);
  const june = actorGraph(index, { window: { from: '2013-06-01', to: '2013-06-30' } });

  it.each([
    ['whole, with affiliations, in English', { graph: whole, affiliations: true, relationTypes: null, lang: 'en' }],
    ['whole, in Arabic', { graph: whole, affiliations: true, relationTypes: null, lang: 'ar' }],
    ['a period, without affiliations', { graph: june, affiliations: false, relationTypes: null, lang: 'en' }],
    ['only member-of (affiliations go with it)', { graph: whole, affiliations: true, relationTypes: ['member-of'], lang: 'en' }],
    ['member-of left out (so are affiliations)', { graph: whole, affiliations: true, relationTypes: ['met-with', 'spoke-to'], lang: 'ar' }],
  ] as [string, Case][])('equals the scene of the Cytoscape elements on the shipped dataset: %s', (_, c) => {
    const { direct, viaElements } = bothWays(actors, positions, c);
    expect(direct).toEqual(viaElements);
    expect(direct.nodes).toHaveLength(actors.length);
  });

  it('draws an affiliation that no member-of relation covers, in the interface language, as the elements do', () => {
    const placed = somePositions(ACTORS);
    const { direct, viaElements } = bothWays(ACTORS, placed, { graph: GRAPH, affiliations: true, relationTypes: null, lang: 'ar' });
    expect(direct).toEqual(viaElements);
    const affiliations = direct.edges.filter((e) => e.type === AFFILIATION);
    expect(affiliations.map((e) => e.id)).toEqual(['john-kerry|us-state-department|affiliation']);
    expect(affiliations[0]!.label).toBe(GRAPH_STRINGS.ar.affiliatedWith);
    expect(bothWays(ACTORS, placed, { graph: GRAPH, affiliations: true, relationTypes: ['meets'], lang: 'en' }).direct.edges.some((e) => e.type === AFFILIATION)).toBe(false);
  });

  it('equals the scene of the Cytoscape elements on a synthetic dataset, whole and in periods', () => {
    const synthetic = { ...generateDataset({ events: 1500, actors: 300, seed: 5 }), briefings: [] } as Dataset;
    const big = buildIndex(synthetic);
    const placed = somePositions(synthetic.actors);
    const graphs = [actorGraph(big), actorGraph(big, { window: { from: '2015-01-01', to: '2016-06-30' } }), actorGraph(big, { window: { from: '2020-02-01', to: '2020-02-01' } })];
    for (const graph of graphs) {
      const { direct, viaElements } = bothWays(synthetic.actors, placed, { graph, affiliations: graph === graphs[0], relationTypes: null, lang: 'en' });
      expect(direct).toEqual(viaElements);
    }
    // The period really cuts the lines, and node sizes follow the period's counts.
    const [all, period] = graphs.map((graph) => bothWays(synthetic.actors, placed, { graph, affiliations: false, relationTypes: null, lang: 'en' }).direct);
    expect(period!.edges.length).toBeLessThan(all!.edges.length);
    expect(period!.nodes.some((n, i) => n.r < all!.nodes[i]!.r)).toBe(true);
  });

  it('shares one node index between the scenes of one actor list', () => {
    const a = sceneFromGraph(whole, actors, positions, { affiliations: true, edgeLabels: { relationTypes: GRAPH_STRINGS.en.relationTypes, affiliatedWith: GRAPH_STRINGS.en.affiliatedWith }, relationTypes: null });
    const b = sceneFromGraph(june, actors, positions, { affiliations: false, edgeLabels: { relationTypes: GRAPH_STRINGS.en.relationTypes, affiliatedWith: GRAPH_STRINGS.en.affiliatedWith }, relationTypes: null });
    expect(b.nodeIndex).toBe(a.nodeIndex);
    expect(a.nodeIndex.get(actors[3]!.id)).toBe(3);
  });
});
