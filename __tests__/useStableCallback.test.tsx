/**
 * useStableCallback: the explorer hands its views handlers that keep their
 * identity across renders (so memoised views skip renders that change
 * nothing of theirs) and still act on the latest state.
 */
import { memo, useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useStableCallback } from '@/components/useStableCallback';

const rendered = jest.fn();
const Child = memo(function Child({ onPick }: { onPick: (n: number) => void }) {
  rendered();
  return <button onClick={() => onPick(1)}>pick</button>;
});

function Parent({ onResult }: { onResult: (n: number) => void }) {
  const [offset, setOffset] = useState(10);
  const pick = useStableCallback((n: number) => onResult(n + offset));
  return (
    <>
      <button onClick={() => setOffset((o) => o + 1)}>bump</button>
      <Child onPick={pick} />
    </>
  );
}

describe('useStableCallback', () => {
  it('keeps a memoised child from rendering again, and calls the latest closure', () => {
    const onResult = jest.fn();
    render(<Parent onResult={onResult} />);
    expect(rendered).toHaveBeenCalledTimes(1);
    act(() => {
      fireEvent.click(screen.getByText('bump'));
      fireEvent.click(screen.getByText('bump'));
    });
    expect(rendered).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByText('pick'));
    expect(onResult).toHaveBeenLastCalledWith(13);
  });
});
