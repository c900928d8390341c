'use client';
/**
 * The actor graph on a Cytoscape canvas. The instance is created once per
 * mount with a preset layout (positions come from the build), and every prop
 * change is applied to it by id in a batch (./sync), so zoom, pan and drags
 * survive filtering and selection. The canvas is hidden from assistive
 * technology: its accessible twin is the ActorList, which shares the selection.
 */
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import type { ActorGraph as ActorGraphData } from '@/lib/graph';
import type { Actor } from '@/lib/schema';
import { AFFILIATION, filterByEdgeType, toCytoscapeElements, type Point } from './elements';
import { selectionClasses } from './selection';
import { GRAPH_STYLE } from './style';
import { syncClasses, syncElements } from './sync';
import GraphLegend from './GraphLegend';
import './graph.css';

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

export interface ActorGraphProps {
  /** The domain graph from `actorGraph(index, filter)`; the view never recomputes it. */
  graph: ActorGraphData;
  /** Every actor; each one is drawn, isolated ones included. */
  actors: Actor[];
  /** Build-time positions from `computeGraphLayout(graph, actors)`, by actor id. */
  positions: Record<string, Point>;
  /** The selected actor, drawn with a ring; its neighbours and edges are highlighted. */
  selectedActorId: string | null;
  /** Participants of the selected event, highlighted (empty when no event is selected). */
  highlightActorIds: string[];
  /** The selected edge, a `GraphEdge.id` of `graph`. */
  selectedEdgeId: string | null;
  /** Relation types to show; null shows all, edges of other types are hidden (affiliations go with member-of). Nodes always stay. */
  relationTypes: string[] | null;
  /**
   * Draw the actors' recorded affiliations as dashed edges (default true).
   * Pass false when `graph` is limited to a period: an affiliation has no
   * date, so it is not a relation active in that period.
   */
  showAffiliations?: boolean;
  /**
   * Tapping a node selects it; tapping the background calls it with null,
   * which should clear every selection (actor, edge, event): it is the only
   * callback a background tap makes.
   */
  onSelectActor: (actorId: string | null) => void;
  /**
   * Tapping a relation edge selects it (the canvas never calls it with
   * null; a background tap goes to onSelectActor). A dashed affiliation edge
   * is not a relation record (it has no GraphEdge), so tapping it selects
   * its member actor through onSelectActor instead, whose record holds the
   * affiliation.
   */
  onSelectEdge: (edgeId: string | null) => void;
}

const FIT_PADDING = 30;
const ZOOM_STEP = 1.25;

export function ActorGraph(props: ActorGraphProps) {
  const { graph, actors, positions, selectedActorId, highlightActorIds, selectedEdgeId, relationTypes, showAffiliations = true } = props;
  const titleId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const fittedRef = useRef(false);
  // Listeners are attached once; they read the latest callbacks through this ref.
  const latest = useRef({ onSelectActor: props.onSelectActor, onSelectEdge: props.onSelectEdge });
  useEffect(() => {
    latest.current = { onSelectActor: props.onSelectActor, onSelectEdge: props.onSelectEdge };
  });

  const elements = useMemo(
    () => filterByEdgeType(toCytoscapeElements(graph, actors, positions, { affiliations: showAffiliations }), relationTypes),
    [graph, actors, positions, relationTypes, showAffiliations],
  );
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
      observer?.disconnect();
      if (window.__atharCy === cy) delete window.__atharCy;
      // Cytoscape may already have destroyed itself on seeing its container leave the DOM.
      if (!cy.destroyed()) cy.destroy();
      cyRef.current = null;
      fittedRef.current = false;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncElements(cy, elements);
    if (!fittedRef.current && elements.length > 0) {
      cy.fit(undefined, FIT_PADDING);
      fittedRef.current = true;
    }
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncClasses(cy, selectionClasses(elements, { selectedActorId, highlightActorIds, selectedEdgeId }));
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

  const zoomBy = useCallback((factor: number) => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    // Zoom about the centre of the view; the container's size is read from the DOM (cy.width() throws before the first resize in some environments).
    cy.zoom({ level, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  }, []);
  const fit = useCallback(() => cyRef.current?.fit(undefined, FIT_PADDING), []);

  return (
    <figure className="actor-graph" aria-labelledby={titleId}>
      <div className="actor-graph__bar">
        {/* Not a heading: the page owns the outline this component sits in. */}
        <p id={titleId} className="actor-graph__title">
          Actor graph <span className="actor-graph__count">({actors.length} actors, {edgeCount} links)</span>
        </p>
        <div className="actor-graph__controls" role="group" aria-label="Graph view">
          <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in" title="Zoom in">+</button>
          <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out">−</button>
          <button type="button" onClick={fit} aria-label="Fit the whole graph" title="Fit the whole graph">Fit</button>
        </div>
      </div>
      {/* The canvas is mouse and touch only; the actor list is its keyboard and screen-reader twin. */}
      <div ref={containerRef} className="actor-graph__canvas" aria-hidden="true" data-testid="actor-graph-canvas" />
      <figcaption className="actor-graph__caption">
        <p>
          Click an actor to select it, a line to select a relation, the background to clear. Relation names appear on
          hover or when zoomed in. The actor list beside the graph holds the same actors and works with a keyboard.
        </p>
        <GraphLegend actors={actors} />
      </figcaption>
    </figure>
  );
}

export default ActorGraph;
