/**
 * How many frames the canvas graph takes to finish a picture. A picture of
 * new data (a brushed period's graph) is what the reader is waiting for,
 * the old graph stays on screen until it is complete, so it is painted in
 * frames as long as a first picture's; a new view of the same graph (a zoom
 * step) has the old picture, moved, to stand in and keeps to short slices.
 * The clock is faked: every reading of it is 10 ms after the last.
 */
import { fireEvent, screen } from '@testing-library/react';
import { CanvasActorGraph } from '@/components/graph/canvas/CanvasActorGraph';
import { drawn, FIXTURE, handle, nextPicture, renderGraph, stubPanel } from './helpers/canvas-graph-dom';

stubPanel();

/** Frames asked for until the next complete picture after `act`. */
async function framesFor(act: () => void): Promise<number> {
  const frames = jest.spyOn(window, 'requestAnimationFrame');
  const before = handle().frames();
  act();
  await nextPicture(before);
  const count = frames.mock.calls.length;
  frames.mockRestore();
  return count;
}

describe('canvas graph painting budget', () => {
  afterEach(() => jest.restoreAllMocks());

  it('finishes the graph of a new period in fewer frames than a new view of the same graph', async () => {
    const { box, rerender, props } = renderGraph();
    await drawn(box);
    let clock = performance.now();
    jest.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const windowed = { ...FIXTURE.graph, edges: FIXTURE.graph.edges.filter((_, i) => i % 2 === 0) };
    const newData = await framesFor(() => rerender(<CanvasActorGraph {...props} graph={windowed} />));
    expect(handle().edgeIds()).not.toContain(FIXTURE.graph.edges[1]!.id);
    const newView = await framesFor(() => fireEvent.click(screen.getByRole('button', { name: 'Zoom in' })));
    expect(newView).toBeGreaterThan(2);
    expect(newData).toBeLessThan(newView);
  });

  it('finishes a graph that replaces one on screen in fewer frames than the first picture of the same graph', async () => {
    // Each reading 20 ms after the last: a first picture's frame (45 ms) runs a couple of steps, a replacing one's twice as many.
    let clock = performance.now();
    jest.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    const frames = jest.spyOn(window, 'requestAnimationFrame');
    const { box, rerender, props } = renderGraph();
    await drawn(box);
    const first = frames.mock.calls.length;
    frames.mockRestore();
    // The same relations in a new graph object: new data of the same size, replacing the picture on screen (as "Clear period" does).
    const again = { ...FIXTURE.graph, edges: [...FIXTURE.graph.edges] };
    const replacing = await framesFor(() => rerender(<CanvasActorGraph {...props} graph={again} />));
    expect(replacing).toBe(1);
    expect(first).toBeGreaterThan(replacing);
  });
});
