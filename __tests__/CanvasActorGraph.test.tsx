/**
 * The canvas actor graph (thousands of actors) in jsdom: jest-canvas-mock
 * records what is painted, the panel's size is stubbed, and the view is read
 * through the handle the component publishes on `window.__atharGraph`, as
 * the end-to-end tests and the figure export read it.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { stubIntersectionObserver } from './helpers/near-view-stub';
import { CanvasActorGraph } from '@/components/graph/canvas/CanvasActorGraph';
import { fitTransform } from '@/components/graph/canvas/view';
import { pageGraph } from '@/components/export/FigureExportButtons';
import * as figureFiles from '@/components/export/figure-files';
import { graphSvgDocument } from '@/components/export/graphSvg';
import { COLUMNS, gridId, gridNames, ROWS, SPACING } from './helpers/canvas-graph-fixture';
import { at, between, clickAt, collectCanvases, drawn, eventsOf, FIXTURE, handle, paintedTexts, PANEL, renderGraph, stubPanel } from './helpers/canvas-graph-dom';

stubPanel();
const canvases = collectCanvases();

const RELATIONS = FIXTURE.graph.edges.length;
const AFFILIATIONS = FIXTURE.actors.filter((a) => a.affiliation).length;
const MODEL_BOUNDS = { x1: 0, y1: 0, x2: (COLUMNS - 1) * SPACING, y2: (ROWS - 1) * SPACING };

describe('CanvasActorGraph', () => {
  it('shows the title with its counts and the view buttons around a canvas box the screen reader skips', () => {
    const { box } = renderGraph();
    expect(FIXTURE.actors).toHaveLength(450);
    expect(screen.getByText(`(450 actors, ${RELATIONS + AFFILIATIONS} links)`)).toBeInTheDocument();
    expect(screen.getByText(/Actor graph/)).toBeInTheDocument();
    for (const name of ['Zoom in', 'Zoom out', 'Fit the whole graph']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(box).toHaveAttribute('data-renderer', 'canvas');
    expect(box).toHaveAttribute('aria-hidden', 'true');
    expect(box.querySelector('canvas')).not.toBeNull();
  });

  it('paints the picture off screen, shows it on the canvas and marks the box drawn', async () => {
    const { box, canvas } = renderGraph();
    expect(box).not.toHaveAttribute('data-drawn');
    await drawn(box);
    expect(handle().frames()).toBeGreaterThanOrEqual(1);
    // The canvas follows its box.
    expect(canvas.width).toBe(PANEL.width * (window.devicePixelRatio || 1));
    expect(eventsOf(canvas).filter((e) => e.type === 'drawImage').length).toBeGreaterThan(0);
    // The picture itself is painted on another canvas, off screen.
    const offscreen = canvases().filter((c) => c !== canvas);
    expect(offscreen.length).toBeGreaterThan(0);
    expect(offscreen.some((c) => eventsOf(c).some((e) => e.type === 'fill'))).toBe(true);
    // Far out, names only for a focus: there is none yet (on the canvas or the picture; the quiet moment's warm-up
    // draws a name on a canvas of one pixel, warmLabelText).
    const graphCanvases = canvases().filter((c) => c.width === canvas.width && c.height === canvas.height);
    expect(graphCanvases.length).toBeGreaterThan(1);
    expect(paintedTexts(graphCanvases)).toEqual([]);
  });

  it('publishes its handle on the window and withdraws it on unmount', () => {
    const { unmount } = renderGraph();
    expect(handle().renderer).toBe('canvas');
    expect(handle().nodeIds()).toHaveLength(450);
    expect(handle().edgeIds()).toHaveLength(RELATIONS + AFFILIATIONS);
    const target = gridId(3, 3);
    expect(handle().elementAt(at(target).x, at(target).y)).toEqual({ group: 'nodes', id: target });
    unmount();
    expect(window.__atharGraph).toBeUndefined();
  });

  it('first shows the whole graph, fitted to the panel', () => {
    renderGraph();
    const fit = fitTransform(MODEL_BOUNDS, PANEL);
    expect(handle().viewport()).toEqual({ zoom: fit.k, pan: { x: fit.x, y: fit.y } });
    for (const id of [gridId(0, 0), gridId(ROWS - 1, COLUMNS - 1)]) {
      const p = at(id);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(PANEL.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(PANEL.height);
    }
  });

  it('selects the actor clicked on, and clears the selection on the background', () => {
    const { canvas, props } = renderGraph();
    const target = gridId(5, 7);
    clickAt(canvas, at(target));
    expect(props.onSelectActor).toHaveBeenLastCalledWith(target);
    const corner = gridId(ROWS - 1, 0);
    clickAt(canvas, { x: at(corner).x + 2, y: at(corner).y - 2 });
    expect(props.onSelectActor).toHaveBeenLastCalledWith(corner);
    clickAt(canvas, { x: 3, y: 3 });
    expect(props.onSelectActor).toHaveBeenLastCalledWith(null);
    expect(props.onSelectEdge).not.toHaveBeenCalled();
  });

  it('tells the page a press on an actor has begun, not a press on the background or on the selected actor', () => {
    const onActorPressStart = jest.fn();
    const target = gridId(5, 7);
    const { canvas } = renderGraph({ onActorPressStart, selectedActorId: gridId(2, 2) });
    // jsdom has no PointerEvent: a mouse event of the pointer's type stands in for it.
    const press = (p: { x: number; y: number }) => canvas.dispatchEvent(new MouseEvent('pointerdown', { clientX: p.x, clientY: p.y, button: 0, bubbles: true }));
    press(at(target));
    expect(onActorPressStart).toHaveBeenLastCalledWith(target);
    press({ x: 3, y: 3 });
    press(at(gridId(2, 2)));
    expect(onActorPressStart).toHaveBeenCalledTimes(1);
  });

  it('reads the click where the canvas is on the page', () => {
    const { canvas, props } = renderGraph();
    const offset = { left: 120, top: 45 };
    jest.spyOn(canvas, 'getBoundingClientRect').mockReturnValue({ ...offset, x: offset.left, y: offset.top, right: offset.left + PANEL.width, bottom: offset.top + PANEL.height, width: PANEL.width, height: PANEL.height, toJSON: () => ({}) });
    const target = gridId(9, 12);
    clickAt(canvas, { x: at(target).x + offset.left, y: at(target).y + offset.top });
    expect(props.onSelectActor).toHaveBeenLastCalledWith(target);
  });

  it('selects the relation whose line is clicked', () => {
    const { canvas, props } = renderGraph();
    const [a, b] = [gridId(4, 10), gridId(4, 11)];
    clickAt(canvas, between(a, b));
    expect(props.onSelectEdge).toHaveBeenCalledWith(`${a}|${b}|accuses`);
    expect(props.onSelectActor).not.toHaveBeenCalled();
  });

  it('selects the member actor when its dashed affiliation line is clicked', () => {
    const { canvas, props } = renderGraph();
    const [member, organisation] = [gridId(6, COLUMNS - 1), gridId(7, COLUMNS - 1)];
    clickAt(canvas, between(member, organisation));
    expect(props.onSelectActor).toHaveBeenCalledWith(member);
    expect(props.onSelectEdge).not.toHaveBeenCalled();
  });

  it('focuses the selected actor: its neighbours highlighted, the rest dimmed, and the names of the focus painted', async () => {
    const selected = gridId(2, 2);
    const neighbour = gridId(2, 3);
    const { box } = renderGraph({ selectedActorId: selected });
    expect(handle().focusOf(selected)).toBe('selected');
    expect(handle().focusOf(neighbour)).toBe('highlighted');
    expect(handle().focusOf(`${selected}|${neighbour}|accuses`)).toBe('highlighted');
    expect(handle().focusOf(gridId(10, 10))).toBe('dimmed');
    expect(handle().focusOf(`${gridId(3, 2)}|${gridId(3, 3)}|meets`)).toBe('dimmed');
    await drawn(box);
    const texts = paintedTexts(canvases());
    expect(texts).toEqual(expect.arrayContaining([gridNames(2, 2).en, gridNames(2, 2).ar, gridNames(2, 3).en, gridNames(2, 3).ar]));
    expect(texts).not.toContain(gridNames(10, 10).en);
  });

  it('paints the names just under their actor, at the device pixel density', async () => {
    const ratio = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
    Object.defineProperty(window, 'devicePixelRatio', { configurable: true, value: 2 });
    try {
      // The last column's actor of an odd row: its one neighbour (the affiliation) is above it, so nothing of the focus
      // is in the way of its name's first spot, under it (a neighbour beside it moves the name to the other side).
      const selected = gridId(9, 24);
      const { box, canvas, props } = renderGraph({ selectedActorId: selected });
      await drawn(box);
      expect(canvas.width).toBe(2 * PANEL.width);
      expect(canvas.style.width).toBe(`${PANEL.width}px`);
      // Names are painted over the picture, on the visible canvas.
      const names = eventsOf(canvas)
        .filter((e) => e.type === 'fillText' && (e.props.text === gridNames(9, 24).en || e.props.text === gridNames(9, 24).ar));
      expect(names.length).toBeGreaterThanOrEqual(2);
      const actor = at(selected);
      for (const e of names) {
        const { x, y } = e.props as { x: number; y: number };
        // In CSS px: the device transform over the text's own position.
        const cssX = (e.transform[0] * x + e.transform[4]) / 2;
        const cssY = (e.transform[3] * y + e.transform[5]) / 2;
        expect(cssX).toBeCloseTo(actor.x);
        expect(cssY).toBeGreaterThan(actor.y);
        expect(cssY).toBeLessThan(actor.y + 40);
      }
      // Clicks stay in CSS px.
      clickAt(canvas, at(gridId(9, 16)));
      expect(props.onSelectActor).toHaveBeenLastCalledWith(gridId(9, 16));
    } finally {
      if (ratio) Object.defineProperty(window, 'devicePixelRatio', ratio);
      else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    }
  });

  it('names a newly selected actor on the next frame, over the picture it already has', async () => {
    const { box, rerender, props } = renderGraph();
    await drawn(box);
    const before = handle().frames();
    const chosen = gridId(12, 20);
    rerender(<CanvasActorGraph {...props} selectedActorId={chosen} />);
    await waitFor(() => expect(paintedTexts(canvases())).toEqual(expect.arrayContaining([gridNames(12, 20).en, gridNames(12, 20).ar])));
    // The focus is drawn over the faded picture of the whole graph: no new picture of 20,000 elements for a click.
    expect(handle().frames()).toBe(before);
    expect(handle().settled()).toBe(true);
  });

  it('zooms in and out by a quarter about the centre of the panel, and Fit brings the whole graph back', () => {
    renderGraph();
    const fitted = handle().viewport();
    const centre = { x: PANEL.width / 2, y: PANEL.height / 2 };
    const probe = gridId(3, 4);
    const before = at(probe);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(handle().viewport().zoom).toBeCloseTo(fitted.zoom * 1.25);
    const after = at(probe);
    expect(after.x - centre.x).toBeCloseTo((before.x - centre.x) * 1.25);
    expect(after.y - centre.y).toBeCloseTo((before.y - centre.y) * 1.25);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(handle().viewport().zoom).toBeCloseTo(fitted.zoom * 1.25);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(handle().viewport().zoom).toBeCloseTo(fitted.zoom / 1.25);
    fireEvent.click(screen.getByRole('button', { name: 'Fit the whole graph' }));
    expect(handle().viewport().zoom).toBeCloseTo(fitted.zoom);
    expect(handle().viewport().pan.x).toBeCloseTo(fitted.pan.x);
    expect(handle().viewport().pan.y).toBeCloseTo(fitted.pan.y);
  });

  it('hands the figure export the canvas picture when no Cytoscape graph is on the page', () => {
    const selected = gridId(8, 8);
    renderGraph({ selectedActorId: selected });
    const graph = pageGraph(figureFiles);
    expect(graph).toBeDefined();
    const figure = graph!.figure();
    expect(figure.nodes).toHaveLength(450);
    expect(figure.nodes.find((n) => n.id === selected)?.focus).toBe('selected');
    const { text } = graphSvgDocument(figure, ['caption']);
    expect(text.match(/<g data-id="/g)).toHaveLength(450 + RELATIONS + AFFILIATIONS);
    for (const id of [gridId(0, 0), gridId(ROWS - 1, COLUMNS - 1), `${gridId(0, COLUMNS - 1)}|${gridId(1, COLUMNS - 1)}|affiliation`]) expect(text).toContain(`data-id="${id}"`);
    expect(text).toContain('caption');
  });

  it('leaves the export without a graph once the canvas graph is gone', () => {
    const { unmount } = renderGraph();
    unmount();
    expect(pageGraph(figureFiles)).toBeUndefined();
  });

  describe('out of view', () => {
    const view = stubIntersectionObserver();
    /** Waits for two animation frames: a paint asked for in a render has had its chance. */
    const twoFrames = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

    it('does not paint a new selection until the canvas comes near the view, then names it', async () => {
      const { box, canvas, rerender, props } = renderGraph();
      await drawn(box);
      await view.setNear(canvas, false);
      const chosen = gridId(12, 20);
      rerender(<CanvasActorGraph {...props} selectedActorId={chosen} />);
      // Nothing is left to paint before the canvas comes near, not even a frame to ask for.
      expect(handle().settled()).toBe(true);
      await twoFrames();
      expect(paintedTexts(canvases())).not.toContain(gridNames(12, 20).en);
      expect(handle().settled()).toBe(true);
      expect(handle().focusOf(chosen)).toBe('selected');

      await view.setNear(canvas, true);
      await waitFor(() => expect(paintedTexts(canvases())).toEqual(expect.arrayContaining([gridNames(12, 20).en, gridNames(12, 20).ar])));
      expect(handle().settled()).toBe(true);
    });

    it('paints a held-back selection at once before the page prints', async () => {
      const { box, canvas, rerender, props } = renderGraph();
      await drawn(box);
      await view.setNear(canvas, false);
      const chosen = gridId(4, 9);
      rerender(<CanvasActorGraph {...props} selectedActorId={chosen} />);
      await twoFrames();
      expect(paintedTexts(canvases())).not.toContain(gridNames(4, 9).en);
      window.dispatchEvent(new Event('beforeprint'));
      expect(paintedTexts(canvases())).toEqual(expect.arrayContaining([gridNames(4, 9).en]));
    });
  });
});
