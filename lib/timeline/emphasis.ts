/**
 * Which events stand out when the analyst points at something elsewhere (an
 * actor in the graph, a relation edge): those events are highlighted and the
 * rest dimmed, never hidden, so the context stays readable and reachable.
 */
import type { TimelineEvent } from '../timeline-model';

export type Emphasis = 'normal' | 'highlighted' | 'dimmed';

export interface HighlightRequest {
  /** Events this actor takes part in stand out. */
  highlightActorId?: string | null;
  /** These events stand out (for example the events behind a clicked graph edge). */
  highlightEventIds?: readonly string[] | null;
}

/** Whether any highlight is asked for; without one every event is `normal`. */
export function hasHighlight({ highlightActorId, highlightEventIds }: HighlightRequest): boolean {
  return Boolean(highlightActorId) || (highlightEventIds?.length ?? 0) > 0;
}

/**
 * An event is highlighted when it matches either request (the actor takes
 * part, or its id is listed), dimmed when a highlight is active and it
 * matches neither, and normal otherwise.
 */
export function emphasisOf(event: TimelineEvent, request: HighlightRequest): Emphasis {
  if (!hasHighlight(request)) return 'normal';
  const byActor = request.highlightActorId ? event.participants.includes(request.highlightActorId) : false;
  const byId = request.highlightEventIds?.includes(event.id) ?? false;
  return byActor || byId ? 'highlighted' : 'dimmed';
}
