'use client';
/**
 * The elements both renderers draw, from the graph props: nodes for every
 * actor, the relations and (unless a period is brushed) affiliations, edge
 * words in the interface language, filtered by relation type. Memoised on
 * the props it reads, so a selection change reuses them.
 *
 * The canvas renderer asks for them to be kept with the graph they were
 * made for (`keep`): the explorer hands back the same whole graph when a
 * brushed period is cleared, and remaking its 16,000 elements (then their
 * scene, layers and paths) was a third of the clear at 100,000 events. The
 * Cytoscape renderer does not: Cytoscape takes an element's data and
 * position objects as its own and changes them (a dragged node's position).
 */
import { useMemo } from 'react';
import { useLang } from '@/components/i18n/lang-context';
import type { ActorGraph } from '@/lib/graph';
import { filterByEdgeType, toCytoscapeElements, type GraphElement } from './elements';
import type { ActorGraphProps } from './graph-props';
import { GRAPH_STRINGS } from './strings';

type Inputs = Pick<ActorGraphProps, 'actors' | 'positions' | 'relationTypes'> & { showAffiliations: boolean; words: (typeof GRAPH_STRINGS)['en'] };

/** The last elements made for each graph, with what else they were made from (compared by identity). */
const madeFor = new WeakMap<ActorGraph, { inputs: Inputs; elements: GraphElement[] }>();

const sameInputs = (a: Inputs, b: Inputs) =>
  a.actors === b.actors && a.positions === b.positions && a.relationTypes === b.relationTypes && a.showAffiliations === b.showAffiliations && a.words === b.words;

export function useGraphElements(
  { graph, actors, positions, relationTypes, showAffiliations = true }: Pick<ActorGraphProps, 'graph' | 'actors' | 'positions' | 'relationTypes' | 'showAffiliations'>,
  { keep = false }: { keep?: boolean } = {},
): GraphElement[] {
  const words = GRAPH_STRINGS[useLang()];
  return useMemo(() => {
    const inputs: Inputs = { actors, positions, relationTypes, showAffiliations, words };
    const made = keep ? madeFor.get(graph) : undefined;
    if (made && sameInputs(made.inputs, inputs)) return made.elements;
    const elements = filterByEdgeType(
      toCytoscapeElements(graph, actors, positions, { affiliations: showAffiliations, edgeLabels: { relationTypes: words.relationTypes, affiliatedWith: words.affiliatedWith } }),
      relationTypes,
    );
    if (keep) madeFor.set(graph, { inputs, elements });
    return elements;
  }, [graph, actors, positions, relationTypes, showAffiliations, words, keep]);
}
