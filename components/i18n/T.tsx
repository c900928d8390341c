'use client';
/**
 * A word of the site's dictionary in the reader's language, for server
 * pages: they cannot read the language (it is in the URL, which a static
 * page only knows in the browser), so they place this client leaf instead
 * of the text.
 */
import { SITE_STRINGS, type SiteStrings } from './strings';
import { useLang } from './lang-context';

type TextKey = { [K in keyof SiteStrings]: SiteStrings[K] extends string ? K : never }[keyof SiteStrings];

export function T({ k }: { k: TextKey }) {
  return <>{SITE_STRINGS[useLang()][k]}</>;
}

/** `recordCounts` and the like: a dictionary function with its arguments. */
export function RecordCounts({ events, statements }: { events: number; statements: number }) {
  return <>{SITE_STRINGS[useLang()].recordCounts(events, statements)}</>;
}

/** Under a list of events cut short: how many of how many it shows. */
export function EventsListShown({ shown, total }: { shown: number; total: number }) {
  return <>{SITE_STRINGS[useLang()].eventsListShown(shown, total)}</>;
}

export function Basis({ basis }: { basis: 'stated' | 'inferred' }) {
  return <>{SITE_STRINGS[useLang()].basis[basis]}</>;
}
