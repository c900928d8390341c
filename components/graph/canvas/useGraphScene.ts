'use client';
/**
 * The canvas graph's scene from the graph props (./scene-from-graph), in
 * the interface language, memoised on the props it reads.
 *
 * A scene is kept with the graph it was made for: the explorer hands back
 * the same whole graph when a brushed period is cleared, and remaking its
 * 16,000 lines (then their layers and paths, kept per scene) was a third of
 * the clear at 100,000 events.
 */
import { useMemo } from 'react';
import { useLang } from '@/components/i18n/lang-context';
import type { ActorGraph } from '@/lib/graph';
import type { ActorGraphProps } from '../graph-props';
import { GRAPH_STRINGS } from '../strings';
import { sceneFromGraph } from './scene-from-graph';
import type { Scene } from './scene';

type Inputs = Pick<ActorGraphProps, 'actors' | 'positions' | 'relationTypes'> & { showAffiliations: boolean; words: (typeof GRAPH_STRINGS)['en'] };

/** The last scene made for each graph, with what else it was made from (compared by identity). */
const madeFor = new WeakMap<ActorGraph, { inputs: Inputs; scene: Scene }>();

const sameInputs = (a: Inputs, b: Inputs) =>
  a.actors === b.actors && a.positions === b.positions && a.relationTypes === b.relationTypes && a.showAffiliations === b.showAffiliations && a.words === b.words;

export function useGraphScene({ graph, actors, positions, relationTypes, showAffiliations = true }: Pick<ActorGraphProps, 'graph' | 'actors' | 'positions' | 'relationTypes' | 'showAffiliations'>): Scene {
  const words = GRAPH_STRINGS[useLang()];
  return useMemo(() => {
    const inputs: Inputs = { actors, positions, relationTypes, showAffiliations, words };
    const made = madeFor.get(graph);
    if (made && sameInputs(made.inputs, inputs)) return made.scene;
    const scene = sceneFromGraph(graph, actors, positions, {
      affiliations: showAffiliations,
      edgeLabels: { relationTypes: words.relationTypes, affiliatedWith: words.affiliatedWith },
      relationTypes,
    });
    madeFor.set(graph, { inputs, scene });
    return scene;
  }, [graph, actors, positions, relationTypes, showAffiliations, words]);
}
