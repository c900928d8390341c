/**
 * `/data/actors/<id>.json`: an actor's first ACTOR_SHARD_MAX_EVENTS events
 * with every record its panel lists for them (lib/dataset-shards
 * `actorShard`), so selecting it fetches one small file. An actor in no
 * event has none: the explorer reads the source that mentions it
 * (components/explorer/Explorer.tsx). Rendered at build time.
 */
import { getIndex } from '../../../_server/data';
import { actorShard, actorShardEvents } from '@/lib/dataset-shards';
import { jsonResponse, notFoundResponse } from '../../../_server/json-response';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  const index = getIndex();
  return index.dataset.actors
    .filter((a) => actorShardEvents(index, a.id).length > 0)
    .map((a) => ({ file: `${a.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await params).file;
  const shard = file.endsWith('.json') ? actorShard(getIndex(), file.slice(0, -'.json'.length)) : null;
  return shard ? jsonResponse(shard) : notFoundResponse('No such actor shard.');
}
