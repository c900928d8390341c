'use client';
/**
 * One statement: who said what to whom, in the source's words, with the
 * analyst's gloss, the date of its event, whether the words are quoted or
 * reported, and who relays them. Shared by the actor and event panels so a
 * statement reads the same wherever it appears.
 */
import type { MouseEvent } from 'react';
import type { AtharEvent, Passage, Source, Statement } from '@/lib/schema';
import type { PassageOwner } from '@/lib/query';
import { DateSummary } from './DateSummary';
import { EvidencePassage } from './EvidencePassage';
import { useLang } from '@/components/i18n/lang-context';
import { PANEL_STRINGS } from './strings';
import { ActorLink, EventLink, type NamedActor } from './links';
import { lookup, type Lookup } from './lookup';

export interface StatementItemProps {
  statement: Statement;
  /** The statement's event (its date and title); undefined when the caller could not find it. */
  event: AtharEvent | undefined;
  /** The source of the statement's passage. */
  source: Source | undefined;
  /** The actors it names (speaker, addressee, relaying agency), by id. */
  actorsById: Lookup<NamedActor>;
  /** Opens the reader at the statement's words; a click anywhere on the statement calls it. */
  onOpenPassage?: (passage: Passage, owner: PassageOwner) => void;
  onSelectActor?: (id: string) => void;
  onSelectEvent?: (id: string) => void;
  /** Name the speaker (off in the speaker's own panel). */
  showSpeaker?: boolean;
  /** Link the event (off in the event's own panel). */
  showEvent?: boolean;
}

/**
 * Whether a click on the card should open the passage: not when it lands on a
 * control inside the card (that control has its own action) and not when the
 * user has just selected text, since analysts copy Arabic quotes.
 */
function isPlainClick(e: MouseEvent<HTMLElement>): boolean {
  const target = e.target as Element;
  if (target.closest('a, button, summary, input, select, textarea') !== null) return false;
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  return !selection || selection.isCollapsed;
}

export function StatementItem(props: StatementItemProps) {
  const { statement, event, source, actorsById, onOpenPassage, onSelectActor, onSelectEvent } = props;
  const { showSpeaker = true, showEvent = true } = props;
  const owner: PassageOwner = { kind: 'statement', id: statement.id };
  const open = onOpenPassage && ((passage: Passage) => onOpenPassage(passage, owner));
  const lang = useLang();
  const words = PANEL_STRINGS[lang];
  const speakerName = lookup(actorsById, statement.speaker)?.name[lang] ?? statement.speaker;

  return (
    <article
      className={`panel-statement${open ? ' panel-statement--opens' : ''}`}
      data-statement={statement.id}
      aria-label={words.statementBy(speakerName)}
      onClick={open && ((e) => isPlainClick(e) && open(statement.passage))}
    >
      <p className="panel-statement-meta">
        {showSpeaker && (
          <span className="panel-speaker">
            <ActorLink id={statement.speaker} actorsById={actorsById} onSelectActor={onSelectActor} />
          </span>
        )}
        {statement.addressee && (
          <span className="panel-addressee">
            {' '}
            <span className="panel-label">{words.to}</span>
            <ActorLink id={statement.addressee} actorsById={actorsById} onSelectActor={onSelectActor} />
          </span>
        )}{' '}
        <span className={`tag panel-mode panel-mode--${statement.mode}`}>{words.modes[statement.mode]}</span>
        {statement.reportedBy && (
          <span className="panel-reported-by">
            {' '}
            <span className="panel-label">{words.reportedBy}</span>
            <ActorLink id={statement.reportedBy} actorsById={actorsById} onSelectActor={onSelectActor} />
          </span>
        )}
      </p>
      <EvidencePassage passage={statement.passage} source={source} gloss={statement.gloss} onOpen={open} />
      <p className="panel-statement-when">
        {event ? <DateSummary date={event.date} /> : <span className="panel-missing">{words.unknownEvent(statement.event)}</span>}
        {event && showEvent && (
          <span className="panel-statement-event">
            {' '}
            <span className="panel-label">{words.event}</span>
            <EventLink event={event} onSelectEvent={onSelectEvent} />
          </span>
        )}
      </p>
    </article>
  );
}
