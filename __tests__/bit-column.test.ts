/** @jest-environment node */
import { checkWireColumn, packColumn, unpackColumn, type PackedColumn } from '@/lib/packed-column';
import { bitsFor, decodeBits, encodeBits, MAX_BITS } from '@/lib/bit-column';

describe('bit columns (small codes)', () => {
  it('gives back exactly every width of codes, at every length, whatever byte a value starts in', () => {
    for (let bits = 1; bits <= MAX_BITS; bits += 1) {
      for (const length of [0, 1, 7, 8, 9, 1001]) {
        const values = Array.from({ length }, (_, i) => (i * 2654435761) % (1 << bits));
        expect(decodeBits(encodeBits(values, bits), bits, length)).toEqual(values);
      }
    }
  });

  it('takes the fewest bits that hold the largest code, and none for negative, fractional or wider than 24-bit values', () => {
    expect(bitsFor([0, 0, 0])).toBe(1);
    expect(bitsFor([0, 1, 5])).toBe(3);
    expect(bitsFor([127])).toBe(7);
    expect(bitsFor([4999])).toBe(13);
    expect(bitsFor([0xffffff])).toBe(24);
    expect(bitsFor([0x1000000])).toBeNull();
    expect(bitsFor([-1, 2])).toBeNull();
    expect(bitsFor([0.5])).toBeNull();
  });

  it('is what packColumn sends for a column of precisions: three bits each instead of a byte, and they come back exact', () => {
    const precisions = Array.from({ length: 100_000 }, (_, i) => (i * 7) % 6);
    const wire = packColumn(precisions) as PackedColumn;
    expect(wire).toMatchObject({ packed: 'bits', bits: 3, length: 100_000 });
    expect(wire.base64.length).toBe(Math.ceil(Math.ceil((100_000 * 3) / 8) / 3) * 4);
    const received = JSON.parse(JSON.stringify(wire)) as PackedColumn;
    expect(checkWireColumn(received, 'timeline.precision')).toBe(100_000);
    expect(unpackColumn(received, 'timeline.precision')).toEqual(precisions);
  });

  it('packs actor numbers in thirteen bits, where whole bytes would take sixteen, and keeps whole bytes where bits are no shorter', () => {
    const participants = Array.from({ length: 150_000 }, (_, i) => (i * 7919) % 5000);
    const wire = packColumn(participants) as PackedColumn;
    expect(wire).toMatchObject({ packed: 'bits', bits: 13 });
    expect(unpackColumn(JSON.parse(JSON.stringify(wire)), 'timeline.participants')).toEqual(participants);
    expect((packColumn(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256)) as PackedColumn).packed).toBe('u8');
  });

  it('packs offsets that climb by a few as their steps in bits', () => {
    const offsets = Array.from({ length: 10_001 }, (_, i) => i * 2 + (i % 3 === 0 ? 1 : 0) - (i === 0 ? 1 : 0));
    const wire = packColumn(offsets) as PackedColumn;
    expect(wire).toMatchObject({ packed: 'bits', steps: true });
    expect(unpackColumn(wire, 'timeline.sideStart')).toEqual(offsets);
  });

  it('refuses a bit column with a wrong width or byte count on arrival, naming the column', () => {
    const wire = packColumn(Array.from({ length: 3000 }, (_, i) => i % 4)) as PackedColumn;
    expect(() => checkWireColumn({ ...wire, bits: 25 }, '/data/explorer.json timeline.status')).toThrow(
      /\/data\/explorer\.json timeline\.status: 25 is not a number of bits \(1 to 24\)/,
    );
    expect(() => checkWireColumn({ ...wire, length: 3100 }, 'timeline.status')).toThrow(/timeline\.status: 1000 base64 characters for 3100 values of 2 bits \(expected 1036\)/);
    expect(() => unpackColumn({ ...wire, bits: 3 }, 'timeline.status')).toThrow(/timeline\.status: 750 bytes for 3000 values of 3 bits \(expected 1125\)/);
  });
});
