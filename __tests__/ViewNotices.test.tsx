/**
 * The explorer's notices of what the view leaves out. Their live region is
 * in the page from the start: a screen reader announces words that change
 * inside a region it already knows, not a region that appears with them.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ViewNotices } from '@/components/explorer/ViewNotices';
import { LangContext } from '@/components/i18n/lang-context';

const none = { notices: [], window: null, onClearWindow: () => undefined, typeFilter: null, onClearTypes: () => undefined };

it('keeps an empty live region while nothing is filtered, and says the period in it once one is brushed', async () => {
  const onClearWindow = jest.fn();
  const { rerender } = render(<ViewNotices {...none} onClearWindow={onClearWindow} />);
  const region = screen.getByRole('status');
  expect(region).toHaveAttribute('aria-live', 'polite');
  expect(region).toBeEmptyDOMElement();

  rerender(<ViewNotices {...none} onClearWindow={onClearWindow} window={{ from: '2013-05-01', to: '2013-08-31' }} />);
  // The same element: the region was not replaced.
  expect(screen.getByRole('status')).toBe(region);
  expect(region).toHaveTextContent('Showing only relations with events between 2013-05-01 and 2013-08-31.');
  // Each day on one line: a narrow notice used to break one at its hyphen.
  for (const day of ['2013-05-01', '2013-08-31']) expect(within(region).getByText(day)).toHaveClass('keep-whole');
  await userEvent.setup().click(within(region).getByRole('button', { name: 'Clear period' }));
  expect(onClearWindow).toHaveBeenCalledTimes(1);
});

it('keeps the Arabic notice whole too, its days and an open end in their places', () => {
  render(
    <LangContext.Provider value="ar">
      <ViewNotices {...none} window={{ from: null, to: '2013-08-31' }} />
    </LangContext.Provider>,
  );
  const region = screen.getByRole('status');
  expect(region).toHaveTextContent('تُعرض فقط العلاقات التي لها أحداث بين البداية و2013-08-31.');
  expect(within(region).getByText('البداية')).toHaveClass('keep-whole');
  expect(within(region).getByText('2013-08-31')).toHaveClass('keep-whole');
});
