'use client';
/**
 * The actor graph at thousands of actors, drawn on one canvas of our own.
 * Cytoscape keeps an object, a style and a cache per element: at 5,000
 * actors and 15,000 relations it takes seconds to a first frame and about
 * half a second a frame to pan (measured bare, README "Performance"). Here
 * the scene is a few dozen Path2D layers (./scene, ./draw) under a d3-zoom
 * transform, hit testing goes through a quadtree (./view), and names come in
 * as the reader zooms. Same props and the same focus rules as ../ActorGraph;
 * the actor list stays the keyboard and screen-reader twin.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { focusClasses } from '../selection';
import { AFFILIATION } from '../elements';
import type { ActorGraphProps } from '../graph-props';
import { GraphFrame } from '../GraphFrame';
import { focusLayers, NO_FOCUS, plainLayersOf, warmScene } from './scene';
import { sceneFocusTable } from './scene-links';
import { useGraphScene } from './useGraphScene';
import { whenQuietInTurn } from '@/components/useWhenIdle';
import { lazyValue } from '@/lib/lazy';
import { restingIntent } from '../resting-intent';
import { boundsOf, edgeAt, fitTransform, HIT_SLOP_PX, MAX_ZOOM, MIN_ZOOM, nodeAt, nodeTree, onScreen, type ViewTransform } from './view';
import { useCanvasPainter } from './useCanvasPainter';
import { publishCanvasGraph } from './handle';
import { animateTransform } from './animate';
import { labelWarmSteps } from './warm-labels';

const ZOOM_STEP = 1.25;
/** A framed set of actors comes no closer than this (as in ../ActorGraph). */
const FOCUS_MAX_ZOOM = 1.25;

export function CanvasActorGraph(props: ActorGraphProps) {
  const { actors, selectedActorId, highlightActorIds, selectedEdgeId } = props;
  const scene = useGraphScene(props);
  // Made at the first hit test (or a quiet moment), not in the render of a brush: 5,000 actors take ~5 ms to index.
  const tree = useMemo(() => lazyValue(() => nodeTree(scene)), [scene]);
  // With nothing in focus every element is plain: no 20,000-entry map to build on every brush.
  const classes = useMemo(
    () => (selectedActorId === null && selectedEdgeId === null && highlightActorIds.length === 0 ? NO_FOCUS : focusClasses(sceneFocusTable(scene), { selectedActorId, highlightActorIds, selectedEdgeId })),
    [scene, selectedActorId, highlightActorIds, selectedEdgeId],
  );
  const baseLayers = useMemo(() => plainLayersOf(scene), [scene]);
  const focus = useMemo(() => focusLayers(scene, classes), [scene, classes]);

  // What a selection looks up is made while the page is quiet, so a first click does not wait for it; a quiet moment each.
  useEffect(() => whenQuietInTurn([() => warmScene(scene), () => tree()]), [scene, tree]);

  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  const { painter, size } = useCanvasPainter(canvasRef, boxRef, { scene, baseLayers, focusLayers: focus.layers, focusActive: focus.active, classes, selectedEdgeId, onFirstDrawing: props.onFirstDrawing });

  // Listeners are attached once; they read the latest callbacks and data through this ref.
  const latest = useRef({ props, scene, tree, classes });
  useEffect(() => {
    latest.current = { props, scene, tree, classes };
  });
  // The names' glyphs, once per mount, from the current scene (a brush's scene names a subset of the same actors).
  useEffect(() => whenQuietInTurn(labelWarmSteps(() => latest.current.scene.nodes.flatMap((n) => [n.labelEn, n.labelAr]), window.devicePixelRatio || 1)), []);

  /** Moves the view there, through d3-zoom so its own state follows; eased over `duration` ms when asked. */
  const moveTo = useCallback((to: ViewTransform, duration = 0) => {
    const canvas = canvasRef.current;
    const behaviour = zoomRef.current;
    if (!canvas || !behaviour) return;
    const apply = (t: ViewTransform) => select(canvas).call(behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    painter.stopAnimation();
    if (duration <= 0) apply(to);
    else painter.setAnimation(animateTransform(painter.transform(), to, duration, apply, painter.size()));
  }, [painter]);

  const fitAll = useCallback(() => {
    const size = painter.size();
    if (size.width > 0 && latest.current.scene.nodes.length > 0) moveTo(fitTransform(latest.current.scene.bounds, size));
  }, [moveTo, painter]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const behaviour = d3zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      // Only the reader's own gestures move a picture (see useCanvasPainter); eased moves paint in full.
      .on('start', (event: { sourceEvent: Event | null }) => {
        if (event.sourceEvent) painter.beginMotion();
      })
      .on('zoom', (event: { transform: ViewTransform }) => painter.setTransform({ k: event.transform.k, x: event.transform.x, y: event.transform.y }))
      .on('end', () => painter.endMotion());
    zoomRef.current = behaviour;
    // A double click selects, as in the Cytoscape view; it does not zoom.
    select(canvas).call(behaviour).on('dblclick.zoom', null);

    const modelPoint = (event: MouseEvent) => {
      const t = painter.transform();
      const box = canvas.getBoundingClientRect();
      return { x: (event.clientX - box.left - t.x) / t.k, y: (event.clientY - box.top - t.y) / t.k };
    };
    /** What is under the pointer: a node first (shapes are drawn over lines), then a line. */
    const hit = (event: MouseEvent) => {
      const { scene: s, tree: qt, classes: c } = latest.current;
      const slop = HIT_SLOP_PX / painter.transform().k;
      const p = modelPoint(event);
      const node = nodeAt(s, qt(), p, slop);
      if (node !== null) return { node, edge: null };
      return { node: null, edge: edgeAt(s, p, slop, c) };
    };
    // d3-zoom swallows the click that ends a drag, so a click here is a tap.
    const onClick = (event: MouseEvent) => {
      const { props: p, scene: s } = latest.current;
      const under = hit(event);
      if (under.node !== null) p.onSelectActor(s.nodes[under.node]!.id);
      else if (under.edge !== null) {
        const edge = s.edges[under.edge]!;
        if (edge.type === AFFILIATION) p.onSelectActor(s.nodes[edge.source]!.id);
        else p.onSelectEdge(edge.id);
      } else p.onSelectActor(null);
    };
    // The pointer resting on an actor fetches its records ahead of a click, as a press does.
    const intent = restingIntent((id) => {
      const { props: p } = latest.current;
      if (id !== p.selectedActorId) p.onActorPressStart?.(id);
    });
    // A press on an actor may be the start of a click that selects it (or of a drag, which costs one early fetch).
    const onPointerDown = (event: MouseEvent) => {
      const { props: p, scene: s } = latest.current;
      if (!p.onActorPressStart || event.button !== 0) return;
      // The press asks for the records itself: a rest still waiting would ask again.
      intent.asked();
      const under = hit(event);
      const id = under.node !== null ? s.nodes[under.node]!.id : null;
      if (id !== null && id !== p.selectedActorId) p.onActorPressStart(id);
    };
    let pending: MouseEvent | null = null;
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      // A drag pans; what it passes over is not hovered.
      if (event.buttons !== 0) return;
      pending = event;
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!pending) return;
        const under = hit(pending);
        pending = null;
        painter.setHover(under.node, under.edge);
        intent.rest(under.node !== null ? latest.current.scene.nodes[under.node]!.id : null);
        canvas.style.cursor = under.node !== null || under.edge !== null ? 'pointer' : '';
      });
    };
    const onLeave = () => {
      pending = null;
      painter.setHover(null, null);
      intent.rest(null);
      canvas.style.cursor = '';
    };
    canvas.addEventListener('pointerdown', onPointerDown);
    canvas.addEventListener('click', onClick);
    canvas.addEventListener('mousemove', onMove);
    canvas.addEventListener('mouseleave', onLeave);
    return () => {
      canvas.removeEventListener('pointerdown', onPointerDown);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('mousemove', onMove);
      canvas.removeEventListener('mouseleave', onLeave);
      if (frame !== 0) cancelAnimationFrame(frame);
      intent.dispose();
      select(canvas).on('.zoom', null);
      zoomRef.current = null;
    };
  }, [painter]);

  // The first view: the whole graph, once the box has a size.
  const fittedRef = useRef(false);
  useEffect(() => {
    if (fittedRef.current || size.width === 0 || scene.nodes.length === 0) return;
    fittedRef.current = true;
    fitAll();
  }, [size, scene, fitAll]);

  // An actor chosen in the list may be off screen: bring it into view without changing the zoom.
  useEffect(() => {
    if (selectedActorId === null || !fittedRef.current) return;
    const i = latest.current.scene.nodeIndex.get(selectedActorId);
    if (i === undefined) return;
    const node = latest.current.scene.nodes[i]!;
    const t = painter.transform();
    const box = painter.size();
    if (!onScreen(t, box, node)) moveTo({ k: t.k, x: box.width / 2 - node.x * t.k, y: box.height / 2 - node.y * t.k });
  }, [selectedActorId, moveTo, painter]);

  // A driven view (a briefing step): frame the requested actors, or the whole graph for an empty list.
  const fitKey = props.fitActorIds?.join(' ');
  const fitDurationMs = props.fitDurationMs ?? 0;
  const framedRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (fitKey === undefined || size.width === 0) return;
    const ids = fitKey === '' ? [] : fitKey.split(' ');
    const s = latest.current.scene;
    const box = ids.length === 0 ? (s.nodes.length > 0 ? s.bounds : null) : boundsOf(s, ids);
    if (!box) return;
    // Eased only to new actors: the first framing, and the same actors in a resized panel (the presenter going full screen), jump.
    const eased = framedRef.current !== undefined && framedRef.current !== fitKey;
    framedRef.current = fitKey;
    fittedRef.current = true;
    moveTo(fitTransform(box, size, ids.length === 0 ? MAX_ZOOM : FOCUS_MAX_ZOOM), eased ? fitDurationMs : 0);
  }, [fitKey, fitDurationMs, size, moveTo]);

  useEffect(() => publishCanvasGraph(painter, () => latest.current), [painter]);

  const zoomBy = (factor: number) => {
    const t = painter.transform();
    const box = painter.size();
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
    // About the centre of the view, as the Cytoscape view's buttons do.
    const cx = (box.width / 2 - t.x) / t.k;
    const cy = (box.height / 2 - t.y) / t.k;
    moveTo({ k, x: box.width / 2 - cx * k, y: box.height / 2 - cy * k });
  };

  return (
    <GraphFrame actors={actors} edgeCount={scene.edges.length} boxRef={boxRef} renderer="canvas" onZoomIn={() => zoomBy(ZOOM_STEP)} onZoomOut={() => zoomBy(1 / ZOOM_STEP)} onFit={fitAll}>
      <canvas ref={canvasRef} className="actor-graph__surface" />
    </GraphFrame>
  );
}

export default CanvasActorGraph;
