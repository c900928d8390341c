import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Timeline, type TimelineProps } from '@/components/timeline/Timeline';
import { ACTORS, EVENTS } from './helpers/timeline-fixture';

/** The timeline as a briefing drives it: the caller sets the visible days. */
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
  const caption = () => screen.getByText(/^Showing:/).textContent;
  return { ...utils, props, caption };
}

describe('Timeline viewDomain', () => {
  afterEach(() => jest.useRealTimers());

  it('opens on the requested days instead of fitting all events', () => {
    const { caption } = setup({ viewDomain: { from: '2013-03-01', to: '2013-03-31' } });
    expect(caption()).toContain('1–31 Mar 2013');
  });

  it('jumps to a new request at once when no transition is asked for', () => {
    const { caption, rerender, props } = setup({ viewDomain: { from: '2013-03-01', to: '2013-03-31' } });
    rerender(<Timeline {...props} viewDomain={{ from: '2013-04-10', to: '2013-04-16' }} />);
    expect(caption()).toContain('10–16 Apr 2013');
  });

  it('eases to a new request over the transition, ending exactly on it', () => {
    jest.useFakeTimers();
    const { caption, rerender, props } = setup({ viewDomain: { from: '2013-02-01', to: '2013-02-28' }, viewTransitionMs: 400 });
    rerender(<Timeline {...props} viewDomain={{ from: '2013-06-01', to: '2013-08-31' }} viewTransitionMs={400} />);
    act(() => void jest.advanceTimersByTime(200));
    const midway = caption();
    expect(midway).not.toContain('Feb 2013 –');
    expect(midway).not.toContain('1 Jun – 31 Aug 2013');
    act(() => void jest.advanceTimersByTime(400));
    expect(caption()).toContain('1 Jun – 31 Aug 2013');
  });

  it('moves from where it was when new events come with a new request', () => {
    jest.useFakeTimers();
    const { caption, rerender, props } = setup({ viewDomain: { from: '2013-02-01', to: '2013-02-28' }, viewTransitionMs: 400 });
    rerender(<Timeline {...props} events={EVENTS.slice(1)} viewDomain={{ from: '2013-06-01', to: '2013-08-31' }} viewTransitionMs={400} />);
    act(() => void jest.advanceTimersByTime(200));
    expect(caption()).not.toContain('1 Jun – 31 Aug 2013');
    act(() => void jest.advanceTimersByTime(400));
    expect(caption()).toContain('1 Jun – 31 Aug 2013');
  });

  it('leaves zoom and "Fit all" to the analyst between requests', async () => {
    const user = userEvent.setup();
    const { caption } = setup({ viewDomain: { from: '2013-03-01', to: '2013-03-31' } });
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(caption()).not.toContain('1–31 Mar 2013');
  });

  it('ignores a malformed request and fits all events', () => {
    const fitted = setup().caption();
    document.body.innerHTML = '';
    expect(setup({ viewDomain: { from: '2013-02-30', to: '2013-03-31' } }).caption()).toBe(fitted);
  });
});
