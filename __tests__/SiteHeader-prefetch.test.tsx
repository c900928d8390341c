/**
 * The site header prefetches a page only when the reader reaches for its
 * link: at 100,000 events, prefetching every page once the explorer was quiet
 * put tasks of 40–55 ms on the page just as a reader starts to zoom.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { SiteHeader } from '@/components/i18n/SiteHeader';
import { LangContext } from '@/components/i18n/lang-context';

const prefetch = jest.fn();
jest.mock('next/navigation', () => ({
  useRouter: () => ({ prefetch, push: jest.fn(), replace: jest.fn() }),
  usePathname: () => '/',
  useSearchParams: () => new URLSearchParams(),
}));

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;

describe('SiteHeader prefetching', () => {
  let idle: IdleCallback[] = [];
  beforeEach(() => {
    prefetch.mockClear();
    idle = [];
    (window as { requestIdleCallback?: unknown }).requestIdleCallback = (cb: IdleCallback) => idle.push(cb);
    (window as { cancelIdleCallback?: unknown }).cancelIdleCallback = () => {};
  });
  afterEach(() => {
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
  });

  it('asks for nothing as the page loads and goes quiet', () => {
    render(<SiteHeader />);
    // Even a long quiet spell does not start any prefetch.
    idle.splice(0).forEach((cb) => cb({ timeRemaining: () => 50, didTimeout: false }));
    expect(prefetch).not.toHaveBeenCalled();
  });

  it('prefetches a page when the pointer comes over its link, when its link takes the focus, and on a touch', () => {
    render(<SiteHeader />);
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Actors' }));
    expect(prefetch).toHaveBeenLastCalledWith('/actors');
    fireEvent.focus(screen.getByRole('link', { name: 'Sources' }));
    expect(prefetch).toHaveBeenLastCalledWith('/sources');
    fireEvent.touchStart(screen.getByRole('link', { name: 'Events' }));
    expect(prefetch).toHaveBeenLastCalledWith('/events');
    expect(prefetch).toHaveBeenCalledTimes(3);
  });

  it('prefetches the page in the reader’s language', () => {
    render(
      <LangContext.Provider value="ar">
        <SiteHeader />
      </LangContext.Provider>,
    );
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'الفاعلون' }));
    expect(prefetch).toHaveBeenLastCalledWith('/actors?lang=ar');
  });
});
