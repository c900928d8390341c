/**
 * A value made the first time it is read, then kept. The explorer hands its
 * views graphs this way: building the actor graph from its columns takes
 * ~100 ms at 15,000 relations, and a large page's graph is not drawn before
 * the timeline has drawn, so the page's first render must not build it.
 */
export type Lazy<T> = () => T;

export function lazyValue<T>(make: () => T): Lazy<T> {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** Made-on-read values for each key of T. */
export type Thunks<T> = { [K in keyof T]: () => T[K] };

/**
 * An object whose every field is made the first time it is read, then kept
 * as a plain field. The explorer's payload is read this way: at 100,000
 * events a first drawing reads 5 of the timeline's 14 columns, and making
 * the others (ids as strings, the graph's indices) cost ~0.1 s before it.
 * Spreading or serialising the object reads, and so makes, every field.
 */
export function lazyRecord<T extends object>(thunks: Thunks<T>): T {
  const out = {} as T;
  for (const key of Object.keys(thunks) as (keyof T & string)[]) {
    Object.defineProperty(out, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = thunks[key]();
        Object.defineProperty(out, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return out;
}
