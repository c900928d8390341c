/**
 * Records by id, in whichever shape the caller has: the index's Maps, a
 * plain object (what survives the server → client boundary as JSON), or a
 * function. Panels take lookups instead of the whole index so they render
 * from plain props and can be tested with a handful of records.
 */
export type Lookup<T> = ReadonlyMap<string, T> | Readonly<Record<string, T>> | ((id: string) => T | undefined);

/** The record with this id, or undefined when the lookup does not know it. */
export function lookup<T>(table: Lookup<T>, id: string): T | undefined {
  if (typeof table === 'function') return table(id);
  if (table instanceof Map) return (table as ReadonlyMap<string, T>).get(id);
  // Own properties only: an id such as `constructor` must not reach Object.prototype.
  const record = table as Readonly<Record<string, T>>;
  return Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined;
}
