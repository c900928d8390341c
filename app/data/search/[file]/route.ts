/**
 * `/data/search/<k>.json`: part k of the search index (lib/search), its
 * entries normalised at build time, in the compact form of
 * lib/search-payload. The explorer fetches the parts in order, from the
 * first time the user reaches for the search box (or at once when the URL
 * carries a query), and searches each as it comes, so the first drawing
 * never waits for them and a first search does not wait for the last.
 */
import { getSearchIndex } from '../../../_server/data';
import { encodeSearchPart, searchPartCount } from '@/lib/search-payload';
import { jsonResponse, notFoundResponse } from '../../../_server/json-response';
import { fileNumber, numberedFileParams } from '../../../_server/numbered-files';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return numberedFileParams(searchPartCount(getSearchIndex().entries.length));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const k = fileNumber((await params).file);
  const part = k === null ? null : encodeSearchPart(getSearchIndex().entries, k);
  return part ? jsonResponse(part) : notFoundResponse('No such part of the search index.');
}
