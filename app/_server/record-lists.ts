/**
 * How long a list a record page renders. The shipped dataset's busiest actor
 * takes part in 16 events, so its pages list everything; a busy actor of a
 * 100,000-event dataset takes part in over 20,000, and a page listing them
 * all is tens of megabytes of HTML and RSC payload that takes minutes to
 * render at build and seconds to open. Past the bound a page lists the first
 * RECORD_PAGE_LIST_LIMIT in date order, says how many there are, and links
 * to the explorer filtered to the record, where every one can be read.
 * The /events page, which lists every event, is bounded the same way.
 */
export const RECORD_PAGE_LIST_LIMIT = 200;

/** The bound of the /events list (every event of the dataset), as many as the build renders event pages for (STATIC_RECORD_PAGES). */
export const EVENTS_PAGE_LIST_LIMIT = 2000;

/** The first `limit` items and how many there are in all. */
export function boundedList<T>(items: readonly T[], limit: number = RECORD_PAGE_LIST_LIMIT): { shown: readonly T[]; total: number } {
  return { shown: items.length > limit ? items.slice(0, limit) : items, total: items.length };
}
