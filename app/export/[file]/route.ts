/**
 * Downloads of the exchange formats: `/export/<fileName>` for each format of
 * lib/exchange (e.g. `/export/athar-events.csv`). Rendered once at build
 * time, like every page, so the files are plain static files in a static
 * export (`ATHAR_STATIC_EXPORT=1`), where the URL's extension gives the
 * content type and the link's `download` attribute the file name; under
 * `next start` the response also carries Content-Type and
 * Content-Disposition. The body is streamed from the format's chunks, UTF-8
 * encoded about 64 KB at a time: a 100,000-event dataset makes files of up
 * to 300 MB, and as single strings several of them at once filled the build
 * worker's heap.
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
  return new Response(utf8Stream(format.chunks(getIndex())), {
    headers: {
      'Content-Type': format.mediaType,
      'Content-Disposition': `attachment; filename="${format.fileName}"`,
    },
  });
}

/** Text pieces as a byte stream, batched so that each write is about 64 KB rather than one per record. */
function utf8Stream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pieces = chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = '';
      while (batch.length < 65_536) {
        const next = pieces.next();
        if (next.done) {
          if (batch.length > 0) controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
      }
      controller.enqueue(encoder.encode(batch));
    },
  });
}
