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
import { ActorPanel } from '@/components/panels/ActorPanel';
import { EventPanel } from '@/components/panels/EventPanel';
import { DateSummary } from '@/components/panels/DateSummary';
import '@/components/panels/panels.css';
import { useLang } from '@/components/i18n/lang-context';
import { GRAPH_STRINGS } from '@/components/graph/strings';
import { EXPLORER_STRINGS } from './strings';

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
  const words = EXPLORER_STRINGS[useLang()];
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
      <h2>{words.detailsTitle}</h2>
      <p>{words.detailsHelp}</p>
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
  const lang = useLang();
  const words = EXPLORER_STRINGS[lang];
  const label = GRAPH_STRINGS[lang].relationTypes[edge.type];
  return (
    <section className="edge-events" aria-labelledby="edge-events-heading">
      <h2 id="edge-events-heading">
        <button type="button" className="link-button" onClick={() => onSelectActor(edge.source)}>
          {source?.name[lang] ?? edge.source}
        </button>{' '}
        {edge.directed ? label : `${label} ${words.bothWays}`}{' '}
        <button type="button" className="link-button" onClick={() => onSelectActor(edge.target)}>
          {target?.name[lang] ?? edge.target}
        </button>
      </h2>
      {edge.events.length === 0 ? (
        <p>{words.relationWithoutEvent}</p>
      ) : (
        <ol className="edge-event-list">
          {edge.events.map((id) => {
            const e = index.events.get(id);
            if (!e) return null;
            return (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onSelectEvent(id)}>
                  {e.title[lang]}
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
