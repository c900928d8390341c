'use client';
/**
 * The explorer: timeline, actor graph, details and the source reader, linked
 * through the URL. This component only wires views together; every domain
 * fact (the windowed graph, which records a view needs, search) comes from
 * lib/. The page hands it what every view draws (lib/explorer-payload); the
 * records behind the panels and the reader arrive as shards when a
 * selection asks for them (./useDetailScope), so a dataset of 100,000 events
 * draws without the browser ever holding it whole.
 */
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { Passage } from '@/lib/schema';
import type { PassageOwner } from '@/lib/query';
import { graphFromColumns } from '@/lib/graph-columns';
import { lazyValue } from '@/lib/lazy';
import { detailShardUrls, shardLookups, warmShardLookups, type ViewSelection } from '@/lib/shard-plan';
import { OPEN_DAY } from '@/lib/columnar';
import type { EventWords } from '@/lib/timeline/words';
import { shardUrl, type ExplorerPayload } from '@/lib/explorer-payload';
import { RELATION_TYPES } from '@/lib/vocabulary';
import { useTimelineColumns } from './useTimelineColumns';
import { useLoadSequence } from './useLoadSequence';
import { useDetailScope } from './useDetailScope';
import { useRecordsFirst } from './useRecordsFirst';
import { useExplorerPayload, type Pending } from './useExplorerPayload';
import { fetchShard } from './shard-store';
import { warmRegionNames } from '@/components/panels/ActorPanel';
import { useSearch } from './useSearch';
import { Timeline as TimelineView } from '@/components/timeline/Timeline';
import { EventList as EventListView } from '@/components/timeline/EventList';
import { DEFER_GRAPH_FROM, LazyActorGraph as LazyActorGraphView } from '@/components/graph/LazyActorGraph';
import { ActorList as ActorListView } from '@/components/graph/ActorList';
import { RelationFilter } from '@/components/graph/RelationFilter';
import { useStableCallback } from '@/components/useStableCallback';
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

// The views that draw every event or actor render again only when their own props change (their handlers are stable: useStableCallback).
const Timeline = memo(TimelineView);
const EventList = memo(EventListView);
const LazyActorGraph = memo(LazyActorGraphView);
const ActorList = memo(ActorListView);

export interface ExplorerProps {
  /** Where the drawing data is (lib/explorer-payload); `/data/explorer.json` by default. */
  payloadUrl?: string;
  /** Where the words of its timeline are; `/data/timeline-text.json` by default. */
  textUrl?: string;
}

/** Fetches the drawing data, then hands it to the views. */
export default function Explorer({ payloadUrl = shardUrl.payload, textUrl = shardUrl.timelineText }: ExplorerProps) {
  const { payload, text, error } = useExplorerPayload(payloadUrl, textUrl);
  const words = EXPLORER_STRINGS[useLang()];
  if (payload) return <ExplorerViews payload={payload} text={text} />;
  return (
    <p className="page" role={error ? 'alert' : 'status'}>
      {error ? words.loadFailed(error) : words.loadingRecords}
    </p>
  );
}

function ExplorerViews({ payload, text }: { payload: ExplorerPayload; text: Pending<EventWords> }) {
  const { actors, sources, graph: graphColumns, positions } = payload;
  const sequence = useLoadSequence(actors.length >= DEFER_GRAPH_FROM || sources.length >= DEFER_GRAPH_FROM);
  const { records: timeline, hasText, textError } = useTimelineColumns(payload.timeline, text, sequence.rest);
  const days = useMemo(() => ({ earliest: payload.timeline.earliest, latest: payload.timeline.latest, open: OPEN_DAY }), [payload.timeline]);
  const lookups = useMemo(() => shardLookups(graphColumns), [graphColumns]);
  // Built when first read: a large page's graph is drawn after its timeline; the filter's counts come with the payload.
  const fullGraph = useMemo(() => lazyValue(() => graphFromColumns(graphColumns, days)), [graphColumns, days]);
  const edgeIds = useMemo(() => lazyValue(() => new Set(fullGraph().edges.map((e) => e.id))), [fullGraph]);
  // Events and statements are looked up in the lookups' maps, built only when the URL names one.
  const known: KnownIds = useMemo(
    () => ({
      actorIds: { has: (id) => lookups.actorNo.has(id) },
      eventIds: { has: (id) => lookups.eventNo.has(id) },
      statementIds: { has: (id) => lookups.statementEvent.has(id) },
      sourceIds: new Set(sources.map((s) => s.id)),
      relationTypes: new Set(Object.keys(RELATION_TYPES)),
      edgeIds: { has: (id) => edgeIds().has(id) },
    }),
    [lookups, sources, edgeIds],
  );
  const { state, notices, update, follower } = useViewState(known);
  const lang = useLang();
  const words = EXPLORER_STRINGS[lang];
  const [readerFocusRequest, setReaderFocusRequest] = useState(0);
  const [searchQuery, setSearchQuery] = useState(state.q);
  const search = useSearch(state.q !== '', searchQuery);
  // The lookups (and the panel's region names) are not made before the first drawings, which read none of them, but once they are done (./useLoadSequence), so a first selection does not wait for them.
  const { rest } = sequence;
  useEffect(() => {
    if (!rest) return;
    warmShardLookups(lookups);
    warmRegionNames(lang);
  }, [rest, lookups, lang]);

  const window = useMemo(() => ({ from: state.from, to: state.to }), [state.from, state.to]);
  const windowed = state.from !== null || state.to !== null;
  // What "Add this view as a step" turns into a step: the selection and the brushed period.
  const stepView = useMemo(
    () => ({ actor: state.actor, event: state.event, from: state.from, to: state.to }),
    [state.actor, state.event, state.from, state.to],
  );
  const typeFilter = useMemo(() => (state.relationTypes ? new Set(state.relationTypes) : null), [state.relationTypes]);
  const graph = useMemo(
    () => (windowed || typeFilter ? lazyValue(() => graphFromColumns(graphColumns, days, { window, relationTypes: typeFilter })) : fullGraph),
    [graphColumns, days, window, windowed, typeFilter, fullGraph],
  );
  const edge = state.edge ? graph().edges.find((e) => e.id === state.edge) ?? fullGraph().edges.find((e) => e.id === state.edge) ?? null : null;

  // The records a selection needs: an actor's own shard, a quiet actor's source, or event chunks (lib/shard-plan).
  const shardsFor = useCallback(
    (selection: ViewSelection) => detailShardUrls(graphColumns, lookups, days, actors, selection, windowed ? window : null, shardUrl),
    [graphColumns, lookups, days, actors, windowed, window],
  );
  const detailUrls = useMemo(
    () => shardsFor({ event: state.event, statement: state.statement, actor: state.actor, edgeEvents: edge?.events ?? null }),
    [shardsFor, state.event, state.statement, state.actor, edge],
  );
  const detail = useDetailScope(detailUrls);
  // The selected actor's number in the page's columns (its node, its summary); -1 for none.
  const actorNumber = state.actor ? (lookups.actorNo.get(state.actor) ?? -1) : -1;
  const index = detail.index;
  const actorNode = actorNumber >= 0 ? fullGraph().nodes[actorNumber] : undefined;
  const actorTotals = actorNode ? { events: actorNode.eventCount, statements: actorNode.statementCount } : null;
  const selectedActor = actors[actorNumber] ?? null;
  // An actor's shard names the other actors its records mention by id: the panel names them from the page's summaries.
  const actorNames = useCallback((id: string) => actors[lookups.actorNo.get(id) ?? -1], [actors, lookups]);

  const selectedEvent = state.event ? index.events.get(state.event) ?? null : null;
  const selectedStatement = state.statement ? index.statements.get(state.statement) ?? null : null;
  const highlightActorIds = useMemo(() => selectedEvent?.participants.map((p) => p.actor) ?? [], [selectedEvent]);

  // The passage the reader should scroll to: the one the user opened, else the selected statement's words, else the event's first evidence.
  const opened: Passage | null =
    state.passage && state.source ? { source: state.source, position: state.passage, quote: { exact: '', prefix: '', suffix: '' } } : null;
  const focus: Passage | null = opened ?? selectedStatement?.passage ?? selectedEvent?.evidence[0] ?? null;
  const readerSource = state.source ?? focus?.source ?? sources[0]?.id ?? null;
  // The reader's source is fetched once the reader is mounted (./useLoadSequence), not while the first drawings are made.
  const readerUrls = useMemo(() => (rest && readerSource ? [shardUrl.source(readerSource)] : []), [rest, readerSource]);
  const reader = useDetailScope(readerUrls);
  const readerSelection: PassageOwner | null = selectedStatement
    ? { kind: 'statement', id: selectedStatement.id }
    : selectedEvent
      ? { kind: 'event', id: selectedEvent.id }
      : state.actor
        ? { kind: 'actor', id: state.actor }
        : null;

  // A new selection forgets the passage opened for the previous one, and drops an actor's still waiting for its records.
  const recordsFirst = useRecordsFirst();
  // Stable, so an actor's selection applied once its records are here (./useRecordsFirst) meets the state of that moment, not the click's.
  const applySelection = useStableCallback((patch: Partial<ViewState>) => update({ passage: null, ...patch }));
  const select = (patch: Partial<ViewState>) => {
    recordsFirst.cancel();
    applySelection(patch);
  };
  // A selection's records are asked for in the click's own handler: waiting for the render of the new URL state
  // started the fetch 65-110 ms after the click at 100,000 events (the bench's trace). The store fetches each once.
  const prefetchDetail = (selection: ViewSelection) => {
    for (const url of shardsFor(selection)) void fetchShard(url).catch(() => undefined);
  };
  // An actor's records are one shard of a few hundred KB at most: its selection waits for them (./useRecordsFirst).
  // An event's chunk is up to ~1 MB, so an event is selected at once and its panel says it is loading.
  const selectActor = useStableCallback((id: string | null) => {
    const patch = { actor: id, event: null, statement: null, edge: null };
    if (id) recordsFirst.when(shardsFor({ actor: id, event: null, statement: null, edgeEvents: null }), () => applySelection(patch));
    else select(patch);
  });
  const selectEvent = useStableCallback((id: string | null) => {
    if (id) prefetchDetail({ actor: state.actor, event: id, statement: null, edgeEvents: null });
    select({ event: id, statement: null, edge: null, source: null });
  });
  // Pressing an actor (pointer down) fetches its records ahead of the click that selects it.
  const prefetchActor = useStableCallback((id: string) => prefetchDetail({ actor: id, event: null, statement: null, edgeEvents: null }));
  const selectEdge = useStableCallback((id: string | null) => select({ edge: id, event: null, statement: null }));
  const setLanesMode = useStableCallback((lanes: ViewState['lanes']) => update({ lanes }, { replace: true }));
  const setWindow = useStableCallback((w: { from: string | null; to: string | null } | null) => update({ from: w?.from ?? null, to: w?.to ?? null }));
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
      // The reader's shard holds every record citing its source, the statement included.
      const s = reader.index.statements.get(owner.id) ?? index.statements.get(owner.id);
      select({ statement: owner.id, event: s?.event ?? null, actor: s?.speaker ?? state.actor, edge: null });
    } else if (owner.kind === 'actor') select({ actor: owner.id, event: null, statement: null, edge: null });
  };

  return (
    <div className="explorer" data-busy={detail.busy || reader.busy ? 'true' : 'false'}>
      {follower}
      <div className="explorer-bar">
        <SearchBox
          results={search.results}
          resultsFor={search.resultsFor}
          awaitAnswer={search.awaitAnswer}
          coverage={search.coverage}
          onQueryChange={setSearchQuery}
          onWantIndex={search.want}
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
            sources={sources}
            detail={windowed ? periodLabel(window, lang) : undefined}
          />
        </details>
        <Timeline
          events={timeline}
          actors={actors}
          locale={lang}
          lanesMode={state.lanes}
          onLanesModeChange={setLanesMode}
          selectedEventId={state.event}
          highlightActorId={state.actor}
          highlightEventIds={edge?.events}
          window={window}
          onSelectEvent={selectEvent}
          onWindowChange={setWindow}
          textPending={!hasText}
          onFirstDrawing={sequence.timelineDrawn.fire}
        />
      </section>

      <aside className="explorer-detail" aria-label={words.details}>
        <DetailPanel
          index={index}
          busy={detail.busy}
          error={detail.error ?? reader.error ?? textError}
          actorTotals={actorTotals}
          actorSummary={selectedActor}
          actorNames={actorNames}
          state={state}
          edge={edge}
          onSelectActor={selectActor}
          onSelectEvent={selectEvent}
          onOpenPassage={openPassage}
        />
      </aside>

      <section className="explorer-graph" aria-labelledby="graph-heading">
        <h2 id="graph-heading">{words.graph}</h2>
        <RelationFilter counts={payload.relationCounts} value={state.relationTypes} onChange={(relationTypes) => update({ relationTypes })} />
        <LazyActorGraph
          timelineDrawn={sequence.timelineDrawn}
          onFirstDrawing={sequence.graphDrawn.fire}
          graph={graph}
          actors={actors}
          positions={positions}
          showAffiliations={!windowed}
          selectedActorId={state.actor}
          highlightActorIds={highlightActorIds}
          selectedEdgeId={state.edge}
          relationTypes={state.relationTypes}
          onSelectActor={selectActor}
          onSelectEdge={selectEdge}
          onActorPressStart={prefetchActor}
        />
      </section>

      <section className="explorer-reader" aria-labelledby="reader-heading">
        <h2 id="reader-heading">{words.reader}</h2>
        {/* A tab per source: thousands of them (12,000 boxes to lay out at 100,000 events) wait until the timeline and the graph have drawn. */}
        {rest ? (
          <ReaderPane
            index={reader.index}
            sources={sources}
            busy={reader.busy}
            sourceId={readerSource}
            onSourceChange={(source) => update({ source, passage: null }, { replace: true })}
            selected={readerSelection}
            focus={focus}
            focusRequest={readerFocusRequest}
            onSelect={selectOwner}
          />
        ) : (
          <p role="status">{words.loadingRecords}</p>
        )}
      </section>

      <section className="explorer-lists" aria-label={words.lists}>
        <div>
          <h2 id="event-list-heading">{words.eventList}</h2>
          {/* Below the fold, and its date order sorts every event: it waits for the first drawings like the actor list. */}
          {rest ? (
            <EventList
              events={timeline}
              actors={actors}
              selectedEventId={state.event}
              highlightActorId={state.actor}
              highlightEventIds={edge?.events}
              onSelectEvent={selectEvent}
              locale={lang}
              labelledBy="event-list-heading"
              textPending={!hasText}
            />
          ) : (
            <p role="status">{words.loadingRecords}</p>
          )}
        </div>
        <div>
          <h2 id="actor-list-heading">{words.actorList}</h2>
          {rest ? (
            <ActorList graph={graph()} actors={actors} selectedActorId={state.actor} highlightActorIds={highlightActorIds} onSelectActor={selectActor} onPressStart={prefetchActor} />
          ) : (
            <p role="status">{words.loadingRecords}</p>
          )}
        </div>
      </section>
    </div>
  );
}
