/**
 * A column of integers as bytes in base64, for the explorer's payload. As a
 * JSON array, 100,000 day numbers are 750 KB of digits that the browser
 * parses number by number before its first drawing; packed they are one
 * string, which the parser copies, and a loop reads back: 530 KB as four
 * bytes each, 133 KB as the steps between them (./varint-column). Small codes
 * (a precision, a side) take a few bits each (./bit-column); offsets that
 * only grow are sent as their steps (a participant count of 0–3 instead of a
 * position of up to 300,000).
 *
 * `packColumn` keeps the JSON array when packing would not make it shorter
 * (a short column), so the wire holds either form and `unpackColumn` takes
 * both. The round trip is exact for safe integers of 32 bits; anything else
 * stays a JSON array.
 *
 * Pure TypeScript: btoa and atob are globals in Node and in browsers.
 */
import { lazyRecord, type Thunks } from './lazy';
import { countVarints, decodeVarintSteps, encodeVarintSteps, varintStepsSize } from './varint-column';
import { bitBytes, bitsFor, decodeBits, encodeBits, MAX_BITS } from './bit-column';
import { encodeBytes, narrowest, readValues, WIDTHS, type PackedWidth } from './byte-column';

export type { PackedWidth } from './byte-column';

export interface PackedColumn {
  /**
   * The bytes per value; `bits`: small codes, `bits` bits each (./bit-column);
   * `varint`: the steps between values, a byte or more each (./varint-column).
   */
  packed: PackedWidth | 'bits' | 'varint';
  /** For `bits`: how many bits each value takes (1 to 24). */
  bits?: number;
  /** Number of values. */
  length: number;
  /** The values are the running sum of the stored steps (an offset column); a varint column is always steps. */
  steps?: true;
  /** The values' bytes in base64: little-endian, `length × width` of them; for bits, `⌈length × bits / 8⌉`; for varint, as many as the steps take. */
  base64: string;
}

/** A column as the payload carries it. */
export type WireColumn = number[] | PackedColumn;

/** A record of columns as the payload carries it: each column of numbers packed or not. */
/** A record's columns of numbers as they travel (an optional column stays optional). */
export type Packed<T> = { [K in keyof T]: NonNullable<T[K]> extends number[] ? WireColumn | Exclude<T[K], number[]> : T[K] };

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function stepsOf(values: readonly number[]): number[] | null {
  const out = new Array<number>(values.length);
  let previous = 0;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i]!;
    if (v < previous) return null;
    out[i] = v - previous;
    previous = v;
  }
  return out;
}

/**
 * The shortest of: the JSON array; its values, or its steps for a column that
 * never decreases, in whole bytes (./byte-column) or in bits (./bit-column);
 * its steps as varints (./varint-column).
 */
export function packColumn(values: readonly number[]): WireColumn {
  const plain = [...values];
  let best: WireColumn = plain;
  let bestSize = JSON.stringify(plain).length;
  const candidates: [readonly number[], boolean][] = [[values, false]];
  const steps = stepsOf(values);
  if (steps) candidates.push([steps, true]);
  for (const [stored, asSteps] of candidates) {
    const w = narrowest(stored);
    if (w) {
      // base64 is 4 characters per 3 bytes, plus the object's keys.
      const size = Math.ceil((stored.length * w.bytes) / 3) * 4 + 60;
      if (size < bestSize) {
        best = { packed: w.width, length: stored.length, ...(asSteps ? { steps: true as const } : {}), base64: encodeBase64(encodeBytes(stored, w)) };
        bestSize = size;
      }
    }
    // Bits only when shorter than whole bytes: a typed array reads those faster.
    const bits = bitsFor(stored);
    if (bits !== null) {
      const size = Math.ceil(bitBytes(stored.length, bits) / 3) * 4 + 70;
      if (size < bestSize) {
        best = { packed: 'bits', bits, length: stored.length, ...(asSteps ? { steps: true as const } : {}), base64: encodeBase64(encodeBits(stored, bits)) };
        bestSize = size;
      }
    }
  }
  // Varints only for values of 32 bits, which decodeVarintSteps checks they stay within.
  if (values.length > 0 && narrowest(values)) {
    const size = Math.ceil(varintStepsSize(values) / 3) * 4 + 60;
    if (size < bestSize) best = { packed: 'varint', length: values.length, base64: encodeBase64(encodeVarintSteps(values)) };
  }
  return best;
}

function isPacked(column: unknown): column is PackedColumn {
  return typeof column === 'object' && column !== null && !Array.isArray(column) && typeof (column as PackedColumn).base64 === 'string';
}

/** The values of a column from the wire; `where` names it in the error a malformed column gets. */
export function unpackColumn(column: WireColumn, where: string): number[] {
  if (Array.isArray(column)) return column;
  if (!isPacked(column)) throw new Error(`${where}: expected an array of numbers or a packed column`);
  if (column.packed === 'varint') return decodeVarintSteps(decodeBase64(column.base64, where), column.length, where);
  const bits = column.packed === 'bits' ? checkBits(column, where) : 0;
  const w = WIDTHS.find((x) => x.width === column.packed);
  if (!w && !bits) throw new Error(`${where}: unknown packed width ${JSON.stringify(column.packed)}`);
  const bytes = decodeBase64(column.base64, where);
  const expected = w ? column.length * w.bytes : bitBytes(column.length, bits);
  if (bytes.length !== expected) {
    throw new Error(`${where}: ${bytes.length} bytes for ${column.length} values of ${w ? w.width : `${bits} bits`} (expected ${expected})`);
  }
  const values = w ? readValues(bytes, w.width, column.length) : decodeBits(bytes, bits, column.length);
  // A loop into a sized array: Array.from over a typed array was four times slower.
  const out = new Array<number>(column.length);
  if (column.steps) {
    let sum = 0;
    for (let i = 0; i < column.length; i += 1) out[i] = sum += values[i]!;
  } else {
    for (let i = 0; i < column.length; i += 1) out[i] = values[i]!;
  }
  return out;
}

/** A bit column's width, checked: 1 to MAX_BITS. */
function checkBits(column: PackedColumn, where: string): number {
  const { bits } = column;
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 1 || bits > MAX_BITS) throw new Error(`${where}: ${JSON.stringify(bits)} is not a number of bits (1 to ${MAX_BITS})`);
  return bits;
}

/** The browser's own decoder where it has one (Chromium since 140), else atob and a copy. */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

export function decodeBase64(text: string, where: string): Uint8Array {
  try {
    if (nativeFromBase64) return nativeFromBase64(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    throw new Error(`${where}: the packed bytes are not base64`);
  }
}

/** Every column of integers in `record` packed (packColumn); other fields as they are. */
export function packColumns<T extends object>(record: T): Packed<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number') ? packColumn(value as number[]) : value;
  }
  return out as Packed<T>;
}

/** A character base64 never has: searched for, not matched whole. */
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;

/**
 * Whether a string is base64: its alphabet, and "=" only as up to two final
 * characters. A search for a character outside the alphabet, then the "="s
 * found natively: the same test written as one anchored pattern took ~8 ms
 * of a load at 100,000 events (~7 ms per 1.3 MB in Node, against <1 ms).
 */
export function isBase64(text: string): boolean {
  const pad = text.indexOf('=');
  // A first "=" in the last two places is padding only if the string ends with one too ("=Q" is not).
  return !NOT_BASE64.test(text) && (pad < 0 || (pad >= text.length - 2 && text.endsWith('=')));
}

/**
 * Checks a column from the wire without reading its values: a known width, a
 * whole length, and as many base64 characters as that many values take (for
 * a varint column, whose values' sizes vary, the bytes are decoded and the
 * values' ends counted: ~2 ms for a column of 100,000).
 * What is left to fail when the values are read is only a value out of
 * range for its column, which the reader of that column checks.
 * Returns the column's length.
 */
export function checkWireColumn(column: WireColumn, where: string): number {
  return checkWire(column, where).length;
}

/** checkWireColumn's checks; a varint column's bytes, which they decode, come back too, so its first read need not decode them again. */
function checkWire(column: WireColumn, where: string): { length: number; varintBytes?: Uint8Array } {
  if (Array.isArray(column)) return { length: column.length };
  if (!isPacked(column)) throw new Error(`${where}: expected an array of numbers or a packed column`);
  const w = WIDTHS.find((x) => x.width === column.packed);
  const bits = column.packed === 'bits' ? checkBits(column, where) : 0;
  if (!w && !bits && column.packed !== 'varint') throw new Error(`${where}: unknown packed width ${JSON.stringify(column.packed)}`);
  if (!Number.isInteger(column.length) || column.length < 0) throw new Error(`${where}: ${JSON.stringify(column.length)} is not a number of values`);
  if (bits) {
    const expected = Math.ceil(bitBytes(column.length, bits) / 3) * 4;
    if (column.base64.length !== expected) throw new Error(`${where}: ${column.base64.length} base64 characters for ${column.length} values of ${bits} bits (expected ${expected})`);
    if (!isBase64(column.base64)) throw new Error(`${where}: the packed bytes are not base64`);
    return { length: column.length };
  }
  if (!w) {
    const varintBytes = decodeBase64(column.base64, where);
    const { count, whole } = countVarints(varintBytes);
    if (count !== column.length || !whole) throw new Error(`${where}: ${count} whole varint values${whole ? '' : ' and a cut-off one'} for the ${column.length} it says it holds`);
    return { length: column.length, varintBytes };
  }
  const expected = Math.ceil((column.length * w.bytes) / 3) * 4;
  if (column.base64.length !== expected) {
    throw new Error(`${where}: ${column.base64.length} base64 characters for ${column.length} values of ${w.width} (expected ${expected})`);
  }
  if (!isBase64(column.base64)) throw new Error(`${where}: the packed bytes are not base64`);
  return { length: column.length };
}

/** How many values each column of a record from `lazyColumns` holds, known without reading them. */
const knownLengths = new WeakMap<object, ReadonlyMap<string, number>>();

/** The length of `record[key]`, without unpacking it when the record came from the wire (lazyColumns). */
export function columnLength(record: object, key: string): number {
  return knownLengths.get(record)?.get(key) ?? (record as Record<string, { length: number }>)[key]!.length;
}

/**
 * The inverse of packColumns: the columns of a record from the wire, each
 * checked now (checkWireColumn) and unpacked the first time it is read
 * (lib/lazy lazyRecord); `where` names the record in errors (e.g.
 * "/data/explorer.json timeline"). `more` adds fields made on read from
 * other sources, with their lengths in `moreLengths` where they are known.
 */
export function lazyColumns<T extends object, M extends object = object>(wire: Packed<T>, where: string, more?: Thunks<M>, moreLengths: Readonly<Record<string, number>> = {}): T & M {
  const thunks: Record<string, () => unknown> = {};
  const lengths = new Map<string, number>();
  for (const [key, value] of Object.entries(wire)) {
    if (isPacked(value)) {
      const { length, varintBytes } = checkWire(value, `${where}.${key}`);
      lengths.set(key, length);
      thunks[key] = varintBytes ? () => decodeVarintSteps(varintBytes, length, `${where}.${key}`) : () => unpackColumn(value, `${where}.${key}`);
    } else {
      if (Array.isArray(value)) lengths.set(key, value.length);
      thunks[key] = () => value;
    }
  }
  Object.assign(thunks, more ?? {});
  for (const [key, length] of Object.entries(moreLengths)) lengths.set(key, length);
  const record = lazyRecord(thunks) as T & M;
  knownLengths.set(record, lengths);
  return record;
}
