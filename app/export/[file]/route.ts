/**
 * Downloads of the exchange formats: `/export/<fileName>` for each format of
 * lib/exchange (e.g. `/export/athar-events.csv`). Rendered once at build
 * time, like every page, so the files are plain static files in a static
 * export (`ATHAR_STATIC_EXPORT=1`), where the URL's extension gives the
 * content type and the link's `download` attribute the file name; under
 * `next start` the response also carries Content-Type and
 * Content-Disposition.
 */
import { getIndex } from '../../_server/data';
import { EXCHANGE_FORMATS, exchangeFormatByFileName } from '@/lib/exchange';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return EXCHANGE_FORMATS.map((format) => ({ file: format.fileName }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const format = exchangeFormatByFileName((await params).file);
  if (!format) return new Response('No such export.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(format.serialize(getIndex()), {
    headers: {
      'Content-Type': format.mediaType,
      'Content-Disposition': `attachment; filename="${format.fileName}"`,
    },
  });
}
