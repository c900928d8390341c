/**
 * A column of record ids for the explorer's payload, sent as a shared prefix
 * and packed numbers when every id is that prefix and a decimal number
 * ("event-000004", "statement-12"), the way numbered records and imported
 * feeds name things. As a JSON array, 100,000 event ids are 1.5 MB that the
 * page receives and parses before its first drawing; as numbers they are a
 * third of that (./packed-column), and the strings are made again by a loop.
 *
 * Any other column of ids (slugs, mixed prefixes, numbers past 32 bits, a
 * leading zero where the others have none) stays a JSON array, so the round
 * trip is exact whatever the ids are: an id is packed only if writing its
 * number back gives the same id.
 */
import { checkWireColumn, packColumn, unpackColumn, type WireColumn } from './packed-column';

export interface PackedIds {
  /** What every id starts with. */
  idPrefix: string;
  /** Every id's number is written with exactly this many digits, zero-padded; 0 when the numbers are written as they are (no leading zeros). */
  digits: number;
  /** The numbers, in the ids' order. */
  numbers: WireColumn;
}

/** A column of ids as the payload carries it. */
export type WireIds = string[] | PackedIds;

const NUMBERED = /^(.*?)(\d+)$/;
/** Numbers of up to nine digits: below 2^31, so packColumn keeps them exact. */
const MAX_DIGITS = 9;

function write(n: number, digits: number): string {
  return digits === 0 ? String(n) : String(n).padStart(digits, '0');
}

/**
 * The prefix every id would share, read off the first, and the digit counts
 * its number may be written with: its own width (zero-padded) and, unless it
 * has a leading zero, none (written as they are). Null when it is not a
 * numbered id.
 */
function pattern(first: string): { idPrefix: string; widths: number[] } | null {
  const match = NUMBERED.exec(first);
  if (!match) return null;
  const digits = match[2]!;
  if (digits.length > MAX_DIGITS) return null;
  const padded = digits.length > 1 && digits.startsWith('0');
  return { idPrefix: match[1]!, widths: padded ? [digits.length] : digits.length > 1 ? [0, digits.length] : [0] };
}

/** The numbers of `ids` under one pattern, or null when an id does not follow it exactly. */
function numbersOf(ids: readonly string[], idPrefix: string, digits: number): number[] | null {
  const numbers = new Array<number>(ids.length);
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i]!;
    if (!id.startsWith(idPrefix)) return null;
    const rest = id.slice(idPrefix.length);
    if (rest.length === 0 || rest.length > MAX_DIGITS || !/^\d+$/.test(rest)) return null;
    const n = Number(rest);
    if (write(n, digits) !== rest) return null;
    numbers[i] = n;
  }
  return numbers;
}

/** The shorter of the ids as they are and their prefix and packed numbers. */
export function packIds(ids: readonly string[]): WireIds {
  const plain = [...ids];
  const shape = ids.length > 0 ? pattern(ids[0]!) : null;
  if (!shape) return plain;
  // "event-100" first may head "event-7" (no width) or "event-007" (width 3): both readings are tried.
  for (const digits of shape.widths) {
    const numbers = numbersOf(ids, shape.idPrefix, digits);
    if (!numbers) continue;
    const packed: PackedIds = { idPrefix: shape.idPrefix, digits, numbers: packColumn(numbers) };
    return JSON.stringify(packed).length < JSON.stringify(plain).length ? packed : plain;
  }
  return plain;
}

function isPackedIds(wire: unknown): wire is PackedIds {
  if (typeof wire !== 'object' || wire === null || Array.isArray(wire)) return false;
  const w = wire as Partial<PackedIds>;
  return typeof w.idPrefix === 'string' && typeof w.digits === 'number' && w.numbers !== undefined;
}

/** Checks a column of ids from the wire without making its strings (see checkWireColumn); returns how many ids it holds. */
export function checkWireIds(wire: WireIds, where: string): number {
  if (Array.isArray(wire)) {
    if (!wire.every((id) => typeof id === 'string')) throw new Error(`${where}: expected an array of id strings`);
    return wire.length;
  }
  if (!isPackedIds(wire)) throw new Error(`${where}: expected an array of ids or a prefix with packed numbers`);
  if (!Number.isInteger(wire.digits) || wire.digits < 0 || wire.digits > MAX_DIGITS) throw new Error(`${where}: ${wire.digits} is not a digit count from 0 to ${MAX_DIGITS}`);
  return checkWireColumn(wire.numbers, `${where}.numbers`);
}

/** The ids from the wire; `where` names the column in the error a malformed one gets. */
export function unpackIds(wire: WireIds, where: string): string[] {
  checkWireIds(wire, where);
  if (Array.isArray(wire)) return wire;
  const { idPrefix, digits } = wire as PackedIds;
  const numbers = unpackColumn((wire as PackedIds).numbers, `${where}.numbers`);
  const ids = new Array<string>(numbers.length);
  for (let i = 0; i < numbers.length; i += 1) {
    const n = numbers[i]!;
    if (!Number.isInteger(n) || n < 0) throw new Error(`${where}: number ${i} (${n}) is not a whole number of zero or more`);
    ids[i] = idPrefix + write(n, digits);
  }
  return ids;
}
