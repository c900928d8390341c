/**
 * `/data/actors/<id>.json`: an actor in at most ACTOR_SHARD_MAX_EVENTS
 * events with every record its panel lists (lib/dataset-shards
 * `actorShard`), so selecting it fetches one small file. Busier actors and
 * actors in no event have none: the explorer reads event chunks or the
 * source that mentions them (lib/shard-plan). Rendered at build time.
 */
import { getIndex } from '../../../_server/data';
import { actorShard, actorShardEvents, ACTOR_SHARD_MAX_EVENTS } from '@/lib/dataset-shards';
import { jsonResponse, notFoundResponse } from '../../../_server/json-response';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  const index = getIndex();
  return index.dataset.actors
    .filter((a) => {
      const n = actorShardEvents(index, a.id).length;
      return n > 0 && n <= ACTOR_SHARD_MAX_EVENTS;
    })
    .map((a) => ({ file: `${a.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await params).file;
  const shard = file.endsWith('.json') ? actorShard(getIndex(), file.slice(0, -'.json'.length)) : null;
  return shard ? jsonResponse(shard) : notFoundResponse('No such actor shard.');
}
