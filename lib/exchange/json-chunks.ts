/**
 * A JSON document in pieces: the same characters as
 * `JSON.stringify(value, null, 2)`, yielded a record at a time, so a
 * 100,000-event export never holds the whole document as one string (about
 * 260 million characters, twice that in bytes on the heap, with a sorted
 * deep copy of the dataset behind it; a build worker that rendered several
 * such files at once ran out of heap and spent minutes collecting garbage).
 *
 * Objects and arrays down to `splitDepth` are written here, key by key and
 * item by item; anything deeper is one `JSON.stringify` call, re-indented.
 * Re-indenting is safe because JSON.stringify escapes every line break
 * inside a string: each "\n" in its output is between tokens.
 */

export interface JsonChunkOptions {
  /** Levels written piece by piece (the document is level 0); deeper values are stringified whole. */
  splitDepth?: number;
  /** Object keys sorted by UTF-16 code unit at every level, as canonical-json's sortKeys does. */
  sortKeys?: boolean;
}

const INDENT = '  ';

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A value with the keys of every object sorted, recursively; undefined members dropped (as JSON.stringify would). */
export function sortedKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeysDeep);
  if (!isPlainContainer(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortedKeysDeep(item);
  }
  return sorted;
}

function* chunksAt(value: unknown, depth: number, options: Required<JsonChunkOptions>): Generator<string> {
  if (depth >= options.splitDepth || !isPlainContainer(value)) {
    const text = JSON.stringify(options.sortKeys ? sortedKeysDeep(value) : value, null, 2);
    yield depth === 0 ? text : text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
    return;
  }
  const inner = `\n${INDENT.repeat(depth + 1)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i += 1) {
      yield i === 0 ? inner : `,${inner}`;
      const item: unknown = value[i];
      if (isSkipped(item)) yield 'null';
      else yield* chunksAt(item, depth + 1, options);
    }
    yield `\n${INDENT.repeat(depth)}]`;
    return;
  }
  const keys = Object.keys(value).filter((key) => !isSkipped(value[key]));
  if (options.sortKeys) keys.sort();
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, key] of keys.entries()) {
    yield `${i === 0 ? inner : `,${inner}`}${JSON.stringify(key)}: `;
    yield* chunksAt(value[key], depth + 1, options);
  }
  yield `\n${INDENT.repeat(depth)}}`;
}

/** `JSON.stringify(value, null, 2)` (of `sortedKeysDeep(value)` with `sortKeys`), in pieces. */
export function jsonChunks(value: unknown, options: JsonChunkOptions = {}): Generator<string> {
  return chunksAt(value, 0, { splitDepth: options.splitDepth ?? 2, sortKeys: options.sortKeys ?? false });
}
