'use client';
/**
 * The actor graph on a Cytoscape canvas. The instance is created once per
 * mount with a preset layout (positions come from the build), and every prop
 * change is applied to it by id in a batch (./sync), so zoom, pan and drags
 * survive filtering and selection. The canvas is hidden from assistive
 * technology: its accessible twin is the ActorList, which shares the selection.
 */
import { useCallback, useEffect, useRef } from 'react';
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import type { ActorGraphProps } from './graph-props';
import { AFFILIATION } from './elements';
import { declutterLabels, fitAround, refreshLabels, restyleLabels } from './cy-labels';
import { FIT_PADDING } from './label-geometry';
import { selectionClasses } from './selection';
import { GRAPH_STYLE, setLabelFontState, type LabelFontState } from './style';
import { syncClasses, syncElements } from './sync';
import { GraphFrame } from './GraphFrame';
import { useGraphElements } from './useGraphElements';

export type { ActorGraphProps } from './graph-props';

declare global {
  interface Window {
    /**
     * The live Cytoscape instance, for end-to-end tests (they read node
     * rendered positions to click the canvas) and for debugging in the
     * console. Set always, not only in development, because the e2e suite
     * runs against the production build; it holds only public graph data.
     */
    __atharCy?: Core;
  }
}

const ZOOM_STEP = 1.25;
/** Below this fit zoom (with every name in) the panel is too narrow for the whole picture with names: see fitWithLabels. */
const NARROW_FIT_ZOOM = 0.5;
/** A first view framing a lone selected actor on a phone comes no closer than this. */
const FOCUS_MAX_ZOOM = 1.25;
/** The label face, in both weights the canvas uses, and text that needs its Latin and Arabic files. */
const LABEL_FACES = ['400 12px "Noto Naskh Arabic"', '700 12px "Noto Naskh Arabic"'];
const FONT_SAMPLE = 'Ab عربي';
/** How long labels wait for the web font before they are drawn in a fallback face. */
const FONT_WAIT_MS = 2500;

/**
 * Marks the first complete drawing, for the benchmark and the smoke test:
 * once Cytoscape has rendered the fitted view, the canvas box gets
 * `data-drawn="true"` and the page a `athar:graph-drawn` performance mark.
 */
function markFirstDrawing(cy: Core, container: HTMLElement, drawn: () => void): void {
  cy.one('render', () =>
    requestAnimationFrame(() => {
      if (container.dataset.drawn === 'true') return;
      container.dataset.drawn = 'true';
      performance.mark?.('athar:graph-drawn');
      drawn();
    }),
  );
}

/**
 * Fits the graph in the panel. A panel about the size the layout was planned
 * for (app/_server/graph-layout.ts) shows every shape and every name. In a
 * much narrower one (a phone) fitting every name would shrink the shapes
 * below a fingertip and pile the names up. There the first view of a page
 * opened on a selection (?actor=…) frames the focused actors and their
 * names, and any other fit takes every shape and the focused names; the
 * other names are drawn where they fit (zoom in for more).
 */
function fitWithLabels(cy: Core, { firstView = false }: { firstView?: boolean } = {}): void {
  const container = cy.container();
  if (cy.destroyed() || cy.nodes().empty()) return;
  const width = container?.clientWidth ?? 0;
  const height = container?.clientHeight ?? 0;
  if (width <= 2 * FIT_PADDING || height <= 2 * FIT_PADDING) {
    // Not laid out (or hidden): Cytoscape's own fit copes with an empty box.
    cy.fit(cy.nodes(), FIT_PADDING);
  } else if (fitAround(cy, cy.nodes(), cy.nodes(), width, height) < NARROW_FIT_ZOOM) {
    const focused = cy.nodes('.selected, .highlighted');
    if (firstView && focused.nonempty()) fitAround(cy, focused, focused, width, height, FOCUS_MAX_ZOOM);
    else fitAround(cy, cy.nodes(), focused, width, height);
  }
  refreshLabels(cy);
}

/** Resolves once the label face is loaded (or failed to), or null where there is no FontFaceSet (tests). */
function labelFontLoaded(): Promise<void> | null {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts || typeof fonts.load !== 'function') return null;
  return Promise.all(LABEL_FACES.map((face) => fonts.load(face, FONT_SAMPLE)))
    .then(() => fonts.ready)
    .then(
      () => undefined,
      () => undefined,
    );
}

export function ActorGraph(props: ActorGraphProps) {
  const { actors, selectedActorId, highlightActorIds, selectedEdgeId } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const fittedRef = useRef(false);
  /** The view the first fit chose, to tell whether the reader has moved it since. */
  const fittedViewRef = useRef<{ zoom: number; x: number; y: number } | null>(null);
  // Listeners are attached once; they read the latest callbacks through this ref.
  const latest = useRef({ onSelectActor: props.onSelectActor, onSelectEdge: props.onSelectEdge, onFirstDrawing: props.onFirstDrawing });
  useEffect(() => {
    latest.current = { onSelectActor: props.onSelectActor, onSelectEdge: props.onSelectEdge, onFirstDrawing: props.onFirstDrawing };
  });

  // Edge labels are drawn on the canvas, so they follow the interface language; sync updates them by id.
  const elements = useGraphElements(props);
  const edgeCount = elements.length - actors.length;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 4,
      // Selection is owned by React props and drawn with classes, not Cytoscape's own state.
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    // Labels follow the view at most once a frame, however many events a wheel, pinch or drag sends.
    let frame = 0;
    const scheduleLabels = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        refreshLabels(cy);
      });
    };
    cy.on('zoom pan', scheduleLabels);
    cy.on('dragfree', 'node', scheduleLabels);

    // Labels are drawn once the web font is there: measured or drawn before, they would keep the fallback
    // face (see ./style). Shapes draw at once; after FONT_WAIT_MS the labels come in whatever face there is.
    let unmounted = false;
    let fontTimer: ReturnType<typeof setTimeout> | undefined;
    const fontLoad = labelFontLoaded();
    if (fontLoad) {
      setLabelFontState(cy, 'pending');
      const reveal = (state: LabelFontState) => {
        if (unmounted || cy.destroyed()) return;
        setLabelFontState(cy, state);
        restyleLabels(cy);
        // Still the first fit (the reader has not zoomed or panned)? Fit again with the labels' real sizes.
        const view = fittedViewRef.current;
        const pan = cy.pan();
        if (view && view.zoom === cy.zoom() && view.x === pan.x && view.y === pan.y) {
          fitWithLabels(cy, { firstView: true });
          fittedViewRef.current = { zoom: cy.zoom(), ...cy.pan() };
        } else {
          refreshLabels(cy);
        }
      };
      fontTimer = setTimeout(() => reveal('fallback'), FONT_WAIT_MS);
      void fontLoad.then(() => {
        clearTimeout(fontTimer);
        reveal('loaded');
      });
    }

    cy.on('tap', 'node', (e: EventObject) => latest.current.onSelectActor(e.target.id()));
    cy.on('tap', 'edge', (e: EventObject) => {
      if (e.target.data('type') === AFFILIATION) latest.current.onSelectActor(e.target.data('source'));
      else latest.current.onSelectEdge(e.target.id());
    });
    // One callback per tap: two state updates from one gesture could race in the page's URL state.
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) latest.current.onSelectActor(null);
    });
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      e.target.addClass('hover');
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node, edge', (e: EventObject) => {
      e.target.removeClass('hover');
      container.style.cursor = '';
    });

    // Cytoscape watches its container too, but debounced by 100 ms; resizing at once keeps the canvas from
    // stretching while a panel opens or the window is dragged. jsdom has no ResizeObserver; browsers all do.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => cy.resize());
    observer?.observe(container);
    window.__atharCy = cy;

    return () => {
      unmounted = true;
      clearTimeout(fontTimer);
      if (frame !== 0) cancelAnimationFrame(frame);
      cy.removeListener('zoom pan', scheduleLabels);
      cy.removeListener('dragfree', 'node', scheduleLabels);
      observer?.disconnect();
      if (window.__atharCy === cy) delete window.__atharCy;
      // Cytoscape may already have destroyed itself on seeing its container leave the DOM.
      if (!cy.destroyed()) cy.destroy();
      cyRef.current = null;
      fittedRef.current = false;
      fittedViewRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncElements(cy, elements);
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncClasses(cy, selectionClasses(elements, { selectedActorId, highlightActorIds, selectedEdgeId }));
    // The selected actor's name is bold, so wider: its box is measured again.
    restyleLabels(cy);
    // The first fit waits for the focus classes: on a narrow panel it keeps the focused names in view.
    if (!fittedRef.current && elements.length > 0) {
      fitWithLabels(cy, { firstView: true });
      fittedRef.current = true;
      fittedViewRef.current = { zoom: cy.zoom(), ...cy.pan() };
      if (containerRef.current) markFirstDrawing(cy, containerRef.current, () => latest.current.onFirstDrawing?.());
    } else {
      // Focus decides which labels win where they would overlap.
      declutterLabels(cy);
    }
  }, [elements, selectedActorId, highlightActorIds, selectedEdgeId]);

  // An actor chosen in the list may be off screen: bring it into view without changing the zoom.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || selectedActorId === null) return;
    const node = cy.getElementById(selectedActorId);
    if (node.empty()) return;
    const { x, y } = node.position();
    const view = cy.extent();
    if (x < view.x1 || x > view.x2 || y < view.y1 || y > view.y2) cy.center(node);
  }, [selectedActorId]);

  // A driven view: frame the requested actors. The target comes from fitAround, then the view eases there from where it was.
  const fitKey = props.fitActorIds?.join(' ');
  const fitDurationMs = props.fitDurationMs ?? 0;
  const framedKeyRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container || fitKey === undefined || cy.nodes().empty()) return;
    const ids = new Set(fitKey === '' ? [] : fitKey.split(' '));
    const framed = ids.size === 0 ? cy.nodes() : cy.nodes().filter((node) => ids.has(node.id()));
    if (framed.empty()) return;
    const frame = (duration: number) => {
      const { clientWidth: width, clientHeight: height } = container;
      if (width <= 2 * FIT_PADDING || height <= 2 * FIT_PADDING) return;
      const from = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      fitAround(cy, framed, framed, width, height, ids.size === 0 ? cy.maxZoom() : FOCUS_MAX_ZOOM);
      const to = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      cy.stop(true, false);
      if (duration > 0) {
        cy.viewport(from);
        cy.animate(to, { duration, easing: 'ease-in-out-cubic', complete: () => refreshLabels(cy) });
      } else refreshLabels(cy);
    };
    const first = framedKeyRef.current === undefined;
    framedKeyRef.current = fitKey;
    frame(first ? 0 : fitDurationMs);
    // The panel changes size when the presenter goes full screen: frame the same actors again, at once.
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            const now = `${container.clientWidth}x${container.clientHeight}`;
            if (now === size) return;
            size = now;
            frame(0);
          });
    observer?.observe(container);
    return () => observer?.disconnect();
  }, [fitKey, fitDurationMs]);

  const zoomBy = useCallback((factor: number) => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    // Zoom about the centre of the view; the container's size is read from the DOM (cy.width() throws before the first resize in some environments).
    cy.zoom({ level, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  }, []);
  const fit = useCallback(() => {
    if (cyRef.current) fitWithLabels(cyRef.current);
  }, []);

  return (
    <GraphFrame actors={actors} edgeCount={edgeCount} boxRef={containerRef} renderer="cytoscape" onZoomIn={() => zoomBy(ZOOM_STEP)} onZoomOut={() => zoomBy(1 / ZOOM_STEP)} onFit={fit} />
  );
}

export default ActorGraph;
