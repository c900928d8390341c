/** @jest-environment node */
/** lazyValue: a value is made on its first read, once, and not at all if never read. */
import { lazyRecord, lazyValue } from '@/lib/lazy';

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

describe('lazyRecord', () => {
  it('makes each field on its first read, once, and never a field not read', () => {
    const ids = jest.fn(() => ['event-1', 'event-2']);
    const days = jest.fn(() => [15_000, 15_001]);
    const record = lazyRecord({ ids, days });
    expect(record.days).toEqual([15_000, 15_001]);
    expect(record.days).toBe(record.days);
    expect(days).toHaveBeenCalledTimes(1);
    expect(ids).not.toHaveBeenCalled();
    expect(Object.keys(record)).toEqual(['ids', 'days']);
    // Spreading reads every field.
    expect({ ...record }).toEqual({ ids: ['event-1', 'event-2'], days: [15_000, 15_001] });
    expect(ids).toHaveBeenCalledTimes(1);
  });

  it('lets a field that fails say so at its read, and tries again at the next', () => {
    let calls = 0;
    const record = lazyRecord({ broken: () => (calls += 1) > 1 ? 'ok' : (() => { throw new Error('payload.json timeline.id: bad'); })() });
    expect(() => record.broken).toThrow(/payload\.json timeline\.id: bad/);
    expect(record.broken).toBe('ok');
  });
});
