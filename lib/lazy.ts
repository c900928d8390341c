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
