/**
 * What the benchmark runs inside the page. Installed before any script of
 * the page (addInitScript), it records:
 * - when each view first marks itself drawn: the graph's canvas box and the
 *   timeline's root element set `data-drawn="true"` after their first
 *   complete frame; the time is performance.now(), so from navigation start;
 * - every long task (> 50 ms) from a PerformanceObserver;
 * - on demand, the interval between animation frames (paused while the
 *   benchmark itself computes something in the page);
 * - for interactions, the time of the user's input event and when the views
 *   show its result (`watch`), checked on every DOM change and every frame,
 *   so no Playwright round trip is counted;
 * - where on the graph a drag pans the view rather than moving a node.
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
    bench.framesPaused = false;
    let skip = false;
    let last = performance.now();
    const loop = (now) => {
      if (bench.frames === null) return;
      // While paused, and for the first interval after, nothing is recorded: that time is the benchmark's own.
      if (bench.framesPaused) skip = true;
      else if (skip) skip = false;
      else bench.frames.push(now - last);
      last = now;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.pauseFrames = () => { bench.framesPaused = true; };
  bench.resumeFrames = () => { bench.framesPaused = false; };
  bench.stopFrames = () => { const frames = bench.frames || []; bench.frames = null; return frames; };
  bench.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

  const params = () => new URLSearchParams(location.search);
  // The lead's explorer marks itself data-busy="true" while it still fetches detail records; no attribute is not busy.
  const busy = () => document.querySelector('.explorer[data-busy="true"]') !== null;
  // A canvas out of view paints as it comes near (components/near-view): settled then means nothing is left to paint before that.
  const graphSettled = () => !window.__atharGraph || window.__atharGraph.settled();
  bench.conditions = {
    actorShown: (id, name) => bench.conditions.actorVisible(id, name) && !busy(),
    // Every view shows the actor, the panel naming it while its records may still load; actorShown also waits for the records.
    actorVisible: (id, name) => {
      if (params().get('actor') !== id) return false;
      const button = document.querySelector('.explorer-lists button[data-actor-id="' + CSS.escape(id) + '"]');
      if (button && button.getAttribute('aria-pressed') !== 'true') return false;
      const cy = window.__atharCy;
      if (cy) { const node = cy.getElementById(id); if (node.nonempty() && !node.hasClass('selected')) return false; }
      const graph = window.__atharGraph;
      if (graph && graph.nodeIds().includes(id) && (graph.focusOf(id) !== 'selected' || !graph.settled())) return false;
      const detail = document.querySelector('.explorer-detail');
      return !!detail && Array.from(detail.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).some((h) => (h.textContent || '').includes(name));
    },
    actorCleared: () => !params().has('actor') && !busy(),
    // The URL is written in the input's handler, before React renders the new state (Next's router follows it in a
    // transition, which lets frames through meanwhile): the explorer's notice of the period shows that render is done.
    // The canvas graph paints a new picture in slices, behind the old one: the period has reached it once that picture is complete (settled).
    periodShown: () => params().has('from') && params().has('to') && !busy() && document.querySelector('[data-testid="window-notice"]') !== null && graphSettled(),
    periodCleared: () => !params().has('from') && !params().has('to') && !busy() && document.querySelector('[data-testid="window-notice"]') === null && graphSettled(),
  };
  /**
   * Arms a measurement: the next \`inputType\` event (capture, on the window)
   * starts the clock at its own timeStamp, the moment the input happened;
   * it stops at the second animation frame after \`conditions[condition](...args)\`
   * first holds, looked at on every DOM change, at the start of every frame
   * and again once the frame's callbacks have run. \`bench.watched\` resolves with those ms, or null after \`timeout\` ms.
   */
  bench.watch = (condition, args, inputType, timeout, early) => {
    const ready = () => bench.conditions[condition](...args);
    // An earlier milestone of the same input (\`early\`, a condition name), timed the same way into \`bench.watchedEarly\`.
    let earlyAt = null;
    const earlyCheck = () => {
      if (!early || earlyAt !== null || inputAt === undefined || !bench.conditions[early](...args)) return;
      earlyAt = performance.now();
    };
    bench.watchedEarly = null;
    let inputAt;
    window.addEventListener(inputType, (event) => {
      const now = performance.now();
      inputAt = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
    }, { capture: true, once: true });
    bench.watched = new Promise((resolve) => {
      const armed = performance.now();
      let done = false;
      const observer = new MutationObserver(() => check());
      // A second look at every frame once its callbacks have run (a message posted from the frame's callback is handled
      // after the frame): the canvas graph completes a picture in its own frame callback, queued after this poll's, and
      // the first look would only see it in the next frame, a frame the reader did not wait for.
      const afterFrame = new MessageChannel();
      afterFrame.port1.onmessage = () => check();
      const stop = () => { done = true; observer.disconnect(); afterFrame.port1.close(); };
      const check = () => {
        earlyCheck();
        if (done || inputAt === undefined || !ready()) return;
        stop();
        const since = inputAt;
        if (early) bench.watchedEarly = (earlyAt ?? performance.now()) - since;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - since)));
      };
      const poll = () => {
        if (done) return;
        if (performance.now() - armed > timeout) { stop(); resolve(null); return; }
        check();
        if (done) return;
        afterFrame.port2.postMessage(null);
        requestAnimationFrame(poll);
      };
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
      requestAnimationFrame(poll);
    });
  };

  const distanceToBox = (x, y, b) => Math.hypot(Math.max(b.x1 - x, 0, x - b.x2), Math.max(b.y1 - y, 0, y - b.y2));
  const distanceToSegment = (x, y, a, b) => {
    const dx = b.x - a.x, dy = b.y - a.y;
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - a.x - t * dx, y - a.y - t * dy);
  };
  const point = (read, fallback) => { try { const p = read(); return p && Number.isFinite(p.x) ? p : fallback(); } catch (error) { return fallback(); } };
  /**
   * A point of the graph's container (client pixels) where a mouse-down
   * lands on empty background, with \`dragPx\` free to its left for the drag,
   * in view and under no overlay. Points of a grid are ranked by their
   * distance to every drawn node's box and line (source end, midpoint,
   * target end): those clear by CLEAR px nearest the middle first, then the
   * clearest; the first that the renderer's own hit test (Cytoscape's, or
   * the canvas graph's elementAt) finds no element at is taken. \`hit\` says if none was free.
   */
  bench.panOrigin = (selector, dragPx) => {
    const CLEAR = 16;
    const el = document.querySelector(selector);
    if (!el) return null;
    const box = el.getBoundingClientRect();
    const left = Math.max(box.left, 0) + 12 + dragPx, right = Math.min(box.right, innerWidth) - 12;
    const top = Math.max(box.top, 0) + 12, bottom = Math.min(box.bottom, innerHeight) - 12;
    if (right <= left || bottom <= top) return null;
    const boxes = [];
    const segments = [];
    const cy = window.__atharCy;
    const graph = window.__atharGraph;
    if (cy) {
      cy.nodes().forEach((n) => { if (n.visible()) boxes.push(n.renderedBoundingBox({ includeLabels: false, includeOverlays: false })); });
      cy.edges().forEach((e) => {
        if (!e.visible()) return;
        const s = point(() => e.renderedSourceEndpoint(), () => e.source().renderedPosition());
        const t = point(() => e.renderedTargetEndpoint(), () => e.target().renderedPosition());
        const m = point(() => e.renderedMidpoint(), () => ({ x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 }));
        segments.push([s, m], [m, t]);
      });
    }
    const midX = (left + right) / 2, midY = (top + bottom) / 2;
    const candidates = [];
    for (let gx = 0; gx <= 40; gx++) {
      for (let gy = 0; gy <= 24; gy++) {
        const x = left + ((right - left) * gx) / 40, y = top + ((bottom - top) * gy) / 24;
        const under = document.elementFromPoint(x, y);
        if (!under || !el.contains(under)) continue;
        const rx = x - box.left, ry = y - box.top;
        let clearance = 9999;
        for (const b of boxes) { clearance = Math.min(clearance, distanceToBox(rx, ry, b)); if (clearance < 1) break; }
        for (const [a, b] of segments) { if (clearance < 1) break; clearance = Math.min(clearance, distanceToSegment(rx, ry, a, b)); }
        candidates.push({ x, y, rx, ry, clearance, fromMiddle: Math.hypot(x - midX, y - midY) });
      }
    }
    candidates.sort((a, b) => {
      const aClear = a.clearance >= CLEAR, bClear = b.clearance >= CLEAR;
      if (aClear !== bClear) return aClear ? -1 : 1;
      return aClear ? a.fromMiddle - b.fromMiddle : b.clearance - a.clearance;
    });
    const renderer = cy && typeof cy.renderer === 'function' ? cy.renderer() : null;
    const hits = (c) => {
      if (graph) return graph.elementAt(c.rx, c.ry) !== null;
      if (!renderer || typeof renderer.findNearestElements !== 'function') return false;
      const pan = cy.pan(), zoom = cy.zoom();
      return renderer.findNearestElements((c.rx - pan.x) / zoom, (c.ry - pan.y) / zoom, true, false).length > 0;
    };
    const free = candidates.find((c) => c.clearance >= 1 && !hits(c));
    const chosen = free || candidates[0];
    return chosen ? { x: chosen.x, y: chosen.y, clearance: chosen.clearance, hit: !free } : null;
  };
  bench.viewport = () => {
    const cy = window.__atharCy;
    if (cy) return { pan: cy.pan(), zoom: cy.zoom() };
    const graph = window.__atharGraph;
    return graph ? graph.viewport() : null;
  };
})();`;

/** What the page can be asked to wait for after an input (see `bench.conditions` above). */
export type Condition = 'actorShown' | 'actorVisible' | 'actorCleared' | 'periodShown' | 'periodCleared';

/** The shape of `window.__bench` as the benchmark reads it. */
export interface PageBench {
  drawn: Partial<Record<'graph' | 'timeline', number>>;
  longTasks: { start: number; duration: number }[];
  startFrames(): void;
  pauseFrames(): void;
  resumeFrames(): void;
  stopFrames(): number[];
  nextFrame(): Promise<void>;
  watch(condition: Condition, args: readonly string[], inputType: 'click' | 'mouseup', timeout: number, early?: Condition): void;
  watched: Promise<number | null>;
  /** When the \`early\` condition of the last watch first held, ms after the input (without the two frames \`watched\` adds); null without one. */
  watchedEarly: number | null;
  panOrigin(selector: string, dragPx: number): { x: number; y: number; clearance: number; hit: boolean } | null;
  viewport(): { pan: { x: number; y: number }; zoom: number } | null;
}
