/**
 * The actor graph as plain data: nodes with activity counts and edges
 * aggregated by actor pair and relation type. Views turn it into Cytoscape
 * elements; the graph itself is a domain fact and is computed here only.
 */
import { RELATION_TYPES, type RelationType } from './vocabulary';
import { eventInWindow, type DatasetIndex, type DayWindow } from './query';

/** Counts by relation type in the vocabulary's order (the order the filter lists them in), types counted 0 or not at all left out. */
export function inRelationOrder(byType: ReadonlyMap<string, number>): Map<RelationType, number> {
  const counts = new Map<RelationType, number>();
  for (const type of Object.keys(RELATION_TYPES) as RelationType[]) {
    const n = byType.get(type) ?? 0;
    if (n > 0) counts.set(type, n);
  }
  return counts;
}

/**
 * The order of edges, the same on the server and in the browser: by code
 * point. Ids are ASCII (lower-case kebab-case actor ids and relation types,
 * joined by "|"), so no language's collation is needed, and `localeCompare`'s
 * first call in a page starts ICU's collator: ~30 ms of a large graph's first
 * drawing (sorting 15,000 edge ids in a new Chromium page: 38–45 ms cold
 * against ~10 ms by code point).
 */
export function compareEdgeIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface GraphNode {
  id: string;
  /** Events the actor takes part in (within the window, if any). */
  eventCount: number;
  /** Statements the actor made (within the window, if any). */
  statementCount: number;
}

export interface GraphEdge {
  /** `source|target|type`; undirected pairs are stored in id order so both directions merge. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  directed: boolean;
  /** Relations merged into this edge. */
  relations: string[];
  /** Events behind the edge, in date order, deduplicated. */
  events: string[];
  /** Number of events, or 1 for a relation stated only by passages (a job title). */
  weight: number;
}

export interface ActorGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphFilter {
  /** When set, keep only relations with at least one event meeting the window. */
  window?: DayWindow | null;
  /** When set, keep only these relation types. */
  relationTypes?: ReadonlySet<string> | null;
}

function windowIsOpen(window: DayWindow | null | undefined): window is DayWindow {
  return !!window && (window.from !== null || window.to !== null);
}

/**
 * Builds the graph. With a window, a relation survives only through events
 * inside it, and relations with no events at all (affiliations) drop out,
 * because nothing dates them inside the window.
 */
export function actorGraph(index: DatasetIndex, filter: GraphFilter = {}): ActorGraph {
  const windowed = windowIsOpen(filter.window) ? filter.window : null;
  const eventOk = (id: string) => {
    const e = index.events.get(id);
    return !!e && (windowed === null || eventInWindow(e, windowed));
  };
  const rank = new Map(index.eventsInOrder.map((e, i) => [e.id, i]));

  const edges = new Map<string, GraphEdge>();
  for (const relation of index.dataset.relations) {
    if (filter.relationTypes && !filter.relationTypes.has(relation.type)) continue;
    const events = relation.events.filter(eventOk);
    if (windowed !== null && events.length === 0) continue;
    const directed = RELATION_TYPES[relation.type].directed;
    const [source, target] =
      directed || relation.source < relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
    const id = `${source}|${target}|${relation.type}`;
    const edge = edges.get(id) ?? { id, source, target, type: relation.type, directed, relations: [], events: [], weight: 0 };
    edge.relations.push(relation.id);
    for (const e of events) if (!edge.events.includes(e)) edge.events.push(e);
    edges.set(id, edge);
  }
  for (const edge of edges.values()) {
    edge.events.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    edge.weight = Math.max(1, edge.events.length);
  }

  const nodes: GraphNode[] = index.dataset.actors.map((actor) => {
    const events = (index.eventsByActor.get(actor.id) ?? []).filter((e) => eventOk(e.id));
    const statements = (index.statementsBySpeaker.get(actor.id) ?? []).filter((s) => eventOk(s.event));
    return { id: actor.id, eventCount: events.length, statementCount: statements.length };
  });

  return { nodes, edges: [...edges.values()].sort((a, b) => compareEdgeIds(a.id, b.id)) };
}

/** Events linking two actors in either direction, whatever the relation type. */
export function eventsBetween(graph: ActorGraph, a: string, b: string): string[] {
  const out: string[] = [];
  for (const edge of graph.edges) {
    const pair = (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a);
    if (pair) for (const e of edge.events) if (!out.includes(e)) out.push(e);
  }
  return out;
}
