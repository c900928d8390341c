/**
 * How many per-record pages (/events/[id], /actors/[id], /sources/[id]) the
 * build renders ahead of time. The shipped dataset and anything up to
 * STATIC_RECORD_PAGES records of a kind is rendered whole, so the static
 * export (ATHAR_STATIC_EXPORT=1) has a page for every record. A larger
 * dataset (a 100,000-event feed would mean 100,000 HTML files and a build of
 * hours) gets its first STATIC_RECORD_PAGES pages of that kind at build
 * time; the pages set `dynamicParams = true`, so `next start` renders the
 * rest on their first request. The static export of such a dataset has only
 * the pre-rendered pages: it is meant for datasets below the threshold.
 */
export const STATIC_RECORD_PAGES = 2000;

/** The `generateStaticParams` result for records with these ids, in their order, bounded as above. */
export function staticRecordParams(ids: readonly string[]): { id: string }[] {
  return ids.slice(0, STATIC_RECORD_PAGES).map((id) => ({ id }));
}
