import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Timeline, type TimelineProps } from '@/components/timeline/Timeline';
import { dayNumber } from '@/lib/day';
import { LANES_VIEW_PX } from '@/lib/timeline/lane-view';
import { ACTORS, EVENTS, tlEvent } from './helpers/timeline-fixture';

function setup(overrides: Partial<TimelineProps> = {}) {
  const props: TimelineProps = {
    events: EVENTS,
    actors: ACTORS,
    lanesMode: 'side',
    onLanesModeChange: jest.fn(),
    selectedEventId: null,
    highlightActorId: null,
    window: { from: null, to: null },
    onSelectEvent: jest.fn(),
    onWindowChange: jest.fn(),
    ...overrides,
  };
  const utils = render(<Timeline {...props} />);
  const canvas = utils.container.querySelector('canvas')!;
  const svg = utils.container.querySelector('svg[role="presentation"]')!;
  const root = utils.container.firstElementChild!;
  const caption = () => screen.getByText(/^Showing:/).textContent;
  return { ...utils, props, canvas, svg, root, caption };
}

/** The texts the canvas mock saw painted. */
function paintedTexts(canvas: HTMLCanvasElement): string[] {
  const ctx = canvas.getContext('2d') as unknown as { __getEvents(): { type: string; props: { text?: string } }[] };
  return ctx.__getEvents().filter((e) => e.type === 'fillText').map((e) => e.props.text ?? '');
}

// jsdom has no PointerEvent: a mouse event with the pointer's name carries clientX/clientY to the handler.
if (typeof window.PointerEvent === 'undefined') {
  (window as unknown as { PointerEvent: typeof MouseEvent }).PointerEvent = class extends MouseEvent {};
}

const start = dayNumber('2013-01-01');
const crowd = Array.from({ length: 4000 }, (_, i) =>
  tlEvent({ id: `c${i}`, title: `Crowd event ${i}`, participants: ['obama'], lead: 'obama', earliest: start + (i % 365), latest: start + (i % 365) }),
);

describe('Timeline on canvas', () => {
  it('paints the glyphs and their titles on a canvas and marks the first complete drawing', async () => {
    const mark = jest.fn();
    Object.defineProperty(performance, 'mark', { value: mark, configurable: true, writable: true });
    const { canvas, root, svg } = setup();
    expect(root).toHaveAttribute('data-drawn', 'false');
    await waitFor(() => expect(root).toHaveAttribute('data-drawn', 'true'));
    expect(mark).toHaveBeenCalledWith('athar:timeline-drawn');
    expect(paintedTexts(canvas)).toEqual(expect.arrayContaining(['Mandiant publishes its report', 'Kerry meets Wang Yi in Beijing']));
    // On the plot the events are not SVG shapes any more, only hit regions (the legend still draws its swatches in SVG).
    expect(svg.querySelectorAll('[data-glyph-shape]')).toHaveLength(0);
    expect(svg.querySelectorAll('[data-hit-area]')).toHaveLength(EVENTS.filter((e) => e.earliest !== null || e.latest !== null).length);
  });

  it('outlines the selected event over the canvas', () => {
    setup({ selectedEventId: 'report' });
    expect(document.querySelector('[data-selected-ring="report"]')).not.toBeNull();
  });

  it('resolves a click on the plot to the event under the pointer through the hit index', () => {
    const { svg, props } = setup();
    const region = document.querySelector('[data-event-id="report"] [data-hit-area]')!;
    const x = Number(region.getAttribute('x')) + 6;
    const y = Number(region.getAttribute('y')) + 12 + 54; // plot coordinates plus the axis and brush above the lanes
    fireEvent.click(svg, { clientX: x, clientY: y });
    expect(props.onSelectEvent).toHaveBeenCalledWith('report');
  });

  it('shows the tooltip of the event under the pointer', () => {
    const { svg } = setup();
    const region = document.querySelector('[data-event-id="kerry-visit"] [data-hit-area]')!;
    fireEvent.pointerMove(svg, { clientX: Number(region.getAttribute('x')) + 6, clientY: Number(region.getAttribute('y')) + 12 + 54 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Kerry meets Wang Yi in Beijing');
  });

  it('draws a crowded lane as a density band with counts, leaves the thousands of events out of the DOM, and zooms into a clicked bin', async () => {
    const { canvas, svg, caption, root } = setup({ events: crowd });
    await waitFor(() => expect(root).toHaveAttribute('data-drawn', 'true'));
    expect(document.querySelectorAll('[data-event-id]')).toHaveLength(0);
    expect(screen.getByText(/Too many events in view/)).toBeInTheDocument();
    expect(paintedTexts(canvas).some((t) => /^\d+(\.\d)?k?$/.test(t))).toBe(true);
    const before = caption();
    // The band's row: below the axis and brush (54 px), the lane header (20 px), a few pixels into the row.
    fireEvent.click(svg, { clientX: 480, clientY: 54 + 20 + 16 });
    expect(caption()).not.toBe(before);
  });

  it('while the titles are on their way, marks a frame of density bands drawn but not one of single events, which it labels once they come', async () => {
    const pendingCrowd = crowd.map((e) => ({ ...e, title: '', titleAr: '' }));
    const crowded = setup({ events: pendingCrowd, textPending: true });
    await waitFor(() => expect(crowded.root).toHaveAttribute('data-drawn', 'true'));
    crowded.unmount();

    const pending = EVENTS.map((e) => ({ ...e, title: '', titleAr: '', expression: '', edtf: '' }));
    const { root, canvas, rerender, props } = setup({ events: pending, textPending: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root).toHaveAttribute('data-drawn', 'false');
    expect(screen.getAllByRole('button', { name: /^Loading the title…/ }).length).toBeGreaterThan(0);
    // The words arrive in the same records (lib/columnar writeTimelineText).
    pending.forEach((e, i) => Object.assign(e, { title: EVENTS[i]!.title, titleAr: EVENTS[i]!.titleAr, expression: EVENTS[i]!.expression, edtf: EVENTS[i]!.edtf }));
    rerender(<Timeline {...props} textPending={false} />);
    await waitFor(() => expect(root).toHaveAttribute('data-drawn', 'true'));
    expect(paintedTexts(canvas)).toEqual(expect.arrayContaining(['Mandiant publishes its report']));
    expect(screen.queryAllByRole('button', { name: /^Loading the title…/ })).toHaveLength(0);
  });

  it('keeps its height when zooming back out of a crowd whose rows grew, rather than pulling the page up', () => {
    const { svg } = setup({ events: crowd });
    const height = () => Number(svg.getAttribute('height'));
    const fitted = height();
    const plot = screen.getByRole('group', { name: 'Timeline' });
    // Zoomed in to a few days, the band resolves into events stacked in rows.
    for (let i = 0; i < 14; i++) fireEvent.keyDown(plot, { key: '+' });
    const zoomed = height();
    expect(zoomed).toBeGreaterThan(fitted + 200);
    fireEvent.keyDown(plot, { key: '0' });
    expect(screen.getByText(/Too many events in view/)).toBeInTheDocument();
    expect(height()).toBe(zoomed);
  });

  it('caps the lanes at a window of LANES_VIEW_PX and scrolls the rest with a scrollbar and the keys', () => {
    const actors = Array.from({ length: 30 }, (_, i) => ({ ...ACTORS[0]!, id: `actor-${i}`, name: { en: `Actor ${i}`, ar: `فاعل ${i}` } }));
    const events = actors.map((a, i) => tlEvent({ id: `e${i}`, title: `Event ${i}`, participants: [a.id], lead: a.id, earliest: start + i, latest: start + i }));
    const { svg, root } = setup({ events, actors, lanesMode: 'actor' });
    // 30 lanes are far taller than the window: the timeline once grew to all of them.
    expect(Number(svg.getAttribute('height'))).toBe(54 + LANES_VIEW_PX);
    const scrollbar = root.querySelector<HTMLElement>('[class*="laneScrollbar"]');
    expect(scrollbar).not.toBeNull();
    expect(scrollbar!.scrollTop).toBe(0);
    fireEvent.keyDown(screen.getByRole('group', { name: 'Timeline' }), { key: 'PageDown' });
    expect(scrollbar!.scrollTop).toBeCloseTo(LANES_VIEW_PX * 0.9);
  });

  it('keeps the name of the lane scrolled into at the top of the view while its rows pass under it', () => {
    // 120 United States events on one day: one lane of 120 rows, far taller than the window; then one Chinese event.
    const day = dayNumber('2013-05-14');
    const us = Array.from({ length: 120 }, (_, i) => tlEvent({ id: `us${i}`, title: `US event ${i}`, earliest: day, latest: day }));
    const cn = tlEvent({ id: 'cn', title: 'Wang Yi speaks', participants: ['wang'], lead: 'wang', sides: ['cn'], earliest: day, latest: day });
    const { svg } = setup({ events: [...us, cn] });
    const plot = screen.getByRole('group', { name: 'Timeline' });
    const usLane = () => svg.querySelector('[data-lane="side:us"]');
    expect(usLane()).not.toHaveAttribute('data-lane-stuck');
    fireEvent.keyDown(plot, { key: 'PageDown' });
    // Scrolled into the middle of the lane: its name is pinned at the top of the lanes' view (the lanes' offset), over a backing.
    expect(usLane()).toHaveAttribute('data-lane-stuck', 'true');
    const backing = usLane()!.querySelector('rect[class*="stuckLane"]')!;
    expect(Number(backing.getAttribute('y'))).toBeCloseTo(LANES_VIEW_PX * 0.9);
    expect(usLane()).toHaveTextContent('United States');
    // At the end, the Chinese lane is named in its own header, under the United States rows still pinned above.
    for (let i = 0; i < 10; i++) fireEvent.keyDown(plot, { key: 'PageDown' });
    expect(svg.querySelector('[data-lane="side:cn"]')).toHaveTextContent('China');
    expect(svg.querySelector('[data-lane="side:cn"]')).not.toHaveAttribute('data-lane-stuck');
    expect(usLane()).toHaveAttribute('data-lane-stuck', 'true');
    // Back at the top, the name is in its own header again.
    fireEvent.keyDown(plot, { key: 'PageUp' });
    for (let i = 0; i < 10; i++) fireEvent.keyDown(plot, { key: 'PageUp' });
    expect(usLane()).not.toHaveAttribute('data-lane-stuck');
  });

  it('resolves the crowd into focusable events once zoomed in far enough', () => {
    setup({ events: crowd, viewDomain: { from: '2013-03-01', to: '2013-03-04' } });
    expect(screen.getAllByRole('button', { name: /^Crowd event/ }).length).toBeGreaterThan(20);
  });
});
