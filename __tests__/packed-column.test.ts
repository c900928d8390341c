/** @jest-environment node */
import { checkWireColumn, columnLength, isBase64, lazyColumns, packColumn, packColumns, unpackColumn } from '@/lib/packed-column';
import { OPEN_DAY } from '@/lib/columnar';

describe('packed columns of the explorer payload', () => {
  const roundTrip = (values: number[]) => unpackColumn(JSON.parse(JSON.stringify(packColumn(values))), 'test');

  it('gives back exactly the values of every width, negative ones and open ends included', () => {
    const columns = [
      Array.from({ length: 500 }, (_, i) => i % 7),
      Array.from({ length: 500 }, (_, i) => (i % 9) - 4),
      Array.from({ length: 500 }, (_, i) => (i * 131) % 60_000),
      Array.from({ length: 500 }, (_, i) => ((i * 131) % 60_000) - 30_000),
      Array.from({ length: 500 }, (_, i) => (i % 5 === 0 ? OPEN_DAY : 15_000 + i)),
      Array.from({ length: 500 }, (_, i) => i * 3 + (i % 2)),
    ];
    for (const values of columns) expect(roundTrip(values)).toEqual(values);
  });

  it('makes a long column shorter than its JSON and leaves a short or fractional one as JSON', () => {
    const days = Array.from({ length: 10_000 }, (_, i) => 15_000 + ((i * 37) % 4_000));
    expect(JSON.stringify(packColumn(days)).length).toBeLessThan(JSON.stringify(days).length * 0.8);
    const offsets = Array.from({ length: 10_001 }, (_, i) => i * 3);
    expect(packColumn(offsets)).toMatchObject({ packed: 'bits', bits: 2, steps: true });
    expect(packColumn([1, 2, 3])).toEqual([1, 2, 3]);
    expect(packColumn(Array.from({ length: 1000 }, (_, i) => i / 3))).toEqual(Array.from({ length: 1000 }, (_, i) => i / 3));
  });

  it('packs the integer columns of a record and keeps its other fields', () => {
    const record = { version: 1, ids: ['a', 'b'], days: Array.from({ length: 300 }, (_, i) => 20_000 + i), empty: [] as number[] };
    const wire = JSON.parse(JSON.stringify(packColumns(record)));
    expect(Array.isArray(wire.days)).toBe(false);
    const received = lazyColumns<typeof record>(wire, 'payload');
    // Lengths are known before a column is unpacked; reading it gives the values.
    expect(columnLength(received, 'days')).toBe(300);
    expect(typeof Object.getOwnPropertyDescriptor(received, 'days')?.get).toBe('function');
    expect(received).toEqual(record);
  });

  it('checks a packed column without reading it, naming the column and the reason', () => {
    const packed = packColumn(Array.from({ length: 300 }, (_, i) => i * 1000));
    if (Array.isArray(packed)) throw new Error('expected a packed column');
    expect(checkWireColumn(packed, 'timeline.earliest')).toBe(300);
    expect(() => checkWireColumn({ ...packed, length: 301 }, 'timeline.earliest')).toThrow(/timeline\.earliest: \d+ base64 characters for 301 values of (\w+|\d+ bits) \(expected \d+\)/);
    expect(() => checkWireColumn({ ...packed, base64: '*'.repeat(packed.base64.length) }, 'graph.relationEvents')).toThrow(/graph\.relationEvents: the packed bytes are not base64/);
    expect(() => checkWireColumn({ ...packed, packed: 'u64' as never }, 'graph.x')).toThrow(/graph\.x: unknown packed width "u64"/);
  });

  it('names the column and the reason when a packed column is malformed', () => {
    const packed = packColumn(Array.from({ length: 300 }, (_, i) => i * 1000));
    if (Array.isArray(packed)) throw new Error('expected a packed column');
    expect(() => unpackColumn({ ...packed, length: 301 }, '/data/explorer.json timeline.earliest')).toThrow(/\/data\/explorer\.json timeline\.earliest: \d+ bytes for 301 values/);
    expect(() => unpackColumn({ ...packed, base64: '***' }, 'graph.actorEvents')).toThrow(/graph\.actorEvents: the packed bytes are not base64/);
    expect(() => unpackColumn({ ...packed, packed: 'f64' as 'u8' }, 'x')).toThrow(/x: unknown packed width "f64"/);
  });

  it('takes as base64 only its alphabet, with "=" as at most two final characters', () => {
    for (const text of ['', 'QUJD', 'QUI=', 'QQ==', Buffer.from('أثر').toString('base64'), '+/09azAZ']) expect([text, isBase64(text)]).toEqual([text, true]);
    for (const text of ['QU=D', '=QUJ', 'Q===', 'QU JD', 'QUJD\n', 'QU-_', 'QUJ\u0623', '=Q=='])
      expect([text, isBase64(text)]).toEqual([text, false]);
    // The answer of the anchored pattern it replaces, on every short string of the alphabet's edge cases.
    const chars = ['A', '+', '/', '=', ' ', '-'];
    for (const a of chars) for (const b of chars) for (const c of chars) {
      const text = a + b + c;
      expect([text, isBase64(text)]).toEqual([text, /^[A-Za-z0-9+/]*={0,2}$/.test(text)]);
    }
  });
});
