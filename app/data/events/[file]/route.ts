/**
 * `/data/events/<k>.json`: chunk k of the events in date order with their
 * statements and the actors and sources they name (lib/dataset-shards). The
 * explorer fetches a chunk when a panel needs its records. Rendered at build
 * time, so a static export serves them as plain files.
 */
import { getIndex } from '../../../_server/data';
import { eventChunk, eventChunkCount } from '@/lib/dataset-shards';
import { jsonResponse, notFoundResponse } from '../../../_server/json-response';
import { fileNumber, numberedFileParams } from '../../../_server/numbered-files';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return numberedFileParams(eventChunkCount(getIndex().eventsInOrder.length));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const k = fileNumber((await params).file);
  const shard = k === null ? null : eventChunk(getIndex(), k);
  return shard ? jsonResponse(shard) : notFoundResponse('No such event chunk.');
}
