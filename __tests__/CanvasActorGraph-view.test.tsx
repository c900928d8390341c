/**
 * The canvas actor graph's view as the page drives it and the reader moves
 * over it: a selected relation named on its line, the relation filter,
 * hovering, an actor chosen in the list brought into view, a briefing step
 * framing its actors, React's strict mode, and which renderer
 * LazyActorGraph picks by the number of actors.
 */
import { StrictMode } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CanvasActorGraph } from '@/components/graph/canvas/CanvasActorGraph';
import { LazyActorGraph } from '@/components/graph/LazyActorGraph';
import { LARGE_GRAPH_NODES } from '@/components/graph/scale';
import { RESTING_MS } from '@/components/graph/resting-intent';
import { COLUMNS, gridId, gridNames, ROWS } from './helpers/canvas-graph-fixture';
import { at, between, clickAt, collectCanvases, drawn, eventsOf, FIXTURE, graphProps, handle, nextPicture, paintedTexts, PANEL, PATIENCE, renderGraph, resizePanel, stubPanel } from './helpers/canvas-graph-dom';

stubPanel();
const canvases = collectCanvases();

const onPanel = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= PANEL.width && p.y <= PANEL.height;

describe('CanvasActorGraph view', () => {
  it('names a selected relation on its line and highlights its two ends', async () => {
    const [a, b] = [gridId(6, 4), gridId(6, 5)];
    const edge = `${a}|${b}|accuses`;
    const { box } = renderGraph({ selectedEdgeId: edge });
    expect(handle().focusOf(edge)).toBe('selected');
    expect(handle().focusOf(a)).toBe('highlighted');
    expect(handle().focusOf(b)).toBe('highlighted');
    expect(handle().focusOf(gridId(0, 0))).toBe('dimmed');
    await drawn(box);
    expect(paintedTexts(canvases())).toEqual(expect.arrayContaining(['accuses', gridNames(6, 4).en, gridNames(6, 5).ar]));
  });

  it('draws and counts only the relation types the filter keeps, and a hidden line takes no click', () => {
    const { canvas, props } = renderGraph({ relationTypes: ['meets'] });
    const meets = FIXTURE.graph.edges.filter((e) => e.type === 'meets').length;
    expect(screen.getByText(`(450 actors, ${meets} links)`)).toBeInTheDocument();
    expect(handle().edgeIds()).toHaveLength(meets);
    clickAt(canvas, between(gridId(4, 10), gridId(4, 11))); // an accuses line, filtered out
    expect(props.onSelectEdge).not.toHaveBeenCalled();
    expect(props.onSelectActor).toHaveBeenLastCalledWith(null);
    clickAt(canvas, between(gridId(5, 10), gridId(5, 11)));
    expect(props.onSelectEdge).toHaveBeenLastCalledWith(`${gridId(5, 10)}|${gridId(5, 11)}|meets`);
  });

  it('names the hovered actor and shows a pointer, and forgets it when the mouse leaves', async () => {
    const { box, canvas } = renderGraph();
    await drawn(box);
    const target = gridId(7, 9);
    expect(paintedTexts([canvas])).not.toContain(gridNames(7, 9).en);
    fireEvent.mouseMove(canvas, { clientX: at(target).x, clientY: at(target).y });
    await waitFor(() => expect(canvas.style.cursor).toBe('pointer'), PATIENCE);
    await waitFor(() => expect(paintedTexts([canvas])).toEqual(expect.arrayContaining([gridNames(7, 9).en, gridNames(7, 9).ar])), PATIENCE);
    fireEvent.mouseLeave(canvas);
    expect(canvas.style.cursor).toBe('');
  });

  it('names the relation whose line is hovered', async () => {
    const { box, canvas } = renderGraph();
    await drawn(box);
    expect(paintedTexts([canvas])).not.toContain('meets');
    const p = between(gridId(3, 6), gridId(3, 7));
    fireEvent.mouseMove(canvas, { clientX: p.x, clientY: p.y });
    await waitFor(() => expect(paintedTexts([canvas])).toContain('meets'), PATIENCE);
    expect(canvas.style.cursor).toBe('pointer');
  });

  it('asks for the records of an actor the pointer rests on, not of one it passes over or of the selected one', async () => {
    const onActorPressStart = jest.fn();
    const { box, canvas } = renderGraph({ onActorPressStart, selectedActorId: gridId(2, 2) });
    await drawn(box);
    const move = (id: string) => fireEvent.mouseMove(canvas, { clientX: at(id).x, clientY: at(id).y });
    // Passing over an actor on the way to another: hovered, never asked for.
    move(gridId(7, 8));
    await waitFor(() => expect(canvas.style.cursor).toBe('pointer'), PATIENCE);
    move(gridId(7, 9));
    await waitFor(() => expect(onActorPressStart).toHaveBeenCalledWith(gridId(7, 9)), PATIENCE);
    expect(onActorPressStart).toHaveBeenCalledTimes(1);
    // The selected actor's records are already in the panel.
    move(gridId(2, 2));
    await new Promise((resolve) => setTimeout(resolve, RESTING_MS * 3));
    expect(onActorPressStart).toHaveBeenCalledTimes(1);
  });

  it('does not hover what a drag passes over', async () => {
    const { box, canvas } = renderGraph();
    await drawn(box);
    const target = gridId(7, 9);
    fireEvent.mouseMove(canvas, { clientX: at(target).x, clientY: at(target).y, buttons: 1 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(canvas.style.cursor).toBe('');
  });

  it('brings an actor chosen in the list into view when it is off screen, keeping the zoom', async () => {
    const { rerender, props } = renderGraph();
    for (let i = 0; i < 8; i++) fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const zoom = handle().viewport().zoom;
    const far = gridId(ROWS - 1, COLUMNS - 1);
    expect(onPanel(at(far))).toBe(false);
    // One on screen already does not move the view.
    const near = gridId(8, 12);
    expect(onPanel(at(near))).toBe(true);
    const pan = handle().viewport().pan;
    rerender(<CanvasActorGraph {...props} selectedActorId={near} />);
    expect(handle().viewport().pan).toEqual(pan);
    rerender(<CanvasActorGraph {...props} selectedActorId={far} />);
    expect(handle().viewport().zoom).toBeCloseTo(zoom);
    expect(at(far).x).toBeCloseTo(PANEL.width / 2);
    expect(at(far).y).toBeCloseTo(PANEL.height / 2);
  });

  it('frames the actors of a briefing step, coming no closer than 1.25, and the whole graph for an empty list', async () => {
    const pair = [gridId(0, 0), gridId(0, 1)];
    const { rerender, props } = renderGraph({ fitActorIds: pair, fitDurationMs: 200 });
    // The first framing jumps.
    expect(handle().viewport().zoom).toBeCloseTo(1.25);
    for (const id of pair) expect(onPanel(at(id))).toBe(true);
    expect(onPanel(at(gridId(ROWS - 1, COLUMNS - 1)))).toBe(false);
    // A later one eases over the duration asked for.
    rerender(<CanvasActorGraph {...props} fitActorIds={[]} />);
    expect(handle().viewport().zoom).toBeCloseTo(1.25);
    await waitFor(() => expect(handle().viewport().zoom).toBeLessThan(0.31), PATIENCE);
    for (const id of [gridId(0, 0), gridId(ROWS - 1, COLUMNS - 1)]) expect(onPanel(at(id))).toBe(true);
  });

  it('follows its panel when it changes size: a sharp canvas of the new size that still takes clicks where actors are drawn', async () => {
    const { box, canvas, props } = renderGraph();
    await drawn(box);
    const before = handle().frames();
    resizePanel(1200, 700);
    expect(canvas.width).toBe(1200 * (window.devicePixelRatio || 1));
    expect(canvas.style.height).toBe('700px');
    await nextPicture(before);
    const target = gridId(1, 1);
    clickAt(canvas, at(target));
    expect(props.onSelectActor).toHaveBeenLastCalledWith(target);
  });

  it('frames the same actors again when the panel changes size (full screen)', async () => {
    const framed = gridId(8, 12);
    renderGraph({ fitActorIds: [framed], fitDurationMs: 100 });
    resizePanel(1600, 900);
    await waitFor(() => expect(at(framed).x).toBeCloseTo(800), PATIENCE);
    expect(at(framed).y).toBeCloseTo(450);
  });

  // Known difference (reported to the lead): the canvas view eases to the new framing over `fitDurationMs`,
  // starting from the old view on the larger canvas; components/graph/ActorGraph jumps at once.
  it('frames the same actors again, at once, when the panel changes size, as the Cytoscape view does', () => {
    const framed = gridId(8, 12);
    renderGraph({ fitActorIds: [framed], fitDurationMs: 500 });
    expect(at(framed).x).toBeCloseTo(PANEL.width / 2);
    resizePanel(1600, 900);
    expect(at(framed).x).toBeCloseTo(800);
    expect(at(framed).y).toBeCloseTo(450);
  });

  it('draws, takes clicks and publishes its handle under React’s strict mode', async () => {
    const props = graphProps();
    render(
      <StrictMode>
        <CanvasActorGraph {...props} />
      </StrictMode>,
    );
    const box = screen.getByTestId('actor-graph-canvas');
    const canvas = box.querySelector('canvas')!;
    await drawn(box);
    expect(eventsOf(canvas).some((e) => e.type === 'drawImage')).toBe(true);
    const target = gridId(10, 10);
    clickAt(canvas, at(target));
    expect(props.onSelectActor).toHaveBeenCalledTimes(1);
    expect(props.onSelectActor).toHaveBeenLastCalledWith(target);
    const before = handle().frames();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await nextPicture(before);
  });
});

describe('CanvasActorGraph gestures', () => {
  it('zooms about the pointer on the wheel and paints the new view once the wheel stops', async () => {
    const { box, canvas } = renderGraph();
    await drawn(box);
    const before = handle().frames();
    const zoom = handle().viewport().zoom;
    const target = gridId(4, 6);
    const p = at(target);
    fireEvent.wheel(canvas, { deltaY: -200, deltaMode: 0, clientX: p.x, clientY: p.y });
    expect(handle().viewport().zoom).toBeGreaterThan(zoom);
    expect(at(target).x).toBeCloseTo(p.x);
    expect(at(target).y).toBeCloseTo(p.y);
    await nextPicture(before);
  });

  it('pans with a drag, and the click that ends the drag selects nothing', async () => {
    const { box, canvas, props } = renderGraph();
    await drawn(box);
    const pan = handle().viewport().pan;
    const target = gridId(4, 6);
    const p = at(target);
    fireEvent.mouseDown(canvas, { clientX: p.x, clientY: p.y, button: 0, view: window });
    fireEvent.mouseMove(window, { clientX: p.x + 60, clientY: p.y + 25, buttons: 1, view: window });
    fireEvent.mouseUp(window, { clientX: p.x + 60, clientY: p.y + 25, view: window });
    fireEvent.click(canvas, { clientX: p.x + 60, clientY: p.y + 25, view: window });
    expect(handle().viewport().pan.x).toBeCloseTo(pan.x + 60);
    expect(handle().viewport().pan.y).toBeCloseTo(pan.y + 25);
    expect(props.onSelectActor).not.toHaveBeenCalled();
    // The actor moved with the picture: a tap there now selects it.
    await new Promise((resolve) => setTimeout(resolve, 10));
    clickAt(canvas, at(target));
    expect(props.onSelectActor).toHaveBeenLastCalledWith(target);
  });
});

describe('LazyActorGraph', () => {
  const lazy = (count: number) => render(<LazyActorGraph {...graphProps({ actors: FIXTURE.actors.slice(0, count) })} />);

  it(`draws ${LARGE_GRAPH_NODES} actors and more on the canvas, after a placeholder`, async () => {
    lazy(LARGE_GRAPH_NODES);
    expect(screen.getByRole('status')).toHaveTextContent(/loading/i);
    await waitFor(() => expect(screen.getByTestId('actor-graph-canvas')).toHaveAttribute('data-renderer', 'canvas'), { timeout: 10_000 });
    expect(window.__atharGraph?.nodeIds()).toHaveLength(LARGE_GRAPH_NODES);
    expect(window.__atharCy).toBeUndefined();
  });

  it('draws fewer actors with Cytoscape', async () => {
    lazy(LARGE_GRAPH_NODES - 1);
    await waitFor(() => expect(screen.getByTestId('actor-graph-canvas')).toHaveAttribute('data-renderer', 'cytoscape'), { timeout: 10_000 });
    expect(window.__atharGraph).toBeUndefined();
  });
});
