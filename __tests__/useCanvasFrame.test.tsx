import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { HEIGHT_STEP, bitmapHeight, useCanvasFrame } from '@/components/timeline/useCanvasFrame';
import type { TimelineFrame } from '@/components/timeline/paintTimeline';

/** An empty frame of the given CSS height: the bitmap's size is all these tests look at. */
function frameOf(height: number): TimelineFrame {
  return {
    width: 400,
    height,
    lanesTop: 0,
    clipTop: 0,
    plotLeft: 0,
    plotRight: 400,
    lanes: [],
    items: [],
    highlightBins: new Map(),
    grid: [],
    emphasisOf: () => 'normal',
    selectedEventId: null,
    rtlText: false,
    rowHeight: 28,
  };
}

function Painted({ frame, keepBitmap }: { frame: TimelineFrame; keepBitmap: boolean }) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const root = useRef<HTMLDivElement | null>(null);
  useCanvasFrame(canvas, root, frame, { keepBitmap });
  return (
    <div ref={root}>
      <canvas ref={canvas} />
    </div>
  );
}

/** Runs the animation frame the hook asked for. */
async function nextFrame() {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

describe('bitmapHeight', () => {
  it('rounds up to whole steps of device pixels', () => {
    expect(bitmapHeight(100, 1, 0, false)).toBe(HEIGHT_STEP);
    expect(bitmapHeight(HEIGHT_STEP + 1, 1, 0, false)).toBe(2 * HEIGHT_STEP);
    expect(bitmapHeight(HEIGHT_STEP, 2, 0, false)).toBe(2 * HEIGHT_STEP);
  });

  it('never shrinks while kept, and grows as needed', () => {
    expect(bitmapHeight(100, 1, 4 * HEIGHT_STEP, true)).toBe(4 * HEIGHT_STEP);
    expect(bitmapHeight(5 * HEIGHT_STEP, 1, 4 * HEIGHT_STEP, true)).toBe(5 * HEIGHT_STEP);
    expect(bitmapHeight(100, 1, 4 * HEIGHT_STEP, false)).toBe(HEIGHT_STEP);
  });
});

describe('useCanvasFrame', () => {
  it('keeps a tall bitmap through a gesture whose lanes shrink, and fits it once the gesture rests', async () => {
    const tall = 3 * HEIGHT_STEP;
    const { container, rerender } = render(<Painted frame={frameOf(tall)} keepBitmap={false} />);
    const canvas = container.querySelector('canvas')!;
    await nextFrame();
    expect(canvas.height).toBe(tall);

    // Zooming: the lanes lose rows frame after frame, and each new height would be a new bitmap to allocate and clear.
    rerender(<Painted frame={frameOf(2 * HEIGHT_STEP)} keepBitmap />);
    await nextFrame();
    rerender(<Painted frame={frameOf(HEIGHT_STEP / 2)} keepBitmap />);
    await nextFrame();
    expect(canvas.height).toBe(tall);

    // Growing during the gesture is allowed: the lanes must never be cut.
    rerender(<Painted frame={frameOf(4 * HEIGHT_STEP)} keepBitmap />);
    await nextFrame();
    expect(canvas.height).toBe(4 * HEIGHT_STEP);

    // At rest, the same frame again: only the bitmap changes, to fit.
    const last = frameOf(HEIGHT_STEP / 2);
    rerender(<Painted frame={last} keepBitmap />);
    await nextFrame();
    rerender(<Painted frame={last} keepBitmap={false} />);
    await nextFrame();
    expect(canvas.height).toBe(HEIGHT_STEP);
    expect(canvas.style.height).toBe(`${HEIGHT_STEP}px`);
  });
});
