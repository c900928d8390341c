/**
 * A column of integers as little-endian bytes of one width for all: 1, 2 or
 * 4, signed or not, the narrowest that holds every value. Read back through
 * a typed array over the bytes, the fastest of the packed forms to read
 * (./packed-column takes bits or varints only when they are shorter).
 */

export type PackedWidth = 'u8' | 'i8' | 'u16' | 'i16' | 'i32';

export const WIDTHS: readonly { width: PackedWidth; bytes: number; min: number; max: number }[] = [
  { width: 'u8', bytes: 1, min: 0, max: 0xff },
  { width: 'i8', bytes: 1, min: -0x80, max: 0x7f },
  { width: 'u16', bytes: 2, min: 0, max: 0xffff },
  { width: 'i16', bytes: 2, min: -0x8000, max: 0x7fff },
  { width: 'i32', bytes: 4, min: -0x80000000, max: 0x7fffffff },
];

/** The narrowest width that holds every value, or null for a fractional value or one past 32 bits. */
export function narrowest(values: readonly number[]): (typeof WIDTHS)[number] | null {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (!Number.isInteger(v)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return WIDTHS.find((w) => min >= w.min && max <= w.max) ?? null;
}

/** The values as little-endian bytes of width `w` (narrowest). */
export function encodeBytes(values: readonly number[], w: (typeof WIDTHS)[number]): Uint8Array {
  const view = new DataView(new ArrayBuffer(values.length * w.bytes));
  values.forEach((v, i) => {
    const at = i * w.bytes;
    if (w.width === 'u8') view.setUint8(at, v);
    else if (w.width === 'i8') view.setInt8(at, v);
    else if (w.width === 'u16') view.setUint16(at, v, true);
    else if (w.width === 'i16') view.setInt16(at, v, true);
    else view.setInt32(at, v, true);
  });
  return new Uint8Array(view.buffer);
}

/** Whether this machine stores numbers little-endian, as the wire does (every browser's machine does; the other case is read value by value). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The values of the bytes: a typed array over them on a little-endian machine (a hundred thousand reads through DataView took 70 ms in the page). */
export function readValues(bytes: Uint8Array, width: PackedWidth, length: number): ArrayLike<number> {
  if (LITTLE_ENDIAN || width === 'u8' || width === 'i8') {
    if (width === 'u8') return bytes;
    if (width === 'i8') return new Int8Array(bytes.buffer);
    if (width === 'u16') return new Uint16Array(bytes.buffer);
    if (width === 'i16') return new Int16Array(bytes.buffer);
    return new Int32Array(bytes.buffer);
  }
  const view = new DataView(bytes.buffer);
  return Array.from({ length }, (_, i) =>
    width === 'u16' ? view.getUint16(i * 2, true) : width === 'i16' ? view.getInt16(i * 2, true) : view.getInt32(i * 4, true),
  );
}

