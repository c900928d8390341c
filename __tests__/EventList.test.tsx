import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventList } from '@/components/timeline/EventList';
import { ACTORS, EVENTS } from './helpers/timeline-fixture';

function setup(props: Partial<React.ComponentProps<typeof EventList>> = {}) {
  const onSelectEvent = jest.fn();
  const utils = render(<EventList events={EVENTS} actors={ACTORS} selectedEventId={null} onSelectEvent={onSelectEvent} {...props} />);
  const listbox = screen.getByRole('listbox');
  const activeOption = () => document.getElementById(listbox.getAttribute('aria-activedescendant') ?? '');
  return { ...utils, onSelectEvent, listbox, activeOption };
}

describe('EventList', () => {
  it('lists every event in date order, undated last', () => {
    setup();
    const titles = screen.getAllByRole('option').map((o) => o.querySelector('[class*="optionTitle"]')?.textContent);
    expect(titles).toEqual([
      'Mandiant publishes its report',
      'Kerry meets Wang Yi in Beijing',
      'Hacking attacks continue',
      'Al Jazeera reports the talks',
      'Working group to meet',
      'Undated remark',
    ]);
  });

  it('shows the resolved date, the Arabic expression as written, the title and the status', () => {
    setup();
    const option = screen.getByRole('option', { name: /Kerry meets Wang Yi/ });
    expect(option).toHaveTextContent('13 April 2013');
    expect(option).toHaveTextContent('occurred');
    expect(option).toHaveTextContent('corroborated by 2 sources');
    expect(option).toHaveTextContent('Participants: John Kerry, Wang Yi');
    const expression = within(option).getByText('اليوم السبت');
    expect(expression).toHaveAttribute('lang', 'ar');
    expect(expression).toHaveAttribute('dir', 'rtl');
  });

  it('is reached with Tab and moves with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    const { listbox, activeOption } = setup();
    await user.tab();
    expect(listbox).toHaveFocus();
    expect(activeOption()).toHaveTextContent('Mandiant publishes its report');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Hacking attacks continue');
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Kerry meets Wang Yi');
    await user.keyboard('{End}');
    expect(activeOption()).toHaveTextContent('Undated remark');
    expect(activeOption()).toHaveTextContent('no known date');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Undated remark');
    await user.keyboard('{Home}');
    expect(activeOption()).toHaveTextContent('Mandiant publishes its report');
  });

  it('selects the active option with Enter or Space', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelectEvent).toHaveBeenLastCalledWith('kerry-visit');
    await user.keyboard('{ArrowDown} ');
    expect(onSelectEvent).toHaveBeenLastCalledWith('hacking');
  });

  it('selects on click', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = setup();
    await user.click(screen.getByRole('option', { name: /Working group/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('working-group');
  });

  it('marks the selected event and makes it the active one', () => {
    const { activeOption, rerender, onSelectEvent } = setup({ selectedEventId: 'broadcast' });
    expect(screen.getByRole('option', { name: /Al Jazeera reports/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: /Kerry meets/ })).toHaveAttribute('aria-selected', 'false');
    expect(activeOption()).toHaveTextContent('Al Jazeera reports');
    rerender(<EventList events={EVENTS} actors={ACTORS} selectedEventId="report" onSelectEvent={onSelectEvent} />);
    expect(activeOption()).toHaveTextContent('Mandiant publishes');
  });

  it('dims events outside the highlighted actor but keeps them reachable and says so', async () => {
    const user = userEvent.setup();
    const { onSelectEvent, activeOption } = setup({ highlightActorId: 'wang' });
    expect(screen.getByRole('option', { name: /Kerry meets/ })).toHaveAttribute('data-emphasis', 'highlighted');
    const report = screen.getByRole('option', { name: /Mandiant publishes/ });
    expect(report).toHaveAttribute('data-emphasis', 'dimmed');
    expect(report).toHaveTextContent('outside the highlight');
    await user.tab();
    expect(activeOption()).toBe(report);
    await user.keyboard('{Enter}');
    expect(onSelectEvent).toHaveBeenCalledWith('report');
  });

  it('highlights the events of a graph edge', () => {
    setup({ highlightEventIds: ['broadcast'] });
    expect(screen.getByRole('option', { name: /Al Jazeera reports/ })).toHaveAttribute('data-emphasis', 'highlighted');
    expect(screen.getByRole('option', { name: /Kerry meets/ })).toHaveAttribute('data-emphasis', 'dimmed');
  });

  it('takes its name from a visible heading when given one', () => {
    render(
      <>
        <h2 id="heading">Events</h2>
        <EventList events={EVENTS} selectedEventId={null} onSelectEvent={() => {}} labelledBy="heading" />
      </>,
    );
    expect(screen.getByRole('listbox', { name: 'Events' })).toBeInTheDocument();
  });

  it('speaks Arabic when asked', () => {
    setup({ locale: 'ar' });
    expect(screen.getByRole('listbox', { name: 'الأحداث بترتيب التاريخ' })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('option', { name: /كيري يلتقي/ })).toHaveTextContent('13 أبريل 2013');
  });
});
