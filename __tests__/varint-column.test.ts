/** @jest-environment node */
import { checkWireColumn, packColumn, unpackColumn, type PackedColumn } from '@/lib/packed-column';
import { countVarints, decodeVarintSteps, encodeVarintSteps, varintStepsSize } from '@/lib/varint-column';
import { OPEN_DAY } from '@/lib/columnar';

const I32_MIN = -0x80000000;
const I32_MAX = 0x7fffffff;

describe('varint steps (slowly climbing columns)', () => {
  it('gives back exactly any 32-bit values, steps back, extremes and open days included', () => {
    const columns = [
      [] as number[],
      [0],
      [I32_MIN, I32_MAX, I32_MIN, 0, I32_MAX],
      Array.from({ length: 1000 }, (_, i) => (i % 11 === 0 ? OPEN_DAY : 15_000 + Math.floor(i / 3))),
      Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 100_000) - 50_000),
    ];
    for (const values of columns) {
      const bytes = encodeVarintSteps(values);
      expect(bytes.length).toBe(varintStepsSize(values));
      expect(countVarints(bytes)).toEqual({ count: values.length, whole: true });
      expect(decodeVarintSteps(bytes, values.length, 'test')).toEqual(values);
    }
  });

  it('is what packColumn sends for sorted day numbers, a quarter of their fixed width, and they come back exact', () => {
    // 100,000 events in date order over ten years: four bytes each as i32, one byte each as steps.
    const days = Array.from({ length: 100_000 }, (_, i) => (i % 97 === 0 ? OPEN_DAY : 15_700 + Math.floor(i / 28)));
    const wire = packColumn(days) as PackedColumn;
    expect(wire.packed).toBe('varint');
    expect(wire.base64.length).toBeLessThan((100_000 * 4 * 4) / 3 / 3);
    const received = JSON.parse(JSON.stringify(wire)) as PackedColumn;
    expect(checkWireColumn(received, 'timeline.earliest')).toBe(100_000);
    expect(unpackColumn(received, 'timeline.earliest')).toEqual(days);
  });

  it('keeps a fixed width or bits where varints would not be shorter (small codes, random actor numbers)', () => {
    expect((packColumn(Array.from({ length: 5000 }, (_, i) => i % 3)) as PackedColumn).packed).toBe('bits');
    expect((packColumn(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 60_000)) as PackedColumn).packed).toBe('u16');
  });

  it('refuses, on arrival, a column whose bytes do not hold the values it says, naming it', () => {
    const wire = packColumn(Array.from({ length: 3000 }, (_, i) => 20_000 + i * 2)) as PackedColumn;
    expect(wire.packed).toBe('varint');
    expect(() => checkWireColumn({ ...wire, length: 3001 }, '/data/explorer.json timeline.latest')).toThrow(
      /\/data\/explorer\.json timeline\.latest: 3000 whole varint values for the 3001 it says it holds/,
    );
    const cut = Buffer.from([...Buffer.from(wire.base64, 'base64'), 0x81]).toString('base64');
    expect(() => checkWireColumn({ ...wire, base64: cut }, 'timeline.latest')).toThrow(/3000 whole varint values and a cut-off one/);
    expect(() => checkWireColumn({ ...wire, base64: '%%%%' }, 'graph.statementEvent')).toThrow(/graph\.statementEvent: the packed bytes are not base64/);
  });

  it('refuses, when read, values that run past 32 bits or a value left unfinished', () => {
    const past = encodeVarintSteps([I32_MAX]);
    // One more step up from the largest 32-bit value.
    const over = Uint8Array.from([...past, 2]);
    expect(() => decodeVarintSteps(over, 2, 'graph.relationEvents')).toThrow(/graph\.relationEvents: value 1 \(2147483648\) is past 32 bits/);
    expect(() => decodeVarintSteps(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 1]), 1, 'x')).toThrow(/x: byte 5 continues a value past 35 bits/);
    expect(() => decodeVarintSteps(Uint8Array.from([2, 0x80]), 1, 'x')).toThrow(/x: more than the 1 values|x: the last value is cut off/);
    expect(() => decodeVarintSteps(Uint8Array.from([2, 4]), 3, 'x')).toThrow(/x: 2 values for the 3 it says it holds/);
  });
});
