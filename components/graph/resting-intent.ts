/**
 * "The reader is about to pick this actor": the pointer has rested on the
 * same actor for RESTING_MS. The explorer fetches that
 * actor's records then, so by the click they are usually in hand and the
 * panel fills in the click's own frame, not 50-100 ms later.
 *
 * A rest, not every pass: a pointer sweeping across the actor list or the
 * graph would otherwise fetch a shard (100 KB to 1.4 MB at 100,000 events)
 * for every actor it crosses.
 */

/** How long the pointer must stay on one actor: longer than a pass over it, shorter than the approach before a click. */
export const RESTING_MS = 120;

export interface RestingIntent {
  /** The actor now under the pointer; null for none. The same id again keeps the running wait. */
  rest(id: string | null): void;
  /** The actor rested on has been asked for another way (a press on it): its wait ends unfired, and resting on it again does not start another. */
  asked(): void;
  /** Cancels a pending wait (on unmount). */
  dispose(): void;
}

/** Calls `fire(id)` once an actor has been rested on for `delayMs`; each rest fires at most once until the pointer moves to another. */
export function restingIntent(fire: (id: string) => void, delayMs = RESTING_MS): RestingIntent {
  let current: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    rest(id) {
      if (id === current) return;
      cancel();
      current = id;
      if (id === null) return;
      timer = setTimeout(() => {
        timer = null;
        fire(id);
      }, delayMs);
    },
    asked() {
      cancel();
    },
    dispose() {
      cancel();
      current = null;
    },
  };
}
