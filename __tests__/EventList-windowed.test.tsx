import { memo } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventList, ROW_PX, WINDOW_FROM } from '@/components/timeline/EventList';
import { encodeTimelineColumns, splitTimelineColumns } from '@/lib/columnar';
import { recordsFromColumns } from '@/lib/timeline/records';
import { wordsOfColumns } from '@/lib/timeline/words';
import { ACTORS, tlEvent } from './helpers/timeline-fixture';

/** 5,000 one-day events, event i on day i, so date order is index order. */
const MANY = Array.from({ length: 5000 }, (_, i) => tlEvent({ id: `e${String(i).padStart(4, '0')}`, title: `Event number ${i}`, earliest: 15000 + i, latest: 15000 + i }));

function setup(props: Partial<React.ComponentProps<typeof EventList>> = {}) {
  const onSelectEvent = jest.fn();
  const utils = render(<EventList events={MANY} actors={ACTORS} selectedEventId={null} onSelectEvent={onSelectEvent} {...props} />);
  const listbox = screen.getByRole('listbox');
  const activeOption = () => document.getElementById(listbox.getAttribute('aria-activedescendant') ?? '');
  return { ...utils, onSelectEvent, listbox, activeOption };
}

describe('EventList with thousands of events', () => {
  it('puts only the options in view in the DOM, each saying its place in the whole list', () => {
    const { listbox } = setup();
    expect(MANY.length).toBeGreaterThan(WINDOW_FROM);
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThan(40);
    expect(options[0]).toHaveAttribute('aria-posinset', '1');
    expect(options[0]).toHaveAttribute('aria-setsize', '5000');
    // The rest of the list is there as scrollable room, inside the list: a spacer after the options, none before the first.
    const after = listbox.querySelector<HTMLElement>('[data-spacer="after"]');
    expect(parseFloat(after!.style.height)).toBeGreaterThan(4000 * ROW_PX);
    expect(after).toHaveAttribute('aria-hidden', 'true');
    expect(listbox.querySelector('[data-spacer="before"]')).toBeNull();
    expect(listbox.style.paddingBlockEnd).toBe('');
  });

  it('moves through every event with the keys, bringing the active one into the DOM and into view', async () => {
    const user = userEvent.setup();
    const { listbox, activeOption, onSelectEvent } = setup();
    await user.tab();
    await user.keyboard('{End}');
    expect(activeOption()).toHaveTextContent('Event number 4999');
    expect(activeOption()).toHaveAttribute('aria-posinset', '5000');
    expect(listbox.scrollTop).toBeGreaterThan(4990 * ROW_PX - 1000);
    await user.keyboard('{PageUp}{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Event number 4988');
    await user.keyboard('{Enter}');
    expect(onSelectEvent).toHaveBeenLastCalledWith('e4988');
    await user.keyboard('{Home}');
    expect(activeOption()).toHaveAttribute('aria-posinset', '1');
  });

  it('shows the selected event when it is chosen elsewhere, however far down', () => {
    const { activeOption, rerender, onSelectEvent } = setup();
    rerender(<EventList events={MANY} actors={ACTORS} selectedEventId="e3210" onSelectEvent={onSelectEvent} />);
    expect(activeOption()).toHaveTextContent('Event number 3210');
    expect(screen.getByRole('option', { name: /Event number 3210/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('renders the options of the scrolled-to part of the list', () => {
    const { listbox } = setup();
    listbox.scrollTop = 2500 * ROW_PX;
    fireEvent.scroll(listbox);
    expect(screen.getByRole('option', { name: /Event number 2500\b/ })).toHaveAttribute('aria-posinset', '2501');
    expect(screen.queryByRole('option', { name: /Event number 0\b/ })).toBeNull();
  });
});

describe('EventList whose words come after its records', () => {
  // As the explorer holds it: memoised, given the same records, which read their words once they come.
  const List = memo(EventList);

  it('shows the titles as soon as the records have their words, without a scroll', () => {
    const count = 400;
    const events = Array.from({ length: count }, (_, i) => tlEvent({ id: `w${String(i).padStart(3, '0')}`, earliest: 15000 + i, latest: 15000 + i }));
    const records = recordsFromColumns(splitTimelineColumns(encodeTimelineColumns(events)).shape, null);
    const bare = Array.from({ length: count }, (_, i) => records.at(i));
    const onSelectEvent = jest.fn();
    const { rerender } = render(<List events={bare} actors={ACTORS} selectedEventId={null} onSelectEvent={onSelectEvent} textPending />);
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Loading the title…');
    const text = { version: 1 as const, count, title: bare.map((_, i) => `Talks, day ${i}`), titleAr: bare.map((_, i) => `محادثات ${i}`), expression: bare.map(() => 'أمس'), edtf: bare.map(() => '2011-01-26') };
    records.setWords(wordsOfColumns(text));
    rerender(<List events={bare} actors={ACTORS} selectedEventId={null} onSelectEvent={onSelectEvent} textPending={false} />);
    const first = screen.getAllByRole('option')[0]!;
    expect(first).toHaveTextContent('Talks, day 0');
    expect(first).not.toHaveTextContent('Loading the title…');
  });
});
