'use client';
/**
 * The chrome around either graph renderer (Cytoscape's or ./canvas): the
 * title with its counts, the zoom and fit buttons, the drawing box and the
 * caption with the legend. The drawing box is mouse and touch only; the
 * actor list is its keyboard and screen-reader twin.
 */
import { useId, type Ref } from 'react';
import type { ActorSummary } from '@/lib/actor-summary';
import { useLang } from '@/components/i18n/lang-context';
import GraphLegend from './GraphLegend';
import { GRAPH_STRINGS } from './strings';
import './graph.css';

export interface GraphFrameProps {
  actors: readonly ActorSummary[];
  /** Lines drawn (relations and affiliations after the filter). */
  edgeCount: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** The box the renderer draws in (it sizes its canvas from it). */
  boxRef: Ref<HTMLDivElement>;
  /** Extra attributes of the box, e.g. which renderer draws it. */
  renderer: 'cytoscape' | 'canvas';
  children?: React.ReactNode;
}

export function GraphFrame({ actors, edgeCount, onZoomIn, onZoomOut, onFit, boxRef, renderer, children }: GraphFrameProps) {
  const titleId = useId();
  const words = GRAPH_STRINGS[useLang()];
  return (
    <figure className="actor-graph" aria-labelledby={titleId}>
      <div className="actor-graph__bar">
        {/* Not a heading: the page owns the outline this component sits in. */}
        <p id={titleId} className="actor-graph__title">
          {words.title} <span className="actor-graph__count">{words.counts(actors.length, edgeCount)}</span>
        </p>
        <div className="actor-graph__controls" role="group" aria-label={words.viewControls}>
          <button type="button" onClick={onZoomIn} aria-label={words.zoomIn} title={words.zoomIn}>+</button>
          <button type="button" onClick={onZoomOut} aria-label={words.zoomOut} title={words.zoomOut}>−</button>
          <button type="button" onClick={onFit} aria-label={words.fitGraph} title={words.fitGraph}>{words.fit}</button>
        </div>
      </div>
      <div ref={boxRef} className="actor-graph__canvas" aria-hidden="true" data-testid="actor-graph-canvas" data-renderer={renderer}>
        {children}
      </div>
      <figcaption className="actor-graph__caption">
        <p>{words.caption}</p>
        <GraphLegend actors={actors} />
      </figcaption>
    </figure>
  );
}

export default GraphFrame;
