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
import type { ActorSummary } from '@/lib/actor-summary';
import { useMemo } from 'react';
import { ActorPanel, ActorTitle } from '@/components/panels/ActorPanel';
import type { NamedActor } from '@/components/panels/links';
import type { Lookup } from '@/components/panels/lookup';
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
  /** The selection's records are still on their way. */
  busy?: boolean;
  /** Why the selection's records could not be loaded, if they could not. */
  error?: string | null;
  /** How many events and statements the selected actor has in the whole dataset (from the page's graph columns). */
  actorTotals?: { events: number; statements: number } | null;
  /** The selected actor's summary (from the page's data), named at once while its records load. */
  actorSummary?: ActorSummary | null;
  /** Any actor's name from the page's summaries: an actor's shard names the others its records mention by id only. */
  actorNames?: (id: string) => NamedActor | undefined;
}

export function DetailPanel({ index, state, edge, onSelectActor, onSelectEvent, onOpenPassage, busy = false, error = null, actorTotals = null, actorSummary = null, actorNames }: DetailPanelProps) {
  const words = EXPLORER_STRINGS[useLang()];
  if (error) return <p role="alert">{words.loadFailed(error)}</p>;
  // The records in hand belong to the previous selection until the new ones come: show neither half, only the new actor's name.
  if (busy && actorSummary && !state.event && !state.statement && !edge) return <LoadingActor actor={actorSummary} />;
  if (busy) return <p role="status">{words.loadingRecords}</p>;
  return (
    <SelectedPanel
      index={index}
      state={state}
      edge={edge}
      onSelectActor={onSelectActor}
      onSelectEvent={onSelectEvent}
      onOpenPassage={onOpenPassage}
      actorTotals={actorTotals}
      actorNames={actorNames}
    />
  );
}

/** The selected actor's name, as its panel will title it, while the panel's records are on their way. */
function LoadingActor({ actor }: { actor: ActorSummary }) {
  const words = EXPLORER_STRINGS[useLang()];
  return (
    <section className="panel panel-actor" aria-labelledby={`actor-${actor.id}-name`} aria-busy="true">
      <header className="panel-header">
        <ActorTitle actor={actor} level={2} />
      </header>
      <p role="status">{words.loadingRecords}</p>
    </section>
  );
}

function SelectedPanel({ index, state, edge, onSelectActor, onSelectEvent, onOpenPassage, actorTotals, actorNames }: DetailPanelProps) {
  const words = EXPLORER_STRINGS[useLang()];
  // Full records where the shards hold them, else the page's summary.
  const named = useMemo<Lookup<NamedActor>>(() => (actorNames ? (id: string) => index.actors.get(id) ?? actorNames(id) : index.actors), [index, actorNames]);
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
        actorsById={named}
        sourcesById={index.sources}
        onOpenPassage={onOpenPassage}
        onSelectActor={onSelectActor}
      />
    );
  }
  if (actor) {
    const events = index.eventsByActor.get(actor.id) ?? [];
    const statements = index.statementsBySpeaker.get(actor.id) ?? [];
    const partial = actorTotals && (events.length < actorTotals.events || statements.length < actorTotals.statements);
    return (
      <>
        {partial && (
          <p className="detail-partial" role="note">
            {words.partialRecords(events.length, actorTotals.events, statements.length, actorTotals.statements)}
          </p>
        )}
      <ActorPanel
        actor={actor}
        statements={statements}
        events={events}
        eventsById={index.events}
        actorsById={named}
        sourcesById={index.sources}
        onOpenPassage={onOpenPassage}
        onSelectEvent={onSelectEvent}
        onSelectActor={onSelectActor}
        progressive
      />
      </>
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
