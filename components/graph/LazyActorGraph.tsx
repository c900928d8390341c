'use client';
/**
 * The actor graph loaded on the client only, in its own chunk, so Cytoscape
 * (about 190 KiB gzip with fcose) stays out of the page's first-load bundle.
 * `next/dynamic` with `ssr: false` must be called in a client module, hence
 * this wrapper; pages import this, never a renderer directly. From
 * LARGE_GRAPH_NODES actors the canvas renderer (./canvas) draws instead of
 * Cytoscape (./scale says why), in a chunk without Cytoscape; it also waits
 * for the browser's first idle moment, so the timeline draws first.
 */
import { useEffect } from 'react';
import dynamic from 'next/dynamic';
import type { ActorGraphProps } from './graph-props';
import { isLargeGraph } from './scale';
import './graph.css';
import { useLang } from '@/components/i18n/lang-context';
import { GRAPH_STRINGS } from './strings';
import { useWhenIdle } from '@/components/useWhenIdle';

/** Holds the graph's place at the same size while the chunk loads, so the page does not jump. */
function GraphPlaceholder() {
  const words = GRAPH_STRINGS[useLang()];
  return (
    <div className="actor-graph actor-graph--loading" role="status">
      <div className="actor-graph__bar">
        <p className="actor-graph__title">{words.title}</p>
      </div>
      <div className="actor-graph__canvas actor-graph__placeholder">
        <p>{words.loading}</p>
      </div>
    </div>
  );
}

const ActorGraph = dynamic(() => import('./ActorGraph'), { ssr: false, loading: GraphPlaceholder });
const loadCanvasGraph = () => import('./canvas/CanvasActorGraph');
const CanvasActorGraph = dynamic(loadCanvasGraph, { ssr: false, loading: GraphPlaceholder });

/** Actors from which the graph waits for an idle moment before it mounts: the timeline comes first. */
export const DEFER_GRAPH_FROM = 400;

export function LazyActorGraph(props: ActorGraphProps) {
  const idle = useWhenIdle();
  const large = isLargeGraph(props.actors.length);
  // The canvas renderer's chunk is fetched while the timeline draws, so the graph is ready to mount at the idle moment.
  useEffect(() => {
    if (large) void loadCanvasGraph();
  }, [large]);
  if (props.actors.length >= DEFER_GRAPH_FROM && !idle) return <GraphPlaceholder />;
  return large ? <CanvasActorGraph {...props} /> : <ActorGraph {...props} />;
}

export default LazyActorGraph;
