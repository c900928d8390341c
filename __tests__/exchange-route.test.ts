/** @jest-environment node */
import { EXCHANGE_FORMATS } from '@/lib/exchange';
import { getIndex } from '@/app/_server/data';
import { GET, dynamic, dynamicParams, generateStaticParams } from '@/app/export/[file]/route';

const call = (file: string) => GET(new Request(`http://localhost/export/${file}`), { params: Promise.resolve({ file }) });

describe('/export/[file]', () => {
  it('is static: one pre-rendered file per format and no other', () => {
    expect(dynamic).toBe('force-static');
    expect(dynamicParams).toBe(false);
    expect(generateStaticParams()).toEqual(EXCHANGE_FORMATS.map((f) => ({ file: f.fileName })));
  });

  it.each(EXCHANGE_FORMATS.map((f) => [f.fileName, f] as const))('serves %s with its type and file name', async (fileName, format) => {
    const response = await call(fileName);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(format.mediaType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new TextEncoder().encode(format.serialize(getIndex())));
  });

  it('answers 404 for a file it does not make', async () => {
    expect((await call('athar.pdf')).status).toBe(404);
  });
});
