/**
 * The actor graph as Cytoscape JSON (`.cyjs`), the format Cytoscape desktop
 * imports with File → Import → Network from File and Cytoscape.js reads as
 * `elements`. Same graph as lib/graph actorGraph.
 *
 * Node data: `id`, `name` and `shared_name` (English name; Cytoscape's label
 * column), `name_ar`, `kind`, `country` (absent when none), `events`,
 * `statements`. Edge data: `id`, `source`, `target`, `interaction` and
 * `shared_interaction` (the relation type, Cytoscape's edge-type column),
 * `name` (`source (type) target`, Cytoscape's convention), `label`,
 * `directed`, `weight`, and the lists `events` and `relations` (ids).
 *
 * No positions: Cytoscape lays the network out itself (the explorer's
 * fcose layout is computed by the app, not by lib/).
 */
import { RELATION_TYPES, type RelationType } from '../vocabulary';
import { actorGraph } from '../graph';
import type { DatasetIndex } from '../query';
import { jsonChunks } from './json-chunks';

export interface CytoscapeNodeData {
  id: string;
  name: string;
  shared_name: string;
  name_ar: string;
  kind: string;
  country?: string;
  events: number;
  statements: number;
}

export interface CytoscapeEdgeData {
  id: string;
  source: string;
  target: string;
  name: string;
  interaction: RelationType;
  shared_interaction: RelationType;
  label: string;
  directed: boolean;
  weight: number;
  events: string[];
  relations: string[];
}

export interface CytoscapeDocument {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string; shared_name: string; description: string };
  elements: { nodes: { data: CytoscapeNodeData }[]; edges: { data: CytoscapeEdgeData }[] };
}

/** The graph as a Cytoscape JSON document (an object; serializeCytoscapeJson writes it). */
export function cytoscapeDocument(index: DatasetIndex): CytoscapeDocument {
  const graph = actorGraph(index);
  const nodes = graph.nodes.map((node) => {
    const actor = index.actors.get(node.id);
    const name = actor?.name.en ?? node.id;
    const data: CytoscapeNodeData = {
      id: node.id,
      name,
      shared_name: name,
      name_ar: actor?.name.ar ?? '',
      kind: actor?.kind ?? '',
      ...(actor?.country ? { country: actor.country } : {}),
      events: node.eventCount,
      statements: node.statementCount,
    };
    return { data };
  });
  const edges = graph.edges.map((edge) => ({
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      name: `${edge.source} (${edge.type}) ${edge.target}`,
      interaction: edge.type,
      shared_interaction: edge.type,
      label: RELATION_TYPES[edge.type].label,
      directed: edge.directed,
      weight: edge.weight,
      events: [...edge.events],
      relations: [...edge.relations],
    } satisfies CytoscapeEdgeData,
  }));
  const name = 'Athar actor graph';
  return {
    format_version: '1.0',
    generated_by: 'Athar',
    target_cytoscapejs_version: '~3.34',
    data: {
      name,
      shared_name: name,
      description: `Actors and relations traced to ${index.dataset.sources.length} source articles; weight = number of events behind a relation.`,
    },
    elements: { nodes, edges },
  };
}

/** The document a node or edge at a time (see json-chunks.ts). */
export function* cytoscapeJsonChunks(index: DatasetIndex): Generator<string> {
  yield* jsonChunks(cytoscapeDocument(index), { splitDepth: 3 });
  yield '\n';
}

export function serializeCytoscapeJson(index: DatasetIndex): string {
  return [...cytoscapeJsonChunks(index)].join('');
}
