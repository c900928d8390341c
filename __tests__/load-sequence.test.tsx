/**
 * The order in which a large explorer page starts its views
 * (components/explorer/useLoadSequence): the timeline, then the graph, then
 * the words, lists and lookups; a small page starts everything at once; and
 * a graph that never draws holds nothing up for long.
 */
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { GRAPH_WAIT_MS, useLoadSequence } from '@/components/explorer/useLoadSequence';
import { useTimelineColumns } from '@/components/explorer/useTimelineColumns';
import { createOnceSignal } from '@/components/once-signal';
import { LazyActorGraph } from '@/components/graph/LazyActorGraph';
import { LARGE_GRAPH_NODES } from '@/components/graph/scale';
import { encodeTimelineColumns, splitTimelineColumns } from '@/lib/columnar';
import { wordsOfColumns, type EventWords } from '@/lib/timeline/words';
import { FIXTURE, graphProps, stubPanel } from './helpers/canvas-graph-dom';
import { tlEvent } from './helpers/timeline-fixture';

stubPanel();

describe('useLoadSequence', () => {
  it('starts the words and lists of a small page at once', () => {
    const { result } = renderHook(() => useLoadSequence(false));
    expect(result.current.rest).toBe(true);
  });

  it('holds a large page\'s words and lists until the graph has drawn, not merely the timeline', async () => {
    const { result } = renderHook(() => useLoadSequence(true));
    expect(result.current.rest).toBe(false);
    act(() => result.current.timelineDrawn.fire());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.rest).toBe(false);
    act(() => result.current.graphDrawn.fire());
    await waitFor(() => expect(result.current.rest).toBe(true));
  });

  it('starts them anyway when the graph never draws', () => {
    jest.useFakeTimers();
    try {
      const { result } = renderHook(() => useLoadSequence(true));
      act(() => jest.advanceTimersByTime(GRAPH_WAIT_MS - 100));
      expect(result.current.rest).toBe(false);
      act(() => jest.advanceTimersByTime(200));
      expect(result.current.rest).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('the timeline\'s words', () => {
  it('are not fetched until the caller lets them', async () => {
    const events = [tlEvent({ id: 'e1', title: 'Kerry meets Wang' }), tlEvent({ id: 'e2', title: 'Talks resume' })];
    const { shape, text } = splitTimelineColumns(encodeTimelineColumns(events));
    const read = jest.fn((): Promise<EventWords> => Promise.resolve(wordsOfColumns(text)));
    const pending = { read };
    const { result, rerender } = renderHook(({ now }) => useTimelineColumns(shape, pending, now), { initialProps: { now: false } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).not.toHaveBeenCalled();
    expect(result.current.hasText).toBe(false);
    rerender({ now: true });
    await waitFor(() => expect(result.current.hasText).toBe(true));
    expect(read).toHaveBeenCalledTimes(1);
    const { records } = result.current;
    expect(Array.from({ length: records.count }, (_, i) => records.at(i).title)).toEqual(['Kerry meets Wang', 'Talks resume']);
  });
});

describe('a large graph on the explorer', () => {
  beforeEach(() => {
    // No idle moment comes: only the timeline's drawing may let the graph in.
    (window as { requestIdleCallback?: unknown }).requestIdleCallback = () => 0;
    (window as { cancelIdleCallback?: unknown }).cancelIdleCallback = () => {};
  });
  afterEach(() => {
    cleanup();
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
  });

  it('mounts when the timeline has drawn, without waiting for an idle moment, and says when it has drawn', async () => {
    const timelineDrawn = createOnceSignal();
    const onFirstDrawing = jest.fn();
    const props = graphProps({ actors: FIXTURE.actors.slice(0, LARGE_GRAPH_NODES) });
    // The explorer hands the graph as a getter: building it (~100 ms at 15,000 relations) waits for the graph's mount.
    const buildGraph = jest.fn(() => props.graph);
    render(<LazyActorGraph {...props} graph={buildGraph} timelineDrawn={timelineDrawn} onFirstDrawing={onFirstDrawing} />);
    // Long enough for the renderer's chunk to have come: it still waits.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('status')).toHaveTextContent(/loading/i);
    expect(screen.queryByTestId('actor-graph-canvas')).toBeNull();
    expect(buildGraph).not.toHaveBeenCalled();
    act(() => timelineDrawn.fire());
    await waitFor(() => expect(screen.getByTestId('actor-graph-canvas')).toHaveAttribute('data-renderer', 'canvas'), { timeout: 10_000 });
    await waitFor(() => expect(onFirstDrawing).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(buildGraph).toHaveBeenCalled();
  });
});
