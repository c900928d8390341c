import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { HEIGHT_STEP, bitmapHeight, useCanvasFrame } from '@/components/timeline/useCanvasFrame';
import { NEAR_VIEW_MARGIN, PAINT_NOW_EVENT } from '@/components/near-view';
import { stubIntersectionObserver } from './helpers/near-view-stub';
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

describe('useCanvasFrame out of view', () => {
  const view = stubIntersectionObserver();
  const nearView = (canvas: HTMLCanvasElement, near: boolean) => view.setNear(canvas, near);

  it('draws first, then holds a new frame back while the canvas is away from the view and paints it as it comes near', async () => {
    const { container, rerender } = render(<Painted frame={frameOf(HEIGHT_STEP)} keepBitmap={false} />);
    const canvas = container.querySelector('canvas')!;
    // The first drawing is never held back, wherever the canvas is.
    await nearView(canvas, false);
    await nextFrame();
    expect(canvas.height).toBe(HEIGHT_STEP);
    expect(container.firstElementChild!.getAttribute('data-drawn')).toBe('true');
    expect(view.marginOf(canvas)).toBe(NEAR_VIEW_MARGIN);

    rerender(<Painted frame={frameOf(3 * HEIGHT_STEP)} keepBitmap={false} />);
    await nextFrame();
    await nextFrame();
    expect(canvas.height).toBe(HEIGHT_STEP);

    await nearView(canvas, true);
    await nextFrame();
    expect(canvas.height).toBe(3 * HEIGHT_STEP);
  });

  it('paints a held-back frame at once when asked (a figure export) and before printing', async () => {
    const { container, rerender } = render(<Painted frame={frameOf(HEIGHT_STEP)} keepBitmap={false} />);
    const canvas = container.querySelector('canvas')!;
    await nextFrame();
    await nearView(canvas, false);

    rerender(<Painted frame={frameOf(2 * HEIGHT_STEP)} keepBitmap={false} />);
    await nextFrame();
    expect(canvas.height).toBe(HEIGHT_STEP);
    canvas.dispatchEvent(new Event(PAINT_NOW_EVENT));
    expect(canvas.height).toBe(2 * HEIGHT_STEP);

    rerender(<Painted frame={frameOf(4 * HEIGHT_STEP)} keepBitmap={false} />);
    await nextFrame();
    expect(canvas.height).toBe(2 * HEIGHT_STEP);
    window.dispatchEvent(new Event('beforeprint'));
    expect(canvas.height).toBe(4 * HEIGHT_STEP);
  });

  it('paints every frame at once while near the view', async () => {
    const { container, rerender } = render(<Painted frame={frameOf(HEIGHT_STEP)} keepBitmap={false} />);
    const canvas = container.querySelector('canvas')!;
    await nextFrame();
    await nearView(canvas, true);
    rerender(<Painted frame={frameOf(2 * HEIGHT_STEP)} keepBitmap={false} />);
    await nextFrame();
    expect(canvas.height).toBe(2 * HEIGHT_STEP);
  });
});
