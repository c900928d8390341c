/**
 * Turns the domain graph (lib/graph.ts) into Cytoscape element definitions.
 * Pure and synchronous, so it runs the same in the browser, at build time
 * for the layout, and in node tests. It never recomputes the graph; it only
 * adds what drawing needs: labels, colours, sizes, widths, and the actors'
 * recorded affiliations as dashed edges.
 */
import type { EdgeDefinition, NodeDefinition } from 'cytoscape';
import { inRelationOrder, type ActorGraph, type GraphNode } from '@/lib/graph';
import type { ActorSummary } from '@/lib/actor-summary';
import { RELATION_TYPES, type ActorKind, type RelationType } from '@/lib/vocabulary';
import { countryColor } from '@/components/theme';
import { AFFILIATION_LABEL } from './kinds';

export interface Point {
  x: number;
  y: number;
}

/** Node positions by actor id, as computed at build time by app/_server/graph-layout.ts. */
export type Positions = Record<string, Point>;

/** Edge type of an affiliation recorded on the actor (not a relation record). */
export const AFFILIATION = 'affiliation';
export type GraphEdgeType = RelationType | typeof AFFILIATION;

export interface ActorNodeData {
  id: string;
  labelEn: string;
  labelAr: string;
  /** Both names on two lines: the canvas label. */
  label: string;
  kind: ActorKind;
  country: string | null;
  color: string;
  /** Diameter in model pixels, by activity. */
  size: number;
  eventCount: number;
  statementCount: number;
}

export interface RelationEdgeData {
  id: string;
  source: string;
  target: string;
  type: GraphEdgeType;
  label: string;
  directed: boolean;
  width: number;
  weight: number;
  /** Event ids behind the edge, in date order (empty for affiliations). */
  events: string[];
}

export type ActorNodeElement = NodeDefinition & { group: 'nodes'; data: ActorNodeData; position: Point };
export type RelationEdgeElement = EdgeDefinition & { group: 'edges'; data: RelationEdgeData };
export type GraphElement = ActorNodeElement | RelationEdgeElement;

/** Smallest node that still takes a click and shows its shape. */
export const MIN_NODE_SIZE = 26;
export const MAX_NODE_SIZE = 72;

/**
 * Node size by activity (events + statements). A square-root scale makes the
 * area, not the diameter, grow with activity, so one busy actor does not
 * swamp the rest; zero activity still gets a legible node.
 */
export function nodeSize(activity: number): number {
  return Math.min(MAX_NODE_SIZE, Math.round(MIN_NODE_SIZE + 8 * Math.sqrt(Math.max(0, activity))));
}

/** Edge width by weight (events behind it), also square-root, capped. */
export function edgeWidth(weight: number): number {
  const width = 1 + 1.5 * Math.sqrt(Math.max(1, weight));
  return Math.min(8, Math.round(width * 2) / 2);
}

/** A stable fallback spot for a node the build-time layout did not place. */
export function fallbackPosition(index: number, count: number): Point {
  const angle = (2 * Math.PI * index) / Math.max(1, count);
  const radius = 60 * Math.max(1, Math.sqrt(count));
  return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
}

/**
 * Dashed edges for affiliations recorded on actors, from the actor to its
 * affiliation, except where a member-of relation already joins the pair
 * (either way round): that would draw the same fact twice.
 */
export function affiliationEdges(graph: ActorGraph, actors: readonly ActorSummary[], label: string = AFFILIATION_LABEL): RelationEdgeData[] {
  const numberOf = actorNumbers(actors);
  const n = actors.length;
  // Pairs as numbers, both ways round: string keys made and hashed per actor took ~14 ms at 5,000 actors on the
  // graph's first drawing (a profile of the page's load), and scanning the member-of edges per actor ~20 ms.
  const joined = new Set<number>();
  for (const e of graph.edges) {
    if (e.type !== 'member-of') continue;
    const s = numberOf.get(e.source);
    const t = numberOf.get(e.target);
    if (s === undefined || t === undefined) continue;
    joined.add(s * n + t);
    joined.add(t * n + s);
  }
  const out: RelationEdgeData[] = [];
  for (let i = 0; i < n; i++) {
    const actor = actors[i]!;
    const target = actor.affiliation?.actor;
    if (target === undefined) continue;
    const t = numberOf.get(target);
    // Not listed, the actor itself, or already a member-of line.
    if (t === undefined || t === i || joined.has(i * n + t)) continue;
    out.push({
      id: `${actor.id}|${target}|${AFFILIATION}`,
      source: actor.id,
      target,
      type: AFFILIATION,
      label,
      directed: true,
      width: edgeWidth(1),
      weight: 1,
      events: [],
    });
  }
  return out;
}

/**
 * The relation type that governs an edge's visibility in the filter. A
 * recorded affiliation is the same fact as a member-of relation, so it is
 * shown and hidden with member-of; the filter's value therefore only ever
 * holds real relation types (which URL state can validate).
 */
export function filterTypeOf(type: GraphEdgeType): RelationType {
  return type === AFFILIATION ? 'member-of' : type;
}

/**
 * Relation types present in the graph, in RELATION_TYPES order. With the
 * actors, member-of also counts as present when only affiliations show it.
 */
export function edgeTypesPresent(graph: ActorGraph, actors?: readonly ActorSummary[]): RelationType[] {
  return [...edgeTypeCounts(graph, actors).keys()];
}

/** How many edges of each type a graph draws, in the vocabulary's order, types without edges left out; recorded affiliations count under "member of". */
export function edgeTypeCounts(graph: ActorGraph, actors?: readonly ActorSummary[]): Map<RelationType, number> {
  const byType = new Map<string, number>();
  for (const edge of graph.edges) byType.set(edge.type, (byType.get(edge.type) ?? 0) + 1);
  const affiliations = actors ? affiliationEdges(graph, actors).length : 0;
  if (affiliations > 0) byType.set('member-of', (byType.get('member-of') ?? 0) + affiliations);
  return inRelationOrder(byType);
}

/** Human label of an edge type. */
export function edgeTypeLabel(type: string): string {
  if (type === AFFILIATION) return AFFILIATION_LABEL;
  return RELATION_TYPES[type as RelationType]?.label ?? type;
}

/** Words drawn on edges in the interface language (components/graph/strings.ts); English when absent. */
export interface EdgeLabels {
  relationTypes: Record<RelationType, string>;
  affiliatedWith: string;
}

/**
 * Every actor becomes a node, isolated ones included (the texts mention
 * them); counts come from the graph, 0 when it has no node for the actor.
 * Edges whose ends are not actors are skipped: Cytoscape rejects them.
 * `affiliations: false` leaves out the dashed affiliation edges: a graph
 * limited to a period must, since an affiliation has no date (lib/graph drops
 * undated relations the same way), and the member-of relation that hides a
 * duplicate affiliation may itself be outside the period.
 */
export function toCytoscapeElements(
  graph: ActorGraph,
  actors: readonly ActorSummary[],
  positions: Positions,
  { affiliations = true, edgeLabels }: { affiliations?: boolean; edgeLabels?: EdgeLabels } = {},
): GraphElement[] {
  const countOf = nodeReader(graph);
  const known = actorNumbers(actors);

  // One array, filled in place: a brush at 100,000 events remakes 16,000 elements, and every intermediate array of
  // them was garbage the next young-generation collection had to sweep in the brush's own frame.
  const out: GraphElement[] = new Array<GraphElement>(actors.length);
  for (let index = 0; index < actors.length; index++) {
    const actor = actors[index]!;
    const count = countOf(actor, index);
    const eventCount = count?.eventCount ?? 0;
    const statementCount = count?.statementCount ?? 0;
    const position = positions[actor.id] ?? fallbackPosition(index, actors.length);
    out[index] = {
      group: 'nodes',
      data: {
        id: actor.id,
        labelEn: actor.name.en,
        labelAr: actor.name.ar,
        label: `${actor.name.en}\n${actor.name.ar}`,
        kind: actor.kind,
        country: actor.country,
        color: countryColor(actor.country),
        size: nodeSize(eventCount + statementCount),
        eventCount,
        statementCount,
      },
      position: { x: position.x, y: position.y },
    };
  }
  for (let k = 0; k < graph.edges.length; k += 1) {
    const e = graph.edges[k]!;
    if (!known.has(e.source) || !known.has(e.target)) continue;
    const data: RelationEdgeData = {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: edgeLabels?.relationTypes[e.type] ?? RELATION_TYPES[e.type].label,
      directed: e.directed,
      width: edgeWidth(e.weight),
      weight: e.weight,
      // The graph's own list, not a copy: nothing changes an element's events, and a brush at 100,000 events makes 11,000 edges.
      events: e.events,
    };
    out.push({ group: 'edges', data });
  }
  if (affiliations) for (const data of affiliationEdges(graph, actors, edgeLabels?.affiliatedWith)) out.push({ group: 'edges', data });
  return out;
}

/** The graph's node of the actor listed at `index`, or undefined when the graph has none. */
export function nodeReader(graph: ActorGraph): (actor: ActorSummary, index: number) => GraphNode | undefined {
  // Graphs made from the dataset list their nodes in the actors' order: each is read by position, else looked up.
  let counts: Map<string, GraphNode> | null = null;
  return (actor, index) => {
    const node = graph.nodes[index];
    if (node?.id === actor.id) return node;
    counts ??= new Map(graph.nodes.map((n) => [n.id, n]));
    return counts.get(actor.id);
  };
}

/**
 * The graph's node by the id of an actor in the list (undefined for any
 * other id), read as `nodeReader` does at the actor's place in the list. A map
 * of 5,000 nodes made per brush was 3.8 MB of a brush's garbage (the actor
 * list's counts, allocation profile).
 */
export function nodeLookup(graph: ActorGraph, actors: readonly ActorSummary[]): (id: string) => GraphNode | undefined {
  const numbers = actorNumbers(actors);
  const read = nodeReader(graph);
  return (id) => {
    const at = numbers.get(id);
    return at === undefined ? undefined : read(actors[at]!, at);
  };
}

/** Each actor's place in its list by id, made once per list (the explorer hands the graph the same list on every brush). */
const actorNumberMaps = new WeakMap<readonly ActorSummary[], ReadonlyMap<string, number>>();
export function actorNumbers(actors: readonly ActorSummary[]): ReadonlyMap<string, number> {
  let numbers = actorNumberMaps.get(actors);
  if (!numbers) actorNumberMaps.set(actors, (numbers = new Map(actors.map((a, i) => [a.id, i]))));
  return numbers;
}

/** Keeps the edges whose relation type is listed (affiliations go with member-of); null keeps all. Nodes always stay. */
export function filterByEdgeType(elements: readonly GraphElement[], types: readonly string[] | null): GraphElement[] {
  if (types === null) return [...elements];
  const keep = new Set(types);
  return elements.filter((el) => el.group === 'nodes' || keep.has(filterTypeOf(el.data.type)));
}
