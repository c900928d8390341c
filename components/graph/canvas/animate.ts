/**
 * An eased move of the view between two transforms, one step per animation
 * frame. The zoom is interpolated on a log scale, so a tenfold zoom looks
 * even from start to end; the centre of the view moves in a straight line.
 */
import type { Animation } from './useCanvasPainter';
import type { ViewTransform } from './view';

const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The transform a fraction `t` (0–1) of the way, for a view `size` wide: centres and log-zooms interpolate. */
export function interpolateTransform(from: ViewTransform, to: ViewTransform, t: number, size: { width: number; height: number }): ViewTransform {
  const k = Math.exp(Math.log(from.k) + (Math.log(to.k) - Math.log(from.k)) * t);
  // Model points at the middle of the view, at either end.
  const c0 = { x: (size.width / 2 - from.x) / from.k, y: (size.height / 2 - from.y) / from.k };
  const c1 = { x: (size.width / 2 - to.x) / to.k, y: (size.height / 2 - to.y) / to.k };
  const cx = c0.x + (c1.x - c0.x) * t;
  const cy = c0.y + (c1.y - c0.y) * t;
  return { k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k };
}

export function animateTransform(from: ViewTransform, to: ViewTransform, duration: number, apply: (t: ViewTransform) => void, size = { width: 0, height: 0 }): Animation {
  const start = performance.now();
  let frame = 0;
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    apply(t >= 1 ? to : interpolateTransform(from, to, easeInOutCubic(t), size));
    frame = t >= 1 ? 0 : requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return {
    stop: () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
