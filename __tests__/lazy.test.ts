/** @jest-environment node */
/** lazyValue: a value is made on its first read, once, and not at all if never read. */
import { lazyValue } from '@/lib/lazy';

it('makes the value on the first read only, and keeps it (even when it is undefined)', () => {
  const make = jest.fn(() => ({ edges: 15_000 }));
  const graph = lazyValue(make);
  expect(make).not.toHaveBeenCalled();
  const first = graph();
  expect(graph()).toBe(first);
  expect(make).toHaveBeenCalledTimes(1);

  const nothing = jest.fn(() => undefined);
  const none = lazyValue(nothing);
  none();
  none();
  expect(nothing).toHaveBeenCalledTimes(1);
});
