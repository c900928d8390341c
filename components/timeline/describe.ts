/**
 * An event in words: what the tooltip, the event list and the glyphs'
 * accessible names say about it. One place, so a screen-reader user hears
 * what a sighted user reads.
 */
import { formatFuzzyDate } from '@/components/panels/format-date';
import { isoDay } from '@/lib/day';
import type { ActorSummary } from '@/lib/actor-summary';
import { TEXT_PENDING } from '@/lib/columnar';
import type { TimelineEvent } from '@/lib/timeline-model';
import type { Emphasis } from '@/lib/timeline/emphasis';
import { STRINGS, type UiLocale } from './strings';

/** The resolved interval in words: "14 May 2013", "Jun–Aug 2013 (season)", "until 15 May 2013 (open start)". */
export function resolvedDate(event: TimelineEvent, locale: UiLocale): string {
  const iso = (day: number | null) => (day === null ? null : isoDay(day));
  return formatFuzzyDate({ earliest: iso(event.earliest), latest: iso(event.latest), precision: event.precision }, locale);
}

/** Participant names in the interface language; an id stands in for an actor missing from the list. */
export function participantNames(event: TimelineEvent, actorById: ReadonlyMap<string, ActorSummary>, locale: UiLocale): string[] {
  return event.participants.map((id) => actorById.get(id)?.name[locale] ?? id);
}

export function eventTitle(event: TimelineEvent, locale: UiLocale): string {
  return locale === 'ar' ? event.titleAr : event.title;
}

export interface EventDescription {
  title: string;
  /** The other language's title, shown beside it. */
  otherTitle: string;
  /** The date as written in the source, always Arabic. */
  expression: string;
  resolved: string;
  precision: string;
  status: string;
  participants: string[];
  sources: string;
  fromContext: boolean;
  placed: boolean;
}

export function describeEvent(event: TimelineEvent, actorById: ReadonlyMap<string, ActorSummary>, locale: UiLocale): EventDescription {
  const words = STRINGS[locale];
  // The words come after the records on a large data set (lib/columnar): until then one placeholder, said once.
  const pending = event.title === TEXT_PENDING;
  const title = pending ? words.titlePending : eventTitle(event, locale);
  return {
    title,
    otherTitle: pending ? title : locale === 'ar' ? event.title : event.titleAr,
    expression: event.expression,
    resolved: resolvedDate(event, locale),
    precision: words.precision[event.precision],
    status: words.status[event.status],
    participants: participantNames(event, actorById, locale),
    sources: words.sources(event.sourceCount),
    fromContext: event.dateFromContext,
    placed: event.earliest !== null || event.latest !== null,
  };
}

/**
 * `describeEvent` with a memory: each event is described the first time it is
 * asked for (a tooltip, a hit region in view), so a large data set is never
 * described all at once. Kept by record, not id: the record that brings an
 * event's words is a new one, and is described anew.
 */
export function cachedDescriber(actorById: ReadonlyMap<string, ActorSummary>, locale: UiLocale): (event: TimelineEvent) => EventDescription {
  const cache = new WeakMap<TimelineEvent, EventDescription>();
  return (event) => {
    let description = cache.get(event);
    if (!description) {
      description = describeEvent(event, actorById, locale);
      cache.set(event, description);
    }
    return description;
  };
}

/**
 * One line for an accessible name: title, resolved date, status, precision,
 * corroboration and, when a highlight is active, whether this event is in it.
 */
export function accessibleSummary(description: EventDescription, emphasis: Emphasis, locale: UiLocale): string {
  const words = STRINGS[locale];
  const sep = locale === 'ar' ? '، ' : ', ';
  const parts = [
    description.title,
    description.resolved,
    description.status,
    `${words.precisionLabel}: ${description.precision}`,
    description.sources,
  ];
  if (emphasis !== 'normal') parts.push(emphasis === 'highlighted' ? words.highlighted : words.dimmed);
  return parts.join(sep);
}
