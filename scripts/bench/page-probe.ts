/**
 * What the benchmark runs inside the page. Installed before any script of
 * the page (addInitScript), it records:
 * - when each view first marks itself drawn: the graph's canvas box and the
 *   timeline's root element set `data-drawn="true"` after their first
 *   complete frame; the time is performance.now(), so from navigation start;
 * - every long task (> 50 ms) from a PerformanceObserver;
 * - on demand, the interval between animation frames.
 * Kept as a string of plain browser JavaScript: it runs in the page, not in
 * this process, and must not depend on how this file is compiled.
 */
export const PROBE_SCRIPT = `(() => {
  const bench = { drawn: {}, longTasks: [], frames: null };
  window.__bench = bench;
  const nameOf = (el) =>
    el.matches('[data-testid="actor-graph-canvas"]') ? 'graph' : el.querySelector && el.querySelector('canvas[data-timeline-canvas]') ? 'timeline' : null;
  const note = (el) => {
    if (!(el instanceof Element) || el.getAttribute('data-drawn') !== 'true') return;
    const name = nameOf(el);
    if (name && bench.drawn[name] === undefined) bench.drawn[name] = performance.now();
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') note(r.target);
      else r.addedNodes.forEach((n) => { if (n instanceof Element) { note(n); n.querySelectorAll('[data-drawn="true"]').forEach(note); } });
    }
  }).observe(document, { attributes: true, attributeFilter: ['data-drawn'], childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { bench.longTaskError = String(error); }
  bench.startFrames = () => {
    bench.frames = [];
    let last = performance.now();
    const loop = (now) => {
      if (bench.frames === null) return;
      bench.frames.push(now - last);
      last = now;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => { const frames = bench.frames || []; bench.frames = null; return frames; };
  bench.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  /** Resolves with the ms from \`since\` to the frame after \`ready()\` first holds, or null after \`timeout\` ms. */
  bench.until = (ready, since, timeout) => new Promise((resolve) => {
    const check = () => {
      if (ready()) { requestAnimationFrame(() => resolve(performance.now() - since)); return; }
      if (performance.now() - since > timeout) { resolve(null); return; }
      requestAnimationFrame(check);
    };
    check();
  });
})();`;

/** The shape of `window.__bench` as the benchmark reads it. */
export interface PageBench {
  drawn: Partial<Record<'graph' | 'timeline', number>>;
  longTasks: { start: number; duration: number }[];
  startFrames(): void;
  stopFrames(): number[];
  nextFrame(): Promise<void>;
  until(ready: () => boolean, since: number, timeout: number): Promise<number | null>;
}
