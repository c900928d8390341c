/**
 * `/data/timeline-text.json`: the words of every event of the explorer's
 * timeline (titles, dates as written), in the order of `/data/explorer.json`'s
 * timeline columns. Apart from it because the first drawing needs none of
 * them (lib/columnar).
 */
import { getIndex } from '../../_server/data';
import { explorerTimelineText } from '@/lib/explorer-payload';
import { jsonResponse } from '../../_server/json-response';

export const dynamic = 'force-static';

export function GET(): Response {
  return jsonResponse(explorerTimelineText(getIndex()));
}
