'use client';
/**
 * The explorer: timeline, actor graph, details and the source reader, linked
 * through the URL. This component only wires views together; every domain
 * fact (indices, the windowed graph, search) comes from lib/.
 */
import { useMemo, useState } from 'react';
import type { Dataset, Passage } from '@/lib/schema';
import { buildIndex, type PassageOwner } from '@/lib/query';
import { actorGraph } from '@/lib/graph';
import { RELATION_TYPES } from '@/lib/vocabulary';
import type { TimelineColumns } from '@/lib/columnar';
import { useTimelineColumns } from './useTimelineColumns';
import { buildSearchIndex } from '@/lib/search';
import { Timeline } from '@/components/timeline/Timeline';
import { EventList } from '@/components/timeline/EventList';
import { LazyActorGraph } from '@/components/graph/LazyActorGraph';
import { ActorList } from '@/components/graph/ActorList';
import { RelationFilter } from '@/components/graph/RelationFilter';
import type { ViewState } from '@/lib/url-state';
import { useViewState, type KnownIds } from './useViewState';
import { DetailPanel } from './DetailPanel';
import { ReaderPane } from './ReaderPane';
import { SearchBox } from './SearchBox';
import { ExportMenu } from '@/components/export/ExportMenu';
import { FigureExportButtons } from '@/components/export/FigureExportButtons';
import { AddStepButton } from '@/components/briefing/AddStepButton';
import { BRIEFING_STRINGS } from '@/components/briefing/strings';
import { periodLabel } from '@/components/timeline/captions';
import { ViewNotices } from './ViewNotices';
import { useLang } from '@/components/i18n/lang-context';
import { EXPLORER_STRINGS } from './strings';
import './explorer.css';

export interface ExplorerProps {
  /** The validated dataset, texts included. */
  dataset: Dataset;
  /** Timeline records computed on the server, as columns (lib/columnar): half the bytes of nested records. */
  timelineColumns: TimelineColumns;
  /** Graph positions computed at build time, so the same data draws the same picture. */
  positions: Record<string, { x: number; y: number }>;
}

export default function Explorer({ dataset, timelineColumns, positions }: ExplorerProps) {
  const timeline = useTimelineColumns(timelineColumns);
  const index = useMemo(() => buildIndex(dataset), [dataset]);
  const searchIndex = useMemo(() => buildSearchIndex(dataset), [dataset]);
  const fullGraph = useMemo(() => actorGraph(index), [index]);
  const known: KnownIds = useMemo(
    () => ({
      actorIds: new Set(index.actors.keys()),
      eventIds: new Set(index.events.keys()),
      statementIds: new Set(index.statements.keys()),
      sourceIds: new Set(index.sources.keys()),
      relationTypes: new Set(Object.keys(RELATION_TYPES)),
      edgeIds: new Set(fullGraph.edges.map((e) => e.id)),
    }),
    [index, fullGraph],
  );
  const { state, notices, update } = useViewState(known);
  const lang = useLang();
  const words = EXPLORER_STRINGS[lang];
  const [readerFocusRequest, setReaderFocusRequest] = useState(0);

  const window = useMemo(() => ({ from: state.from, to: state.to }), [state.from, state.to]);
  const windowed = state.from !== null || state.to !== null;
  // What "Add this view as a step" turns into a step: the selection and the brushed period.
  const stepView = useMemo(
    () => ({ actor: state.actor, event: state.event, from: state.from, to: state.to }),
    [state.actor, state.event, state.from, state.to],
  );
  const typeFilter = useMemo(() => (state.relationTypes ? new Set(state.relationTypes) : null), [state.relationTypes]);
  const graph = useMemo(() => actorGraph(index, { window, relationTypes: typeFilter }), [index, window, typeFilter]);

  const selectedEvent = state.event ? index.events.get(state.event) ?? null : null;
  const selectedStatement = state.statement ? index.statements.get(state.statement) ?? null : null;
  const highlightActorIds = useMemo(() => selectedEvent?.participants.map((p) => p.actor) ?? [], [selectedEvent]);
  const edge = state.edge ? graph.edges.find((e) => e.id === state.edge) ?? fullGraph.edges.find((e) => e.id === state.edge) ?? null : null;

  // The passage the reader should scroll to: the one the user opened, else the selected statement's words, else the event's first evidence.
  const opened: Passage | null =
    state.passage && state.source ? { source: state.source, position: state.passage, quote: { exact: '', prefix: '', suffix: '' } } : null;
  const focus: Passage | null = opened ?? selectedStatement?.passage ?? selectedEvent?.evidence[0] ?? null;
  const readerSource = state.source ?? focus?.source ?? dataset.sources[0]?.id ?? null;
  const readerSelection: PassageOwner | null = selectedStatement
    ? { kind: 'statement', id: selectedStatement.id }
    : selectedEvent
      ? { kind: 'event', id: selectedEvent.id }
      : state.actor
        ? { kind: 'actor', id: state.actor }
        : null;

  // A new selection forgets the passage opened for the previous one.
  const select = (patch: Partial<ViewState>) => update({ passage: null, ...patch });
  const selectActor = (id: string | null) => select({ actor: id, event: null, statement: null, edge: null });
  const selectEvent = (id: string | null) => select({ event: id, statement: null, edge: null, source: null });
  const openPassage = (passage: Passage, owner?: PassageOwner) => {
    update({
      source: passage.source,
      passage: passage.position,
      statement: owner?.kind === 'statement' ? owner.id : state.statement,
    });
    // An explicit "open" moves keyboard focus to the passage, so reading it does not take a hundred key presses.
    setReaderFocusRequest((n) => n + 1);
  };
  const selectOwner = (owner: PassageOwner) => {
    if (owner.kind === 'event') select({ event: owner.id, statement: null, edge: null });
    else if (owner.kind === 'statement') {
      const s = index.statements.get(owner.id);
      select({ statement: owner.id, event: s?.event ?? null, actor: s?.speaker ?? state.actor, edge: null });
    } else if (owner.kind === 'actor') select({ actor: owner.id, event: null, statement: null, edge: null });
  };

  return (
    <div className="explorer">
      <div className="explorer-bar">
        <SearchBox
          index={searchIndex}
          initialQuery={state.q}
          onPick={(hit) => {
            if (hit.kind === 'actor') select({ actor: hit.id, event: null, statement: null, edge: null, q: '' });
            else if (hit.kind === 'event') select({ event: hit.id, statement: null, edge: null, q: '' });
            else selectOwner({ kind: 'statement', id: hit.id });
          }}
        />
        <ViewNotices
          notices={notices}
          window={windowed ? window : null}
          onClearWindow={() => update({ from: null, to: null })}
          typeFilter={state.relationTypes}
          onClearTypes={() => update({ relationTypes: null })}
        />
        <ExportMenu label={words.exportData} />
        <AddStepButton index={index} view={stepView} />
      </div>

      <section className="explorer-timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{words.timeline}</h2>
        {/* A disclosure, as in the briefing: four buttons would push the timeline down, most of all on a phone. */}
        <details className="figure-export-menu">
          <summary>{BRIEFING_STRINGS[lang].exportLabel}</summary>
          <FigureExportButtons
            timelineSelector=".explorer-timeline"
            sources={dataset.sources}
            detail={windowed ? periodLabel(window, lang) : undefined}
          />
        </details>
        <Timeline
          events={timeline}
          actors={dataset.actors}
          locale={lang}
          lanesMode={state.lanes}
          onLanesModeChange={(lanes) => update({ lanes }, { replace: true })}
          selectedEventId={state.event}
          highlightActorId={state.actor}
          highlightEventIds={edge?.events}
          window={window}
          onSelectEvent={selectEvent}
          onWindowChange={(w) => update({ from: w?.from ?? null, to: w?.to ?? null })}
        />
      </section>

      <aside className="explorer-detail" aria-label={words.details}>
        <DetailPanel index={index} state={state} edge={edge} onSelectActor={selectActor} onSelectEvent={selectEvent} onOpenPassage={openPassage} />
      </aside>

      <section className="explorer-graph" aria-labelledby="graph-heading">
        <h2 id="graph-heading">{words.graph}</h2>
        <RelationFilter graph={fullGraph} value={state.relationTypes} onChange={(relationTypes) => update({ relationTypes })} />
        <LazyActorGraph
          graph={graph}
          actors={dataset.actors}
          positions={positions}
          showAffiliations={!windowed}
          selectedActorId={state.actor}
          highlightActorIds={highlightActorIds}
          selectedEdgeId={state.edge}
          relationTypes={state.relationTypes}
          onSelectActor={selectActor}
          onSelectEdge={(id) => select({ edge: id, event: null, statement: null })}
        />
      </section>

      <section className="explorer-reader" aria-labelledby="reader-heading">
        <h2 id="reader-heading">{words.reader}</h2>
        <ReaderPane
          index={index}
          sourceId={readerSource}
          onSourceChange={(source) => update({ source, passage: null }, { replace: true })}
          selected={readerSelection}
          focus={focus}
          focusRequest={readerFocusRequest}
          onSelect={selectOwner}
        />
      </section>

      <section className="explorer-lists" aria-label={words.lists}>
        <div>
          <h2 id="event-list-heading">{words.eventList}</h2>
          <EventList
            events={timeline}
            actors={dataset.actors}
            selectedEventId={state.event}
            highlightActorId={state.actor}
            highlightEventIds={edge?.events}
            onSelectEvent={selectEvent}
            locale={lang}
            labelledBy="event-list-heading"
          />
        </div>
        <div>
          <h2 id="actor-list-heading">{words.actorList}</h2>
          <ActorList graph={graph} actors={dataset.actors} selectedActorId={state.actor} highlightActorIds={highlightActorIds} onSelectActor={selectActor} />
        </div>
      </section>
    </div>
  );
}
