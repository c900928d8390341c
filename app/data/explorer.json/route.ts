/**
 * `/data/explorer.json`: what the explorer draws (lib/explorer-payload), with
 * the graph layout computed at build time. A file of its own so the page's
 * HTML stays small whatever the dataset's size; all ASCII, which the browser
 * parses faster (lib/ascii-json).
 */
import { getIndex } from '../../_server/data';
import { computeGraphLayout } from '../../_server/graph-layout';
import { actorGraph } from '@/lib/graph';
import { explorerPayload } from '@/lib/explorer-payload';
import { asciiJsonResponse } from '../../_server/json-response';
import { textInlineLimit } from '../../_server/static-params';

export const dynamic = 'force-static';

export function GET(): Response {
  const index = getIndex();
  return asciiJsonResponse(explorerPayload(index, computeGraphLayout(actorGraph(index), index.dataset.actors), { textInlineUpTo: textInlineLimit() }));
}
