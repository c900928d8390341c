'use client';
/**
 * Everything the sources say about one actor: names and titles as written,
 * then every statement the actor made, in date order, each with its Arabic
 * words, the analyst's gloss and the source; then the events the actor takes
 * part in. What only the analyst knows is badged as such.
 */
import { Heading } from './Heading';
import type { Actor, AtharEvent, Passage, Source, Statement } from '@/lib/schema';
import { eventOrder, type PassageOwner } from '@/lib/query';
import { AnalystNotes } from './AnalystNote';
import { EvidencePassage } from './EvidencePassage';
import { formatFuzzyDate } from './format-date';
import { ActorLink, EventLink, type NamedActor } from './links';
import { useLang } from '@/components/i18n/lang-context';
import { LangLink } from '@/components/i18n/LangLink';
import type { Lang } from '@/lib/url-state';
import { PANEL_STRINGS } from './strings';
import { useFirstItems } from './useFirstItems';
import { lookup, type Lookup } from './lookup';
import { StatementItem } from './StatementItem';
import './panels.css';

export interface ActorPanelProps {
  actor: Actor;
  /** The actor's statements (`index.statementsBySpeaker.get(id)`); sorted here by the date of their events. */
  statements: readonly Statement[];
  /** Events the actor takes part in (`index.eventsByActor.get(id)`), in date order; on a record page only the first of them (see eventTotal). */
  events: readonly AtharEvent[];
  /**
   * How many events the actor takes part in when `events` holds only the
   * first of them: a record page bounds its list, since a busy actor of a
   * large dataset has thousands. The heading counts them all, and a line
   * under the list says how many it shows and links to `allEventsHref`.
   */
  eventTotal?: number;
  /** Where every event of the actor can be read (the explorer filtered to it); linked when the list is cut. */
  allEventsHref?: string;
  /** Every event by id (`index.events`), for the statements' dates; defaults to `events`. */
  eventsById?: Lookup<AtharEvent>;
  /** The actors it names, by id (affiliation, addressees, relaying agencies): `index.actors`, or in the explorer the page's summaries where its shard has no full record (lib/dataset-shards `actorShard`). */
  actorsById: Lookup<NamedActor>;
  /** Every source by id (`index.sources`): titles and publication dates. */
  sourcesById: Lookup<Source>;
  /** Opens the reader at a passage; `owner` says what the passage supports. Without it, passages link to their source page. */
  onOpenPassage?: (passage: Passage, owner: PassageOwner) => void;
  /** Selects an event; without it, events link to their page. */
  onSelectEvent?: (id: string) => void;
  /** Selects another actor; without it, actors link to their page. */
  onSelectActor?: (id: string) => void;
  /** Level of the title heading: 1 on a record's own page, 2 (default) inside the explorer. */
  headingLevel?: 1 | 2 | 3;
  /** Render the lists' first items with the panel and the rest a moment later (./useFirstItems): the explorer, not a record page. */
  progressive?: boolean;
}

/**
 * The runtime's region names, one formatter per language, null where it has
 * none. Made once: a panel made one on every render (0.4 ms), and the page's
 * first took ~5 ms at its first selection at 100,000 events (a CPU profile),
 * loading the names; the explorer makes it at its first idle moment
 * (`warmRegionNames`).
 */
const regionNames = new Map<Lang, Intl.DisplayNames | null>();
function regionNamesFor(lang: Lang): Intl.DisplayNames | null {
  if (!regionNames.has(lang)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      // No region names in this runtime: countries show as their codes.
    }
    regionNames.set(lang, names);
  }
  return regionNames.get(lang) ?? null;
}

/** Makes the region names of `lang` now, at an idle moment, so the first actor panel does not wait for them. */
export function warmRegionNames(lang: Lang): void {
  regionNamesFor(lang);
}

/** "United States (US)"; the bare code when the runtime has no region names. */
function countryName(code: string, lang: Lang): string {
  try {
    const name = regionNamesFor(lang)?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** Statements in the date order of their events; stable, unknown events last. */
function inDateOrder(statements: readonly Statement[], eventOf: (id: string) => AtharEvent | undefined): Statement[] {
  return [...statements].sort((a, b) => {
    const ea = eventOf(a.event);
    const eb = eventOf(b.event);
    if (!ea || !eb) return (ea ? 0 : 1) - (eb ? 0 : 1);
    return eventOrder(ea, eb);
  });
}

/** Passages behind a fact, folded away so the panel stays short but every fact stays traceable. */
function Evidence({ label, passages, sourcesById, open }: {
  label: string;
  passages: readonly Passage[];
  sourcesById: Lookup<Source>;
  open?: (passage: Passage) => void;
}) {
  return (
    <details className="panel-evidence-fold">
      <summary>
        {label} ({passages.length})
      </summary>
      {passages.map((p, i) => (
        <EvidencePassage key={`${i}:${p.source}:${p.position.start}`} passage={p} source={lookup(sourcesById, p.source)} onOpen={open} />
      ))}
    </details>
  );
}

export function ActorPanel(props: ActorPanelProps) {
  const { actor, statements, events, actorsById, sourcesById, onOpenPassage, onSelectEvent, onSelectActor } = props;
  const eventOf = (id: string) => (props.eventsById ? lookup(props.eventsById, id) : events.find((e) => e.id === id));
  const owner: PassageOwner = { kind: 'actor', id: actor.id };
  const open = onOpenPassage && ((passage: Passage) => onOpenPassage(passage, owner));
  const ordered = inDateOrder(statements, eventOf);
  const eventTotal = Math.max(props.eventTotal ?? events.length, events.length);
  const lang = useLang();
  const words = PANEL_STRINGS[lang];
  // One budget for both lists, statements first as the panel shows them.
  const rendered = useFirstItems(ordered.length + events.length, actor.id, props.progressive ?? false);
  const statementsNow = ordered.slice(0, rendered);
  const eventsNow = events.slice(0, Math.max(0, rendered - ordered.length));

  return (
    <section className="panel panel-actor" aria-labelledby={`actor-${actor.id}-name`}>
      <header className="panel-header">
        <ActorTitle actor={actor} level={props.headingLevel ?? 2} />
        <p className="panel-tags">
          <span className="tag">{words.kinds[actor.kind]}</span>{' '}
          <span className="tag">{actor.country ? countryName(actor.country, lang) : words.noCountry}</span>
        </p>
      </header>

      <dl className="panel-facts">
        {actor.role && (
          <>
            <dt>{words.role}</dt>
            <dd>
              <bdi className="ar-inline" lang="ar" dir="rtl">
                {actor.role.ar}
              </bdi>{' '}
              — {actor.role.en}
              <Evidence label={words.whereTextSays} passages={actor.role.evidence} sourcesById={sourcesById} open={open} />
            </dd>
          </>
        )}
        {actor.affiliation && (
          <>
            <dt>{words.affiliation}</dt>
            <dd>
              <ActorLink id={actor.affiliation.actor} actorsById={actorsById} onSelectActor={onSelectActor} />
              <Evidence label={words.whereTextSays} passages={actor.affiliation.evidence} sourcesById={sourcesById} open={open} />
            </dd>
          </>
        )}
        <dt>{words.writtenAs}</dt>
        <dd>
          <ul className="panel-aliases">
            {actor.aliases.map((alias, i) => (
              <li key={`${i}:${alias}`} className="ar" lang="ar" dir="rtl">
                {alias}
              </li>
            ))}
          </ul>
          <Evidence label={words.mentions} passages={actor.mentions} sourcesById={sourcesById} open={open} />
        </dd>
      </dl>

      <AnalystNotes notes={actor.analystNotes} />

      {/* Sub-sections are titled by headings, not made landmarks: a page with two panels would repeat their names. */}
      <section className="panel-section">
        <h3 className="panel-subheading">{words.statements(ordered.length)}</h3>
        {ordered.length === 0 && <p className="panel-empty">{words.noStatements}</p>}
        <ol className="panel-statements">
          {statementsNow.map((s) => (
            <li key={s.id}>
              <StatementItem
                statement={s}
                event={eventOf(s.event)}
                source={lookup(sourcesById, s.passage.source)}
                actorsById={actorsById}
                onOpenPassage={onOpenPassage}
                onSelectActor={onSelectActor}
                onSelectEvent={onSelectEvent}
                showSpeaker={false}
              />
            </li>
          ))}
        </ol>
      </section>

      <section className="panel-section">
        <h3 className="panel-subheading">{words.events(eventTotal)}</h3>
        <ul className="panel-events">
          {eventsNow.map((e) => (
            <li key={e.id}>
              <EventLink event={e} onSelectEvent={onSelectEvent} />{' '}
              <span className="panel-muted">
                {formatFuzzyDate(e.date, lang)} ·{' '}
                {e.participants
                  .filter((p) => p.actor === actor.id)
                  .map((p) => words.roles[p.role])
                  .join(words.listSeparator)}
              </span>
            </li>
          ))}
        </ul>
        {eventTotal > events.length && (
          <p className="panel-more">
            {words.eventsShown(events.length, eventTotal)}
            {props.allEventsHref && (
              <>
                {' '}
                <LangLink href={props.allEventsHref}>{words.allEventsInExplorer}</LangLink>
              </>
            )}
          </p>
        )}
      </section>
    </section>
  );
}

/** An actor's panel title, both names; the explorer shows it alone while the panel's records load. */
export function ActorTitle({ actor, level }: { actor: Pick<Actor, 'id' | 'name'>; level: 1 | 2 | 3 }) {
  return (
    <Heading level={level} id={`actor-${actor.id}-name`} className="panel-title">
      <bdi className="ar-inline panel-title-ar" lang="ar" dir="rtl">
        {actor.name.ar}
      </bdi>{' '}
      <span className="panel-title-en" lang="en">
        {actor.name.en}
      </span>
    </Heading>
  );
}
