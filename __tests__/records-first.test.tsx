/**
 * An actor's selection held back until its records are here (useRecordsFirst):
 * at once when they are, when they land, or after RECORDS_WAIT_MS when they
 * are slow; a later selection drops one still waiting. The shard store
 * fetches through fetch-json, mocked here with answers the test releases.
 */
import { act, renderHook } from '@testing-library/react';
import { RECORDS_WAIT_MS, useRecordsFirst } from '@/components/explorer/useRecordsFirst';
import { fetchShard } from '@/components/explorer/shard-store';

const answers = new Map<string, { resolve: (value: unknown) => void; reject: (reason: unknown) => void }>();
jest.mock('@/components/explorer/fetch-json', () => ({
  fetchJson: (url: string) => new Promise((resolve, reject) => answers.set(url, { resolve, reject })),
}));

const SHARD = { sources: [], texts: {}, actors: [], events: [], statements: [], relations: [] };
let n = 0;
/** A URL no other test has fetched: the store keeps what it fetched for the page's life. */
const fresh = () => `/data/actors/test-${++n}.json`;

/** Lets the promises that settled run their callbacks. */
const flush = () => act(async () => {});

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.useRealTimers();
  answers.clear();
});

function setup() {
  const { result, unmount } = renderHook(() => useRecordsFirst());
  return { records: () => result.current, unmount };
}

describe('useRecordsFirst', () => {
  it('applies at once when the records are already here', async () => {
    const url = fresh();
    const here = fetchShard(url);
    answers.get(url)!.resolve(SHARD);
    await act(() => here);
    const { records } = setup();
    const apply = jest.fn();
    records().when([url], apply);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('waits for records on their way and applies when they land, before the wait is over', async () => {
    const url = fresh();
    const { records } = setup();
    const apply = jest.fn();
    records().when([url], apply);
    expect(apply).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(RECORDS_WAIT_MS / 2));
    expect(apply).not.toHaveBeenCalled();
    answers.get(url)!.resolve(SHARD);
    await flush();
    expect(apply).toHaveBeenCalledTimes(1);
    // The wait's end does not apply it a second time.
    act(() => jest.advanceTimersByTime(RECORDS_WAIT_MS));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('applies after RECORDS_WAIT_MS when the records are slow, and not again when they come', async () => {
    const url = fresh();
    const { records } = setup();
    const apply = jest.fn();
    records().when([url], apply);
    act(() => jest.advanceTimersByTime(RECORDS_WAIT_MS - 1));
    expect(apply).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(apply).toHaveBeenCalledTimes(1);
    answers.get(url)!.resolve(SHARD);
    await flush();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('applies when a fetch fails, so the panel can say why', async () => {
    const url = fresh();
    const { records } = setup();
    const apply = jest.fn();
    records().when([url], apply);
    answers.get(url)!.reject(new Error(`${url}: HTTP 500`));
    await flush();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('drops a selection still waiting when a later one is made, held back or not', async () => {
    const first = fresh();
    const second = fresh();
    const { records } = setup();
    const older = jest.fn();
    const newer = jest.fn();
    records().when([first], older);
    records().when([second], newer);
    answers.get(first)!.resolve(SHARD);
    answers.get(second)!.resolve(SHARD);
    await flush();
    act(() => jest.advanceTimersByTime(RECORDS_WAIT_MS));
    expect(older).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledTimes(1);

    const third = fresh();
    const dropped = jest.fn();
    records().when([third], dropped);
    records().cancel();
    act(() => jest.advanceTimersByTime(RECORDS_WAIT_MS));
    expect(dropped).not.toHaveBeenCalled();
  });

  it('applies nothing once the explorer is gone', () => {
    const { records, unmount } = setup();
    const apply = jest.fn();
    records().when([fresh()], apply);
    unmount();
    act(() => jest.advanceTimersByTime(RECORDS_WAIT_MS));
    expect(apply).not.toHaveBeenCalled();
  });
});
