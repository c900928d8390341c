import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Timeline, type TimelineProps } from '@/components/timeline/Timeline';
import { GESTURE_REST_MS } from '@/components/timeline/useGestureRest';
import { ACTORS, EVENTS } from './helpers/timeline-fixture';

/** jsdom has no ResizeObserver: a stand-in that lets a test resize the container. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  resize(width: number) {
    const entry = { contentRect: { width } } as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
}

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
  const glyph = (name: RegExp) => screen.getByRole('button', { name });
  const caption = () => screen.getByText(/^Showing:/).textContent;
  return { ...utils, props, glyph, caption };
}

describe('Timeline', () => {
  afterEach(() => {
    FakeResizeObserver.instances = [];
    delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
  });

  it('draws every dated event as a labelled, focusable glyph, and leaves the undated one out', () => {
    const { glyph } = setup();
    expect(glyph(/^Kerry meets Wang Yi in Beijing, 13 April 2013, occurred/)).toHaveAttribute('tabindex', '0');
    expect(glyph(/^Working group to meet, Jun–Aug 2013 \(season\), expected/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Undated remark/ })).toBeNull();
  });

  it('names its lanes in English and Arabic', () => {
    const { container } = setup();
    const lane = container.querySelector('[data-lane="side:us"]')!;
    expect(lane).toHaveTextContent('United States');
    expect(within(lane as HTMLElement).getByText('الولايات المتحدة')).toHaveAttribute('lang', 'ar');
  });

  it('selects an event when its glyph is clicked, and deselects when the selected one is pressed again', async () => {
    const user = userEvent.setup();
    const { glyph, props, rerender } = setup();
    await user.click(glyph(/^Mandiant publishes its report/));
    expect(props.onSelectEvent).toHaveBeenCalledWith('report');
    rerender(<Timeline {...props} selectedEventId="report" />);
    expect(glyph(/^Mandiant publishes its report/)).toHaveAttribute('aria-pressed', 'true');
    await user.click(glyph(/^Mandiant publishes its report/));
    expect(props.onSelectEvent).toHaveBeenLastCalledWith(null);
  });

  it('selects with Enter from the keyboard', async () => {
    const user = userEvent.setup();
    const { glyph, props } = setup();
    act(() => glyph(/^Al Jazeera reports/).focus());
    await user.keyboard('{Enter}');
    expect(props.onSelectEvent).toHaveBeenCalledWith('broadcast');
  });

  it('shows a tooltip on focus with the date as written in Arabic and as resolved', () => {
    const { glyph } = setup();
    const target = glyph(/^Kerry meets Wang Yi/);
    act(() => target.focus());
    const tooltip = screen.getByRole('tooltip');
    expect(target).toHaveAttribute('aria-describedby', tooltip.id);
    const written = within(tooltip).getByText('اليوم السبت');
    expect(written).toHaveAttribute('lang', 'ar');
    expect(written).toHaveAttribute('dir', 'rtl');
    expect(tooltip).toHaveTextContent('13 April 2013');
    expect(tooltip).toHaveTextContent('John Kerry, Wang Yi');
    expect(tooltip).toHaveTextContent('corroborated by 2 sources');
    act(() => target.blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows a tooltip on hover and hides it with Escape', () => {
    const { glyph } = setup();
    fireEvent.pointerEnter(glyph(/^Hacking attacks continue/));
    expect(screen.getByRole('tooltip')).toHaveTextContent('some time up to 15 May 2013 (vague, open start)');
    fireEvent.keyDown(glyph(/^Hacking attacks continue/), { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('highlights the events of the highlighted actor and dims the others', () => {
    const { glyph } = setup({ highlightActorId: 'wang' });
    expect(glyph(/^Kerry meets Wang Yi/)).toHaveAttribute('data-emphasis', 'highlighted');
    expect(glyph(/^Hacking attacks continue/)).toHaveAttribute('data-emphasis', 'highlighted');
    const dimmed = glyph(/^Mandiant publishes its report/);
    expect(dimmed).toHaveAttribute('data-emphasis', 'dimmed');
    expect(dimmed).toHaveAccessibleName(expect.stringContaining('outside the highlight'));
  });

  it('highlights the events of a graph edge', () => {
    const { glyph } = setup({ highlightEventIds: ['broadcast'] });
    expect(glyph(/^Al Jazeera reports/)).toHaveAttribute('data-emphasis', 'highlighted');
    expect(glyph(/^Kerry meets/)).toHaveAttribute('data-emphasis', 'dimmed');
  });

  it('zooms and pans from the keyboard and fits all again', async () => {
    const user = userEvent.setup();
    const { caption } = setup();
    const fitted = caption();
    screen.getByRole('group', { name: 'Timeline' }).focus();
    await user.keyboard('+');
    const zoomed = caption();
    expect(zoomed).not.toBe(fitted);
    await user.keyboard('{ArrowRight}');
    expect(caption()).not.toBe(zoomed);
    await user.keyboard('0');
    expect(caption()).toBe(fitted);
  });

  it('zooms with the buttons and with the mouse wheel', async () => {
    const user = userEvent.setup();
    const { caption, container } = setup();
    const fitted = caption();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(caption()).not.toBe(fitted);
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(caption()).toBe(fitted);
    fireEvent.wheel(container.querySelector('svg')!, { deltaY: -500, clientX: 400, clientY: 100, view: window });
    expect(caption()).not.toBe(fitted);
  });

  it("leaves out the events' hit regions while the wheel turns, and brings them back once it rests", async () => {
    const { container } = setup();
    const regions = () => container.querySelectorAll('[data-event-id] [data-hit-area]').length;
    const before = regions();
    expect(before).toBeGreaterThan(0);
    fireEvent.wheel(container.querySelector('svg')!, { deltaY: -100, clientX: 400, clientY: 100, view: window });
    // Moving 400 of them on every frame of a gesture cost React's commit 176 ms over the benchmark's gesture at 1,000 events.
    expect(regions()).toBe(0);
    await waitFor(() => expect(regions()).toBeGreaterThan(0), { timeout: GESTURE_REST_MS * 8 });
  });

  it('keeps the hit regions while one of them has the keyboard focus, so the wheel does not drop the focus', () => {
    const { container } = setup();
    const region = container.querySelector<SVGGElement>('[data-event-id]')!;
    act(() => region.focus());
    fireEvent.wheel(container.querySelector('svg')!, { deltaY: -100, clientX: 400, clientY: 100, view: window });
    expect(container.querySelectorAll('[data-event-id]').length).toBeGreaterThan(0);
    expect(document.activeElement?.getAttribute('data-event-id')).toBe(region.getAttribute('data-event-id'));
  });

  it('pans when the plot is dragged', () => {
    const { caption, container } = setup();
    const fitted = caption();
    const svg = container.querySelector('svg')!;
    fireEvent.mouseDown(svg, { clientX: 500, clientY: 150, view: window });
    fireEvent.mouseMove(window, { clientX: 300, clientY: 150, view: window });
    fireEvent.mouseUp(window, { clientX: 300, clientY: 150, view: window });
    expect(caption()).not.toBe(fitted);
  });

  it('switches lane grouping', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    expect(screen.getByRole('button', { name: 'By side' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'By actor' }));
    expect(props.onLanesModeChange).toHaveBeenCalledWith('actor');
  });

  it('repeats an event in each participant’s lane in actor mode', () => {
    setup({ lanesMode: 'actor' });
    expect(screen.getAllByRole('button', { name: /^Kerry meets Wang Yi/ })).toHaveLength(2);
  });

  it('sets the period to the visible range and clears it', async () => {
    const user = userEvent.setup();
    const { props, rerender } = setup();
    expect(screen.getByRole('button', { name: 'Clear period' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Select visible period' }));
    const period = (props.onWindowChange as jest.Mock).mock.calls[0][0];
    // The fitted view covers every dated event, from the February report to the summer meeting.
    expect(period.from < '2013-02-01').toBe(true);
    expect(period.to > '2013-08-31').toBe(true);
    rerender(<Timeline {...props} window={{ from: '2013-04-01', to: '2013-04-30' }} />);
    expect(screen.getByText(/^Selected period/)).toHaveTextContent('1–30 Apr 2013');
    await user.click(screen.getByRole('button', { name: 'Clear period' }));
    expect(props.onWindowChange).toHaveBeenLastCalledWith(null);
  });

  it('draws the brushed period in the strip under the axis', () => {
    const { container } = setup({ window: { from: '2013-04-01', to: '2013-04-30' } });
    const band = container.querySelector('[data-testid="brush"] .selection')!;
    expect(band).not.toBeNull();
    expect(Number(band.getAttribute('width'))).toBeGreaterThan(0);
  });

  it('follows its container’s width and stops observing when unmounted', () => {
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeResizeObserver;
    const { container, unmount } = setup();
    const observer = FakeResizeObserver.instances[0]!;
    expect(observer.observed).toHaveLength(1);
    act(() => observer.resize(390));
    expect(container.querySelector('svg[width="390"]')).not.toBeNull();
    unmount();
    expect(observer.disconnected).toBe(true);
  });

  it('stays fitted as the width changes until the analyst zooms, then keeps the chosen view', async () => {
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeResizeObserver;
    const user = userEvent.setup();
    const { caption } = setup();
    const observer = FakeResizeObserver.instances[0]!;
    act(() => observer.resize(1600));
    const wide = caption();
    act(() => observer.resize(390));
    expect(caption()).not.toBe(wide);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const zoomed = caption();
    act(() => observer.resize(1600));
    expect(caption()).toBe(zoomed);
  });

  it('lays time out right to left in Arabic', () => {
    setup({ locale: 'ar' });
    const earlier = screen.getByRole('button', { name: /^مانديانت تنشر تقريرها/ });
    const later = screen.getByRole('button', { name: /^اجتماع مجموعة العمل/ });
    // The glyphs are painted on the canvas; each event's hit region covers its glyph and title.
    const xOf = (el: HTMLElement) => Number(el.querySelector('[data-hit-area]')!.getAttribute('x'));
    expect(xOf(later)).toBeLessThan(xOf(earlier));
    expect(screen.getByRole('button', { name: 'عرض الكل' })).toBeInTheDocument();
  });

  it('says so when there is nothing to draw', () => {
    setup({ events: [] });
    expect(screen.getByText('No dated events to show.')).toBeInTheDocument();
  });
});
