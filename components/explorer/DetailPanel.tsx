'use client';
/**
 * The detail column: the panel of whatever the URL selects. An edge lists the
 * events between its pair; an event shows the event panel; an actor shows its
 * panel. With nothing selected it says how to start.
 */
import type { Passage } from '@/lib/schema';
import type { DatasetIndex, PassageOwner } from '@/lib/query';
import type { GraphEdge } from '@/lib/graph';
import type { ViewState } from '@/lib/url-state';
import { RELATION_TYPES } from '@/lib/vocabulary';
import { ActorPanel } from '@/components/panels/ActorPanel';
import { EventPanel } from '@/components/panels/EventPanel';
import { DateSummary } from '@/components/panels/DateSummary';
import '@/components/panels/panels.css';

export interface DetailPanelProps {
  index: DatasetIndex;
  state: ViewState;
  /** The selected graph edge, resolved from `state.edge`. */
  edge: GraphEdge | null;
  onSelectActor: (id: string | null) => void;
  onSelectEvent: (id: string | null) => void;
  onOpenPassage: (passage: Passage, owner?: PassageOwner) => void;
}

export function DetailPanel({ index, state, edge, onSelectActor, onSelectEvent, onOpenPassage }: DetailPanelProps) {
  const event = state.event ? index.events.get(state.event) : undefined;
  // A link to a statement alone still opens a panel: the speaker's, where the statement is listed.
  const statement = state.statement ? index.statements.get(state.statement) : undefined;
  const actorId = state.actor ?? statement?.speaker ?? null;
  const actor = actorId ? index.actors.get(actorId) : undefined;

  if (edge) return <EdgeEvents index={index} edge={edge} onSelectEvent={onSelectEvent} onSelectActor={onSelectActor} />;
  if (event) {
    return (
      <EventPanel
        event={event}
        statements={index.statementsByEvent.get(event.id) ?? []}
        actorsById={index.actors}
        sourcesById={index.sources}
        onOpenPassage={onOpenPassage}
        onSelectActor={onSelectActor}
      />
    );
  }
  if (actor) {
    return (
      <ActorPanel
        actor={actor}
        statements={index.statementsBySpeaker.get(actor.id) ?? []}
        events={index.eventsByActor.get(actor.id) ?? []}
        eventsById={index.events}
        actorsById={index.actors}
        sourcesById={index.sources}
        onOpenPassage={onOpenPassage}
        onSelectEvent={onSelectEvent}
        onSelectActor={onSelectActor}
      />
    );
  }
  return (
    <div className="detail-empty">
      <h2>Details</h2>
      <p>
        Select an actor in the graph or the actor list to read what it said, to whom and when; select an event on the timeline or
        in the event list to see its passages. Every item traces to the exact sentence of its source article.
      </p>
    </div>
  );
}

interface EdgeEventsProps {
  index: DatasetIndex;
  edge: GraphEdge;
  onSelectEvent: (id: string) => void;
  onSelectActor: (id: string) => void;
}

/** The events between the two actors of a graph edge, in date order. */
function EdgeEvents({ index, edge, onSelectEvent, onSelectActor }: EdgeEventsProps) {
  const source = index.actors.get(edge.source);
  const target = index.actors.get(edge.target);
  const label = RELATION_TYPES[edge.type].label;
  return (
    <section className="edge-events" aria-labelledby="edge-events-heading">
      <h2 id="edge-events-heading">
        <button type="button" className="link-button" onClick={() => onSelectActor(edge.source)}>
          {source?.name.en ?? edge.source}
        </button>{' '}
        {edge.directed ? label : `${label} (both ways)`}{' '}
        <button type="button" className="link-button" onClick={() => onSelectActor(edge.target)}>
          {target?.name.en ?? edge.target}
        </button>
      </h2>
      {edge.events.length === 0 ? (
        <p>This relation is stated by a passage, not by a dated event (for example a job title).</p>
      ) : (
        <ol className="edge-event-list">
          {edge.events.map((id) => {
            const e = index.events.get(id);
            if (!e) return null;
            return (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onSelectEvent(id)}>
                  {e.title.en}
                </button>{' '}
                <DateSummary date={e.date} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
