'use client';
/**
 * The graph's DOM twin: every actor as a button, grouped by side, with both
 * names, kind and activity. It is how keyboard and screen-reader users select
 * an actor, and it shares the selection with the canvas: the same
 * `selectedActorId`, the same participants highlighted. A side with more
 * than ROWS_PER_PAGE actors lists them a page at a time ("show more"), the
 * selected and highlighted ones always.
 */
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { Lang } from '@/lib/url-state';
import type { ActorGraph } from '@/lib/graph';
import type { ActorSummary } from '@/lib/actor-summary';
import { SIDES, SIDE_LABELS, sideOf, type Side } from '@/lib/timeline-model';
import { countryColor } from '@/components/theme';
import { KindIcon } from './GraphLegend';
import { nodeLookup } from './elements';
import './graph.css';
import { useLang } from '@/components/i18n/lang-context';
import { GRAPH_STRINGS } from './strings';
import { PANEL_STRINGS } from '@/components/panels/strings';
import { Bilingual } from '@/components/i18n/Bilingual';
import { restingIntent, type RestingIntent } from './resting-intent';
import { useStableCallback } from '@/components/useStableCallback';
import { usePages } from '@/components/usePages';

export interface ActorListProps {
  actors: ActorSummary[];
  /** The same graph as the canvas; gives the event and statement counts. */
  graph: ActorGraph;
  selectedActorId: string | null;
  /** Participants of the selected event. */
  highlightActorIds: string[];
  /** Called with the actor's id, or null when the selected actor is pressed again. */
  onSelectActor: (actorId: string | null) => void;
  /**
   * Called when a reader is about to pick an actor not yet selected: a press
   * on it begins (pointer down, the 80-150 ms a person holds a button before
   * the click), or the pointer rests on it (./resting-intent).
   * The explorer starts fetching its records then.
   */
  onPressStart?: (actorId: string) => void;
}

/** Actors by side in the timeline's lane order, each group by English name. */
function groupBySide(actors: readonly ActorSummary[]): { side: Side; actors: ActorSummary[] }[] {
  const groups = new Map<Side, ActorSummary[]>();
  for (const actor of actors) {
    const side = sideOf(actor);
    const group = groups.get(side);
    if (group) group.push(actor);
    else groups.set(side, [actor]);
  }
  return SIDES.filter((side) => groups.has(side)).map((side) => ({
    side,
    actors: (groups.get(side) ?? []).sort((a, b) => a.name.en.localeCompare(b.name.en)),
  }));
}

/** The actor of the row under an event's target, unless it is the selected one (a press on it clears the selection). */
function unselectedActorAt(target: EventTarget): string | null {
  const row = target instanceof Element ? target.closest('button[data-actor-id]') : null;
  if (!row || row.getAttribute('aria-pressed') === 'true') return null;
  return row.getAttribute('data-actor-id');
}

export function ActorList({ actors, graph, selectedActorId, highlightActorIds, onSelectActor, onPressStart }: ActorListProps) {
  const idPrefix = useId();
  const counts = useMemo(() => nodeLookup(graph, actors), [graph, actors]);
  const groups = useMemo(() => groupBySide(actors), [actors]);
  const highlighted = new Set(highlightActorIds);
  const lang = useLang();
  const words = GRAPH_STRINGS[lang];
  const highlightedNames = actors.filter((a) => highlighted.has(a.id)).map((a) => a.name[lang]);
  // One callback for the list's life: with thousands of actors, a new closure per render would redraw every row on every click.
  const select = useRef(onSelectActor);
  useLayoutEffect(() => {
    select.current = onSelectActor;
  });
  const onPress = useCallback((id: string | null) => select.current(id), []);
  const askFor = useStableCallback((id: string) => onPressStart?.(id));
  const intent = useRef<RestingIntent | null>(null);
  useEffect(() => {
    const made = restingIntent(askFor);
    intent.current = made;
    return () => {
      made.dispose();
      intent.current = null;
    };
  }, [askFor]);
  // One listener for every row: the row's button says which actor, and whether it is the selected one (pressing it clears).
  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    // The press asks for the records itself: a rest still waiting would ask again.
    intent.current?.asked();
    const id = unselectedActorAt(event.target);
    if (id) onPressStart?.(id);
  };
  const rest = (event: ReactPointerEvent<HTMLElement>) => intent.current?.rest(unselectedActorAt(event.target));
  const away = () => intent.current?.rest(null);

  return (
    <section
      className="actor-list"
      aria-label={words.actorList}
      onPointerDown={onPressStart ? onPointerDown : undefined}
      onPointerOver={onPressStart ? rest : undefined}
      onPointerLeave={onPressStart ? away : undefined}
    >
      {/* Polite: tells screen-reader users what the graph now highlights without moving their focus. */}
      <p className="actor-list__status" aria-live="polite">
        {highlightedNames.length > 0 ? words.takePart(highlightedNames) : ''}
      </p>
      {groups.map(({ side, actors: members }) => (
        <section key={side} className="actor-list__group" aria-labelledby={`${idPrefix}-${side}`}>
          <h3 id={`${idPrefix}-${side}`} className="actor-list__side">
            <Bilingual en={SIDE_LABELS[side].en} ar={SIDE_LABELS[side].ar} />
          </h3>
          <ActorGroupRows
            members={members}
            counts={counts}
            selectedActorId={selectedActorId}
            highlighted={highlighted}
            lang={lang}
            onPress={onPress}
          />
        </section>
      ))}
    </section>
  );
}

/** Rows a group lists at first and adds per press of "show more": thousands of rows would cost seconds of layout. */
export const ROWS_PER_PAGE = 48;

interface ActorGroupRowsProps {
  members: ActorSummary[];
  /** The graph's counts for an actor (../elements nodeLookup). */
  counts: (id: string) => { eventCount: number; statementCount: number } | undefined;
  selectedActorId: string | null;
  highlighted: ReadonlySet<string>;
  lang: Lang;
  onPress: (actorId: string | null) => void;
}

/** A group's rows: the first pages by name, plus the selected and highlighted actors wherever they sort. */
function ActorGroupRows({ members, counts, selectedActorId, highlighted, lang, onPress }: ActorGroupRowsProps) {
  const pages = usePages(members, ROWS_PER_PAGE, (a) => a.id === selectedActorId || highlighted.has(a.id));
  const words = GRAPH_STRINGS[lang];
  return (
    <>
      <ul>
        {pages.listed.map((actor) => {
          const count = counts(actor.id);
          return (
            <ActorListItem
              key={actor.id}
              actor={actor}
              events={count?.eventCount ?? 0}
              statements={count?.statementCount ?? 0}
              selected={actor.id === selectedActorId}
              highlighted={highlighted.has(actor.id)}
              lang={lang}
              onPress={onPress}
            />
          );
        })}
      </ul>
      {pages.more > 0 && (
        <button type="button" className="actor-list__more" onClick={pages.showMore}>
          {words.showMoreActors(pages.more, pages.paged, members.length)}
        </button>
      )}
    </>
  );
}

interface ActorListItemProps {
  actor: ActorSummary;
  events: number;
  statements: number;
  selected: boolean;
  highlighted: boolean;
  lang: Lang;
  onPress: (actorId: string | null) => void;
}

/** One row; redrawn only when its own counts or marks change. */
const ActorListItem = memo(function ActorListItem({ actor, events, statements, selected, highlighted, lang, onPress }: ActorListItemProps) {
  const words = GRAPH_STRINGS[lang];
  const className = ['actor-list__item', selected && 'is-selected', highlighted && 'is-highlighted'].filter(Boolean).join(' ');
  return (
    <li>
      <button type="button" className={className} aria-pressed={selected} data-actor-id={actor.id} onClick={() => onPress(selected ? null : actor.id)}>
        <KindIcon kind={actor.kind} color={countryColor(actor.country)} />
        <span className="actor-list__names">
          <span className="actor-list__en" lang="en">
            {actor.name.en}
          </span>
          <span className="actor-list__ar" lang="ar" dir="rtl">
            {actor.name.ar}
          </span>
        </span>
        <span className="actor-list__meta">{words.actorMeta(PANEL_STRINGS[lang].kinds[actor.kind], events, statements)}</span>
        {highlighted && <span className="actor-list__flag">{words.inSelectedEvent}</span>}
      </button>
    </li>
  );
});

export default ActorList;
