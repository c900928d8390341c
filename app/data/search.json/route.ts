/**
 * `/data/search.json`: the search index's entries (lib/search), normalised at
 * build time, in the compact form of lib/search-payload. The explorer fetches it when the user first reaches for the
 * search box, so the first drawing never waits for it.
 */
import { getIndex } from '../../_server/data';
import { buildSearchIndex } from '@/lib/search';
import { encodeSearchEntries } from '@/lib/search-payload';
import { jsonResponse } from '../../_server/json-response';

export const dynamic = 'force-static';

export function GET(): Response {
  return jsonResponse(encodeSearchEntries(buildSearchIndex(getIndex().dataset).entries));
}
