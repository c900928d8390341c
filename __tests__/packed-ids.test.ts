/** @jest-environment node */
/**
 * Numbered ids travel as a prefix and packed numbers; every other column of
 * ids travels as it is. Either way the page gets back exactly the ids sent.
 */
import { packIds, unpackIds } from '@/lib/packed-ids';

const roundTrip = (ids: string[]) => unpackIds(JSON.parse(JSON.stringify(packIds(ids))), 'test ids');

describe('packIds and unpackIds', () => {
  it('packs zero-padded numbered ids in any order and gives them back exactly, in a third of the bytes', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `event-${String((i * 7919) % 100_000).padStart(6, '0')}`);
    const wire = packIds(ids);
    expect(Array.isArray(wire)).toBe(false);
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(ids).length / 2);
    expect(roundTrip(ids)).toEqual(ids);
  });

  it('packs numbers written without padding, and a first id without a leading zero heading padded ones', () => {
    const plain = ['statement-12', 'statement-7', 'statement-1000', ...Array.from({ length: 200 }, (_, i) => `statement-${i + 2000}`)];
    expect(Array.isArray(packIds(plain))).toBe(false);
    expect(roundTrip(plain)).toEqual(plain);
    const padded = ['e-100', 'e-007', ...Array.from({ length: 200 }, (_, i) => `e-${String(i + 200).padStart(3, '0')}`)];
    expect(Array.isArray(packIds(padded))).toBe(false);
    expect(roundTrip(padded)).toEqual(padded);
  });

  it('keeps as they are ids that a prefix and a number cannot give back exactly', () => {
    const cases = [
      ['kerry-visit-beijing', 'event-2'],
      ['event-1', 'report-2'],
      ['event-01', 'event-1'],
      ['event-007', 'event-0007'],
      ['event-1', 'event-2', 'event-12345678901'],
      ['event-1', 'event-'],
      ['١٢', '١٣'],
      [],
    ];
    for (const ids of cases) {
      expect(packIds(ids)).toEqual(ids);
      expect(roundTrip(ids)).toEqual(ids);
    }
  });

  it('keeps a short column as it is when packing would not make it shorter', () => {
    expect(packIds(['event-1', 'event-2'])).toEqual(['event-1', 'event-2']);
  });

  it('names the column and the reason when the wire is malformed', () => {
    expect(() => unpackIds({ idPrefix: 'e-', digits: 3 } as never, 'explorer.json timeline.id')).toThrow(/explorer\.json timeline\.id: expected an array of ids/);
    expect(() => unpackIds({ idPrefix: 'e-', digits: 12, numbers: [1] }, 'explorer.json timeline.id')).toThrow(/explorer\.json timeline\.id: 12 is not a digit count/);
    expect(() => unpackIds({ idPrefix: 'e-', digits: 0, numbers: [1, -2] }, 'explorer.json timeline.id')).toThrow(/number 1 \(-2\)/);
    expect(() => unpackIds(['e-1', 7] as never, 'explorer.json graph.statementId')).toThrow(/graph\.statementId: expected an array of id strings/);
  });
});
