/**
 * The canvas graph's scene made straight from the domain graph: the same
 * nodes and lines as `buildScene(filterByEdgeType(toCytoscapeElements(…)))`
 * (a test holds the two equal), without the element stage. A brush at
 * 100,000 events makes a new graph of 5,000 actors and ~11,000 edges; its
 * element definitions were the largest allocation of the brush (9.7 MB over
 * five brushes and five clears, allocation profile), garbage once the scene
 * was made, and live at any young-generation collection falling inside it.
 */
import type { ActorSummary } from '@/lib/actor-summary';
import type { ActorGraph } from '@/lib/graph';
import { RELATION_TYPES } from '@/lib/vocabulary';
import { countryColor } from '@/components/theme';
import { actorNumbers, AFFILIATION, affiliationEdges, edgeWidth, fallbackPosition, filterTypeOf, nodeReader, nodeSize, type EdgeLabels, type Positions } from '../elements';
import { sceneOfParts, type Scene, type SceneEdge, type SceneNode } from './scene';

export interface SceneOptions {
  /** Draw the actors' recorded affiliations (not in a brushed period: they have no date). */
  affiliations: boolean;
  /** Words on lines in the interface language. */
  edgeLabels: EdgeLabels;
  /** Relation types kept (affiliations go with member-of); null keeps all. */
  relationTypes: readonly string[] | null;
}

/** Every actor, in list order, and the graph's edges between listed actors of a kept type, then the affiliations. */
export function sceneFromGraph(graph: ActorGraph, actors: readonly ActorSummary[], positions: Positions, { affiliations, edgeLabels, relationTypes }: SceneOptions): Scene {
  const countOf = nodeReader(graph);
  const nodes: SceneNode[] = new Array<SceneNode>(actors.length);
  for (let i = 0; i < actors.length; i += 1) {
    const actor = actors[i]!;
    const count = countOf(actor, i);
    const activity = (count?.eventCount ?? 0) + (count?.statementCount ?? 0);
    const at = positions[actor.id] ?? fallbackPosition(i, actors.length);
    nodes[i] = { id: actor.id, x: at.x, y: at.y, r: nodeSize(activity) / 2, kind: actor.kind, color: countryColor(actor.country), labelEn: actor.name.en, labelAr: actor.name.ar, activity };
  }
  // The list's own index, kept per list: the node set is the same on every brush.
  const nodeIndex = actorNumbers(actors);
  const kept = relationTypes === null ? null : new Set(relationTypes);
  const edges: SceneEdge[] = [];
  for (let k = 0; k < graph.edges.length; k += 1) {
    const e = graph.edges[k]!;
    if (kept !== null && !kept.has(e.type)) continue;
    const source = nodeIndex.get(e.source);
    const target = nodeIndex.get(e.target);
    if (source === undefined || target === undefined) continue;
    edges.push({ id: e.id, source, target, type: e.type, label: edgeLabels.relationTypes[e.type] ?? RELATION_TYPES[e.type].label, directed: e.directed, width: edgeWidth(e.weight) });
  }
  if (affiliations && (kept === null || kept.has(filterTypeOf(AFFILIATION)))) {
    for (const d of affiliationEdges(graph, actors, edgeLabels.affiliatedWith)) {
      edges.push({ id: d.id, source: nodeIndex.get(d.source)!, target: nodeIndex.get(d.target)!, type: d.type, label: d.label, directed: d.directed, width: d.width });
    }
  }
  return sceneOfParts(nodes, edges, nodeIndex);
}
