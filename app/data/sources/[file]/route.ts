/**
 * `/data/sources/<id>.json`: one source article, its text and every record
 * citing it (lib/dataset-shards), for the explorer's reader. Rendered at
 * build time like every page.
 */
import { getIndex } from '../../../_server/data';
import { sourceShard } from '@/lib/dataset-shards';
import { jsonResponse, notFoundResponse } from '../../../_server/json-response';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return getIndex().dataset.sources.map((s) => ({ file: `${s.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await params).file;
  const shard = file.endsWith('.json') ? sourceShard(getIndex(), file.slice(0, -'.json'.length)) : null;
  return shard ? jsonResponse(shard) : notFoundResponse('No such source.');
}
