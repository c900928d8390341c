/**
 * The graph's DOM twin: every actor reachable as a button, selection by
 * click and keyboard, and the selected event's participants marked in text.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ActorList, ROWS_PER_PAGE } from '@/components/graph/ActorList';
import { ACTORS, GRAPH } from './graph-fixture';
import { RESTING_MS } from '@/components/graph/resting-intent';

function button(name: RegExp) {
  return screen.getByRole('button', { name });
}

/** The list with its selection held in state, as a page would. */
function Harness({ highlight = [], onSelect, onPressStart }: { highlight?: string[]; onSelect?: (id: string | null) => void; onPressStart?: (id: string) => void }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <ActorList
      actors={ACTORS}
      graph={GRAPH}
      selectedActorId={selected}
      highlightActorIds={highlight}
      onSelectActor={(id) => {
        setSelected(id);
        onSelect?.(id);
      }}
      onPressStart={onPressStart}
    />
  );
}

it('lists every actor as a button with both names, kind and counts, grouped by side', () => {
  render(<Harness />);
  expect(screen.getAllByRole('button')).toHaveLength(ACTORS.length);
  const kerry = button(/John Kerry/);
  expect(kerry).toHaveTextContent('Person · 4 events · 3 statements');
  const arabic = within(kerry).getByText('جون كيري');
  expect(arabic).toHaveAttribute('lang', 'ar');
  expect(arabic).toHaveAttribute('dir', 'rtl');
  expect(button(/United Nations/)).toHaveTextContent('0 events · 0 statements');

  const china = screen.getByRole('region', { name: /^China/ });
  expect(within(china).getAllByRole('button').map((b) => b.dataset.actorId)).toEqual([
    'china',
    'china-foreign-ministry',
    'unit-61398',
    'wang-yi',
  ]);
  // Media and companies form their own groups whatever their country.
  expect(within(screen.getByRole('region', { name: /News media/ })).getByRole('button')).toHaveTextContent('Al Jazeera');
});

it('selects by click and deselects on a second press, with aria-pressed', async () => {
  const user = userEvent.setup();
  const onSelect = jest.fn();
  render(<Harness onSelect={onSelect} />);
  const wang = button(/Wang Yi/);
  expect(wang).toHaveAttribute('aria-pressed', 'false');
  await user.click(wang);
  expect(onSelect).toHaveBeenLastCalledWith('wang-yi');
  expect(wang).toHaveAttribute('aria-pressed', 'true');
  await user.click(wang);
  expect(onSelect).toHaveBeenLastCalledWith(null);
  expect(wang).toHaveAttribute('aria-pressed', 'false');
});

it('selects with the keyboard: Tab to an actor, Enter or Space to choose', async () => {
  const user = userEvent.setup();
  const onSelect = jest.fn();
  render(<Harness onSelect={onSelect} />);
  await user.tab();
  expect(button(/John Kerry/)).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(onSelect).toHaveBeenLastCalledWith('john-kerry');
  await user.tab();
  await user.keyboard(' ');
  expect(onSelect).toHaveBeenLastCalledWith('united-states');
  expect(button(/United States/)).toHaveAttribute('aria-pressed', 'true');
  expect(button(/John Kerry/)).toHaveAttribute('aria-pressed', 'false');
});

it("marks the selected event's participants visibly and in words, and announces them", () => {
  render(<Harness highlight={['china', 'united-states']} />);
  const china = button(/^China/);
  expect(china).toHaveClass('is-highlighted');
  expect(china).toHaveAccessibleName(expect.stringContaining('In selected event'));
  expect(button(/Wang Yi/)).not.toHaveTextContent('In selected event');
  const status = screen.getByText(/take part in the selected event/);
  expect(status).toHaveAttribute('aria-live', 'polite');
  expect(status).toHaveTextContent('2 actors take part in the selected event: United States, China.');
});

it('tells the page a press on an actor has begun, before the click, except on the selected actor (whose press clears)', async () => {
  const user = userEvent.setup();
  const onPressStart = jest.fn();
  const onSelect = jest.fn();
  // Each selection notes how many presses had begun by then: the press comes before the click that selects.
  render(<Harness onSelect={(id) => onSelect(id, onPressStart.mock.calls.length)} onPressStart={onPressStart} />);
  const wang = button(/Wang Yi/);
  await user.pointer({ keys: '[MouseLeft>]', target: wang });
  expect(onPressStart).toHaveBeenCalledWith('wang-yi');
  expect(onSelect).not.toHaveBeenCalled();
  await user.pointer({ keys: '[/MouseLeft]', target: wang });
  expect(onSelect).toHaveBeenLastCalledWith('wang-yi', 1);
  // Pressing the selected actor again clears it: nothing to fetch.
  await user.click(wang);
  expect(onPressStart).toHaveBeenCalledTimes(1);
  expect(onSelect).toHaveBeenLastCalledWith(null, 1);
  // A press outside any actor's button is no actor's.
  await user.pointer({ keys: '[MouseLeft]', target: screen.getByRole('region', { name: /^China/ }) });
  expect(onPressStart).toHaveBeenCalledTimes(1);
});

it('asks for the records of an actor the pointer rests on, not of those it passes over or of the selected one', () => {
  jest.useFakeTimers();
  try {
    const onPressStart = jest.fn();
    render(<Harness onPressStart={onPressStart} />);
    const wang = button(/Wang Yi/);
    const china = screen.getByRole('region', { name: /^China/ });
    // Over a row's own parts (its names), as a pointer is.
    fireEvent.pointerOver(within(china).getAllByRole('button')[0]!.querySelector('.actor-list__en')!);
    act(() => jest.advanceTimersByTime(RESTING_MS / 3));
    fireEvent.pointerOver(wang.querySelector('.actor-list__en')!);
    act(() => jest.advanceTimersByTime(RESTING_MS - 1));
    expect(onPressStart).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(onPressStart).toHaveBeenCalledTimes(1);
    expect(onPressStart).toHaveBeenCalledWith('wang-yi');
    // Leaving the list before the rest is long enough asks for nothing.
    fireEvent.click(wang);
    const other = within(china).getAllByRole('button').find((b) => b !== wang)!;
    fireEvent.pointerOver(other);
    fireEvent.pointerLeave(document.querySelector('section.actor-list')!);
    act(() => jest.advanceTimersByTime(RESTING_MS * 2));
    // And the selected actor (whose press clears it) is never asked for.
    fireEvent.pointerOver(wang);
    act(() => jest.advanceTimersByTime(RESTING_MS * 2));
    expect(onPressStart).toHaveBeenCalledTimes(1);
  } finally {
    jest.useRealTimers();
  }
});

it('lists a long side a page at a time, "show more" adding the next, the selected actor listed wherever it sorts', async () => {
  const user = userEvent.setup();
  const many = Array.from({ length: ROWS_PER_PAGE * 2 + 30 }, (_, i) => ({
    ...ACTORS.find((a) => a.id === 'china')!,
    id: `official-${String(i).padStart(3, '0')}`,
    name: { en: `Official ${String(i).padStart(3, '0')}`, ar: `مسؤول ${i}` },
    kind: 'person' as const,
  }));
  const last = many[many.length - 1]!;
  render(<ActorList actors={many} graph={{ ...GRAPH, nodes: [] }} selectedActorId={last.id} highlightActorIds={[]} onSelectActor={() => {}} />);
  const rows = () => screen.getAllByRole('button', { name: /^Official/ });
  // A page, and the selected actor after it.
  expect(rows()).toHaveLength(ROWS_PER_PAGE + 1);
  expect(rows()[ROWS_PER_PAGE]).toHaveAccessibleName(expect.stringContaining(last.name.en));
  await user.click(button(new RegExp(`^Show ${ROWS_PER_PAGE} more \\(${ROWS_PER_PAGE} of ${many.length} listed\\)`)));
  expect(rows()).toHaveLength(ROWS_PER_PAGE * 2 + 1);
  await user.click(button(new RegExp(`^Show 30 more \\(${ROWS_PER_PAGE * 2} of ${many.length} listed\\)`)));
  expect(rows()).toHaveLength(many.length);
  expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
});
