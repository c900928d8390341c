/**
 * The props both graph renderers take (Cytoscape's ./ActorGraph for a
 * corpus, ./canvas/CanvasActorGraph at thousands of actors), so the pages
 * and ./LazyActorGraph can hand either the same data.
 */
import type { ActorGraph as ActorGraphData } from '@/lib/graph';
import type { ActorSummary } from '@/lib/actor-summary';
import type { Point } from './elements';

export interface ActorGraphProps {
  /** The domain graph from `actorGraph(index, filter)`; the view never recomputes it. */
  graph: ActorGraphData;
  /** Every actor; each one is drawn, isolated ones included. */
  actors: ActorSummary[];
  /** Build-time positions from `computeGraphLayout(graph, actors)`, by actor id. */
  positions: Record<string, Point>;
  /** The selected actor, drawn with a ring; its neighbours and edges are highlighted. */
  selectedActorId: string | null;
  /** Participants of the selected event, highlighted (empty when no event is selected). */
  highlightActorIds: string[];
  /** The selected edge, a `GraphEdge.id` of `graph`. */
  selectedEdgeId: string | null;
  /** Relation types to show; null shows all, edges of other types are hidden (affiliations go with member-of). Nodes always stay. */
  relationTypes: string[] | null;
  /**
   * Draw the actors' recorded affiliations as dashed edges (default true).
   * Pass false when `graph` is limited to a period: an affiliation has no
   * date, so it is not a relation active in that period.
   */
  showAffiliations?: boolean;
  /**
   * Tapping a node selects it; tapping the background calls it with null,
   * which should clear every selection (actor, edge, event): it is the only
   * callback a background tap makes.
   */
  onSelectActor: (actorId: string | null) => void;
  /**
   * Tapping a relation edge selects it (the canvas never calls it with
   * null; a background tap goes to onSelectActor). A dashed affiliation edge
   * is not a relation record (it has no GraphEdge), so tapping it selects
   * its member actor through onSelectActor instead, whose record holds the
   * affiliation.
   */
  onSelectEdge: (edgeId: string | null) => void;
  /**
   * A reader is about to pick an actor other than the selected one: a press
   * begins on it (pointer down, before the click that selects it), or the
   * pointer rests on it (../resting-intent). The explorer starts fetching its
   * records then. Optional; the canvas view calls it.
   */
  onActorPressStart?: (actorId: string) => void;
  /**
   * For a caller that drives the view (a briefing step): when this list
   * changes, the view frames these actors and their names (the whole graph
   * for an empty list). Undefined leaves the view to the reader.
   */
  fitActorIds?: readonly string[];
  /** How long a move to new `fitActorIds` takes, in ms; 0 (the default) jumps, as under prefers-reduced-motion. */
  fitDurationMs?: number;
  /** Called once, when the first complete picture of a non-empty graph is on screen (the explorer starts what waits for it). */
  onFirstDrawing?: () => void;
}
