/**
 * `/data/search.json`: the search index's entries (lib/search), normalised at
 * build time. The explorer fetches it when the user first reaches for the
 * search box, so the first drawing never waits for it.
 */
import { getIndex } from '../../_server/data';
import { buildSearchIndex } from '@/lib/search';
import { jsonResponse } from '../../_server/json-response';

export const dynamic = 'force-static';

export function GET(): Response {
  return jsonResponse(buildSearchIndex(getIndex().dataset).entries);
}
