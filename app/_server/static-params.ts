/**
 * How many per-record pages (/events/[id], /actors/[id], /sources/[id]) the
 * build renders ahead of time. The shipped dataset and anything up to
 * STATIC_RECORD_PAGES records of a kind is rendered whole, so the static
 * export (ATHAR_STATIC_EXPORT=1) has a page for every record. A larger
 * dataset (a 100,000-event feed would mean 100,000 HTML files and a build of
 * hours) gets its first STATIC_RECORD_PAGES pages of that kind at build
 * time and the rest have no page of their own (the pages set
 * `dynamicParams = false`: the static export requires it, and it keeps an
 * unknown id a plain 404 instead of a render the server would cache for
 * every junk path); those records are still read in the explorer's panels.
 * Datasets past the bound are for measuring scale, not for publishing.
 */
import type { DatasetIndex } from '@/lib/query';
import type { RecordKind } from '@/lib/record-paths';

export const STATIC_RECORD_PAGES = 2000;

/** The bound: STATIC_RECORD_PAGES, or `ATHAR_STATIC_RECORD_PAGES` (a whole number) for a build that needs fewer, such as the benchmark's. */
export function staticRecordLimit(env: Record<string, string | undefined> = process.env): number {
  const configured = env.ATHAR_STATIC_RECORD_PAGES;
  return configured !== undefined && /^\d+$/.test(configured) ? Number(configured) : STATIC_RECORD_PAGES;
}

/**
 * A kind's record ids in the order their pages are made: events by date, the
 * order of the /events list (by the dataset's order, a 10,000-event build
 * left 666 of that list's 2,000 events without a page), actors and sources
 * as the dataset lists them.
 */
export function pageOrder(index: DatasetIndex, kind: RecordKind): string[] {
  if (kind === 'event') return index.eventsInOrder.map((e) => e.id);
  return (kind === 'actor' ? index.dataset.actors : index.dataset.sources).map((r) => r.id);
}

/** The ids of a kind the build makes a page for; the lists link the others to the explorer (lib/record-paths). */
export function idsWithPages(index: DatasetIndex, kind: RecordKind): ReadonlySet<string> {
  return new Set(pageOrder(index, kind).slice(0, staticRecordLimit()));
}

/** The `generateStaticParams` result for a kind's records, bounded as above. */
export function staticRecordParams(index: DatasetIndex, kind: RecordKind): { id: string }[] {
  return pageOrder(index, kind)
    .slice(0, staticRecordLimit())
    .map((id) => ({ id }));
}

/**
 * The most events whose words the explorer's payload carries: undefined for
 * lib/explorer-payload's TEXT_INLINE_UP_TO, unless `ATHAR_TEXT_INLINE_UP_TO`
 * (a whole number) sets it for a build that sends a small timeline's words
 * apart, as the scale smoke test's build does.
 */
export function textInlineLimit(env: Record<string, string | undefined> = process.env): number | undefined {
  const configured = env.ATHAR_TEXT_INLINE_UP_TO;
  return configured !== undefined && /^\d+$/.test(configured) ? Number(configured) : undefined;
}
