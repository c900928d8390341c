/**
 * useElementWidth (components/timeline): the timeline knows its container's
 * width in its first painted frame, not a frame later; no pass is made at a
 * guessed width first; and a hidden container (width 0) keeps the fallback.
 */
import { render, screen } from '@testing-library/react';
import { useElementWidth } from '@/components/timeline/useElementWidth';

function Probe({ onWidth }: { onWidth: (width: number | null) => void }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(960);
  onWidth(width);
  return (
    <div ref={ref} data-testid="box" style={{ paddingLeft: '6px', paddingRight: '4px' }}>
      {width}
    </div>
  );
}

describe('useElementWidth', () => {
  const original = HTMLElement.prototype.getBoundingClientRect;
  afterEach(() => {
    HTMLElement.prototype.getBoundingClientRect = original;
  });

  it('measures the content box as the element mounts, before any ResizeObserver report, so the first paint has the real width', () => {
    HTMLElement.prototype.getBoundingClientRect = () => ({ width: 806.4, height: 10, x: 0, y: 0, top: 0, left: 0, right: 806.4, bottom: 10, toJSON: () => ({}) });
    const widths: (number | null)[] = [];
    render(<Probe onWidth={(w) => widths.push(w)} />);
    // The layout effect re-renders synchronously: what the browser would paint already says 796 (806.4 less 10 px of padding).
    expect(screen.getByTestId('box')).toHaveTextContent('796');
    // Before it, the width was unknown, not a guess: the timeline lays nothing out at a width it would throw away.
    expect(widths).toEqual([null, 796]);
  });

  it('keeps the fallback while the container has no width (hidden, or not laid out)', () => {
    render(<Probe onWidth={() => {}} />);
    expect(screen.getByTestId('box')).toHaveTextContent('960');
  });
});
