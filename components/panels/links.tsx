'use client';
/**
 * Navigation between records. In the explorer a click changes the selection
 * (a callback); on a standalone page there is no callback and the same
 * control is a link to the record's page. One component makes that choice so
 * every panel behaves the same way in both places.
 */
import type { ReactNode } from 'react';
import type { Actor, AtharEvent } from '@/lib/schema';
import { lookup, type Lookup } from './lookup';
import { LangLink } from '@/components/i18n/LangLink';
import { recordPagePath } from '@/lib/record-paths';
import { useLang } from '@/components/i18n/lang-context';
import { PANEL_STRINGS } from './strings';

export interface ActionLinkProps {
  /** Called on activation; when given, the control is a button. */
  onAction?: () => void;
  /** Where to go when there is no `onAction`. */
  href: string;
  className?: string;
  children: ReactNode;
}

/** A button when there is something to call, otherwise a link. */
export function ActionLink({ onAction, href, className, children }: ActionLinkProps) {
  const classes = `panel-action${className ? ` ${className}` : ''}`;
  if (onAction) {
    return (
      <button type="button" className={classes} onClick={onAction}>
        {children}
      </button>
    );
  }
  return (
    <LangLink className={classes} href={href}>
      {children}
    </LangLink>
  );
}

/**
 * An actor's name as the text writes it (Arabic, isolated so it cannot
 * reorder the English around it) with the English name after it.
 */
export function ActorName({ actor }: { actor: Pick<Actor, 'name'> }) {
  return (
    <>
      <bdi className="ar-inline" lang="ar" dir="rtl">
        {actor.name.ar}
      </bdi>{' '}
      <span className="panel-en-name" lang="en">
        {actor.name.en}
      </span>
    </>
  );
}

/** What a panel needs of an actor it only names: a full record, or the summary the explorer's page holds of every actor. */
export type NamedActor = Pick<Actor, 'id' | 'name'>;

export interface ActorLinkProps {
  /** The actor's id; an id the lookup does not know is shown as such, not hidden. */
  id: string;
  actorsById: Lookup<NamedActor>;
  onSelectActor?: (id: string) => void;
}

/** A link to an actor, named in Arabic and English. */
export function ActorLink({ id, actorsById, onSelectActor }: ActorLinkProps) {
  const words = PANEL_STRINGS[useLang()];
  const actor = lookup(actorsById, id);
  if (!actor) return <span className="panel-missing">{words.unknownActor(id)}</span>;
  return (
    <ActionLink
      className="panel-actor-link"
      href={recordPagePath('actor', id)}
      onAction={onSelectActor && (() => onSelectActor(id))}
    >
      <ActorName actor={actor} />
    </ActionLink>
  );
}

export interface EventLinkProps {
  event: Pick<AtharEvent, 'id' | 'title'>;
  onSelectEvent?: (id: string) => void;
  children?: ReactNode;
}

/** A link to an event, by its title in the interface language unless `children` says otherwise. */
export function EventLink({ event, onSelectEvent, children }: EventLinkProps) {
  const lang = useLang();
  return (
    <ActionLink
      className="panel-event-link"
      href={recordPagePath('event', event.id)}
      onAction={onSelectEvent && (() => onSelectEvent(event.id))}
    >
      {children ?? (lang === 'ar' ? event.title.ar : event.title.en)}
    </ActionLink>
  );
}
