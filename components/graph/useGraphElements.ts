'use client';
/**
 * The Cytoscape view's elements, from the graph props: nodes for every
 * actor, the relations and (unless a period is brushed) affiliations, edge
 * words in the interface language, filtered by relation type. Memoised on
 * the props it reads, so a selection change reuses them. Made afresh for a
 * new graph, never kept: Cytoscape takes an element's data and position
 * objects as its own and changes them (a dragged node's position). The
 * canvas view draws the same from its scene (./canvas/useGraphScene).
 */
import { useMemo } from 'react';
import { useLang } from '@/components/i18n/lang-context';
import { filterByEdgeType, toCytoscapeElements, type GraphElement } from './elements';
import type { ActorGraphProps } from './graph-props';
import { GRAPH_STRINGS } from './strings';

export function useGraphElements({ graph, actors, positions, relationTypes, showAffiliations = true }: Pick<ActorGraphProps, 'graph' | 'actors' | 'positions' | 'relationTypes' | 'showAffiliations'>): GraphElement[] {
  const words = GRAPH_STRINGS[useLang()];
  return useMemo(
    () =>
      filterByEdgeType(
        toCytoscapeElements(graph, actors, positions, { affiliations: showAffiliations, edgeLabels: { relationTypes: words.relationTypes, affiliatedWith: words.affiliatedWith } }),
        relationTypes,
      ),
    [graph, actors, positions, relationTypes, showAffiliations, words],
  );
}
