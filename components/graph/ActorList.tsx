'use client';
/**
 * The graph's DOM twin: every actor as a button, grouped by side, with both
 * names, kind and activity. It is how keyboard and screen-reader users select
 * an actor, and it shares the selection with the canvas: the same
 * `selectedActorId`, the same participants highlighted.
 */
import { useId, useMemo } from 'react';
import type { ActorGraph } from '@/lib/graph';
import type { Actor } from '@/lib/schema';
import { SIDES, SIDE_LABELS, sideOf, type Side } from '@/lib/timeline-model';
import { countryColor } from '@/components/theme';
import { KindIcon } from './GraphLegend';
import './graph.css';
import { useLang } from '@/components/i18n/lang-context';
import { GRAPH_STRINGS } from './strings';
import { PANEL_STRINGS } from '@/components/panels/strings';
import { Bilingual } from '@/components/i18n/Bilingual';

export interface ActorListProps {
  actors: Actor[];
  /** The same graph as the canvas; gives the event and statement counts. */
  graph: ActorGraph;
  selectedActorId: string | null;
  /** Participants of the selected event. */
  highlightActorIds: string[];
  /** Called with the actor's id, or null when the selected actor is pressed again. */
  onSelectActor: (actorId: string | null) => void;
}

/** Actors by side in the timeline's lane order, each group by English name. */
function groupBySide(actors: readonly Actor[]): { side: Side; actors: Actor[] }[] {
  const groups = new Map<Side, Actor[]>();
  for (const actor of actors) {
    const side = sideOf(actor);
    groups.set(side, [...(groups.get(side) ?? []), actor]);
  }
  return SIDES.filter((side) => groups.has(side)).map((side) => ({
    side,
    actors: (groups.get(side) ?? []).sort((a, b) => a.name.en.localeCompare(b.name.en)),
  }));
}

export function ActorList({ actors, graph, selectedActorId, highlightActorIds, onSelectActor }: ActorListProps) {
  const idPrefix = useId();
  const counts = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const groups = useMemo(() => groupBySide(actors), [actors]);
  const highlighted = new Set(highlightActorIds);
  const lang = useLang();
  const words = GRAPH_STRINGS[lang];
  const highlightedNames = actors.filter((a) => highlighted.has(a.id)).map((a) => a.name[lang]);

  return (
    <section className="actor-list" aria-label={words.actorList}>
      {/* Polite: tells screen-reader users what the graph now highlights without moving their focus. */}
      <p className="actor-list__status" aria-live="polite">
        {highlightedNames.length > 0 ? words.takePart(highlightedNames) : ''}
      </p>
      {groups.map(({ side, actors: members }) => (
        <section key={side} className="actor-list__group" aria-labelledby={`${idPrefix}-${side}`}>
          <h3 id={`${idPrefix}-${side}`} className="actor-list__side">
            <Bilingual en={SIDE_LABELS[side].en} ar={SIDE_LABELS[side].ar} />
          </h3>
          <ul>
            {members.map((actor) => {
              const count = counts.get(actor.id);
              const selected = actor.id === selectedActorId;
              const isHighlighted = highlighted.has(actor.id);
              const className = ['actor-list__item', selected && 'is-selected', isHighlighted && 'is-highlighted']
                .filter(Boolean)
                .join(' ');
              return (
                <li key={actor.id}>
                  <button
                    type="button"
                    className={className}
                    aria-pressed={selected}
                    data-actor-id={actor.id}
                    onClick={() => onSelectActor(selected ? null : actor.id)}
                  >
                    <KindIcon kind={actor.kind} color={countryColor(actor.country)} />
                    <span className="actor-list__names">
                      <span className="actor-list__en" lang="en">
                        {actor.name.en}
                      </span>
                      <span className="actor-list__ar" lang="ar" dir="rtl">
                        {actor.name.ar}
                      </span>
                    </span>
                    <span className="actor-list__meta">
                      {words.actorMeta(PANEL_STRINGS[lang].kinds[actor.kind], count?.eventCount ?? 0, count?.statementCount ?? 0)}
                    </span>
                    {isHighlighted && <span className="actor-list__flag">{words.inSelectedEvent}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

export default ActorList;
