'use client';
/**
 * One event and all that backs it: its type (with the CAMEO code), status,
 * the date as written and as resolved (with how it was resolved), who took
 * part, what was said, and every passage of evidence grouped by source, so
 * the reader sees at a glance whether more than one source tells of it.
 */
import { Heading } from './Heading';
import type { AtharEvent, Passage, Source, Statement } from '@/lib/schema';
import type { PassageOwner } from '@/lib/query';
import { AnalystNotes } from './AnalystNote';
import { DateSummary } from './DateSummary';
import { EvidencePassage } from './EvidencePassage';
import { ActorLink, type NamedActor } from './links';
import { useLang } from '@/components/i18n/lang-context';
import { PANEL_STRINGS } from './strings';
import { lookup, type Lookup } from './lookup';
import { SourceCitation } from './SourceCitation';
import { StatementItem } from './StatementItem';
import './panels.css';

export interface EventPanelProps {
  event: AtharEvent;
  /** The event's statements (`index.statementsByEvent.get(id)`), in the order given. */
  statements: readonly Statement[];
  /** Every actor by id (`index.actors`): participants, speakers, addressees. */
  actorsById: Lookup<NamedActor>;
  /** Every source by id (`index.sources`): titles, publication dates, the date's anchor. */
  sourcesById: Lookup<Source>;
  /** Opens the reader at a passage; `owner` says what it supports. Without it, passages link to their source page. */
  onOpenPassage?: (passage: Passage, owner: PassageOwner) => void;
  /** Selects an actor; without it, actors link to their page. */
  onSelectActor?: (id: string) => void;
  /** Level of the title heading: 1 on a record's own page, 2 (default) inside the explorer. */
  headingLevel?: 1 | 2 | 3;
}

/** Evidence by source, sources in the order their first passage appears in the record. */
export function groupBySource(passages: readonly Passage[]): Array<{ source: string; passages: Passage[] }> {
  const groups = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = groups.get(p.source);
    if (list) list.push(p);
    else groups.set(p.source, [p]);
  }
  return [...groups].map(([source, list]) => ({ source, passages: list }));
}

export function EventPanel({ event, statements, actorsById, sourcesById, onOpenPassage, onSelectActor, headingLevel = 2 }: EventPanelProps) {
  const owner: PassageOwner = { kind: 'event', id: event.id };
  const open = onOpenPassage && ((passage: Passage) => onOpenPassage(passage, owner));
  const groups = groupBySource(event.evidence);
  const lang = useLang();
  const words = PANEL_STRINGS[lang];
  const anchor = event.date.anchor;
  const titleId = `event-${event.id}-title`;

  return (
    <section className="panel panel-event" aria-labelledby={titleId}>
      <header className="panel-header">
        <Heading level={headingLevel} id={titleId} className="panel-title">
          {lang === 'ar' && (
            <>
              <bdi className="ar-inline panel-title-ar" lang="ar" dir="rtl">
                {event.title.ar}
              </bdi>{' '}
            </>
          )}
          <span className="panel-title-en" lang="en">
            {event.title.en}
          </span>
          {lang !== 'ar' && (
            <>
              {' '}
              <bdi className="ar-inline panel-title-ar" lang="ar" dir="rtl">
                {event.title.ar}
              </bdi>
            </>
          )}
        </Heading>
        <p className="panel-tags">
          <span className="tag">{words.eventTypes[event.type]}</span> <span className="tag">CAMEO {event.cameo}</span>{' '}
          <span className="tag">{words.status[event.status]}</span>
        </p>
      </header>

      <dl className="panel-facts">
        <dt>{words.date}</dt>
        <dd>
          <DateSummary date={event.date} detailed />
          {anchor && (
            <p className="panel-anchor">
              <span className="panel-label">{words.resolvedFromPublication}</span>
              <SourceCitation source={lookup(sourcesById, anchor)} sourceId={anchor} detailed />
            </p>
          )}
          <EvidencePassage passage={event.date.passage} source={lookup(sourcesById, event.date.passage.source)} onOpen={open} className="panel-passage--compact" />
        </dd>
        <dt>{words.summary}</dt>
        <dd>
          <span className="tag">{words.summaryTag}</span> <span lang="en">{event.summary}</span>
        </dd>
        <dt>{words.participants}</dt>
        <dd>
          <ul className="panel-participants">
            {event.participants.map((p) => (
              <li key={`${p.actor}:${p.role}`}>
                <ActorLink id={p.actor} actorsById={actorsById} onSelectActor={onSelectActor} />{' '}
                <span className="tag">{words.roles[p.role]}</span>
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      {/* Sub-sections are titled by headings, not made landmarks: a page with two panels would repeat their names. */}
      {statements.length > 0 && (
        <section className="panel-section">
          <h3 className="panel-subheading">{words.statements(statements.length)}</h3>
          <ol className="panel-statements">
            {statements.map((s) => (
              <li key={s.id}>
                <StatementItem
                  statement={s}
                  event={event}
                  source={lookup(sourcesById, s.passage.source)}
                  actorsById={actorsById}
                  onOpenPassage={onOpenPassage}
                  onSelectActor={onSelectActor}
                  showEvent={false}
                />
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="panel-section">
        <h3 className="panel-subheading">
          {words.evidence(event.evidence.length)}
        </h3>
        {groups.length >= 2 ? (
          <p className="panel-corroboration" data-sources={groups.length}>
            {words.corroborated(groups.length)}
          </p>
        ) : (
          <p className="panel-muted">{words.singleSource}</p>
        )}
        {groups.map((g) => (
          <section key={g.source} className="panel-source-group" data-source={g.source}>
            <SourceCitation as="h4" source={lookup(sourcesById, g.source)} sourceId={g.source} />
            {g.passages.map((p, i) => (
              <EvidencePassage key={`${i}:${p.position.start}`} passage={p} source={null} onOpen={open} />
            ))}
          </section>
        ))}
      </section>

      <AnalystNotes notes={event.analystNotes} />
    </section>
  );
}
