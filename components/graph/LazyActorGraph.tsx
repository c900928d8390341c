'use client';
/**
 * The actor graph loaded on the client only, in its own chunk, so Cytoscape
 * (about 190 KiB gzip with fcose) stays out of the page's first-load bundle.
 * `next/dynamic` with `ssr: false` must be called in a client module, hence
 * this wrapper; pages import this, never a renderer directly.
 *
 * From LARGE_GRAPH_NODES actors the canvas renderer (./canvas) draws instead
 * of Cytoscape (./scale says why), in a chunk without Cytoscape, fetched at
 * once and mounted only when the page's timeline has drawn (`timelineDrawn`)
 * or else at the browser's first idle moment, so the timeline draws first
 * and the graph right after it.
 *
 * The canvas renderer is not a `next/dynamic` component: that one suspends
 * on its first render, and the retry that mounts it runs at React's retry
 * priority, which any other update interrupts. At 10,000 events the
 * reader's first shard arriving then threw away ~100 ms of the graph's
 * building, done again at once (seen in a trace of the benchmark's load).
 * Here the module is fetched at once and kept in this module; the graph
 * mounts in an ordinary render when it may. Nothing re-renders when the
 * chunk arrives before then: that update, too, restarted the explorer's
 * render of the timeline, 150 ms later on the same load.
 */
import { useEffect, useState, type ComponentType } from 'react';
import dynamic from 'next/dynamic';
import type { ActorGraphProps } from './graph-props';
import type { ActorGraph } from '@/lib/graph';
import type { Lazy } from '@/lib/lazy';
import { isLargeGraph } from './scale';
import './graph.css';
import { useLang } from '@/components/i18n/lang-context';
import { GRAPH_STRINGS } from './strings';
import { useWhenIdle } from '@/components/useWhenIdle';
import { useOnceSignal, type OnceSignal } from '@/components/once-signal';

/** Holds the graph's place at the same size while the chunk loads, so the page does not jump. */
function GraphPlaceholder({ failed = null }: { failed?: string | null }) {
  const words = GRAPH_STRINGS[useLang()];
  return (
    <div className="actor-graph actor-graph--loading" role={failed ? 'alert' : 'status'}>
      <div className="actor-graph__bar">
        <p className="actor-graph__title">{words.title}</p>
      </div>
      <div className="actor-graph__canvas actor-graph__placeholder">
        <p>{failed ? words.loadFailed(failed) : words.loading}</p>
      </div>
    </div>
  );
}

const ActorGraph = dynamic(() => import('./ActorGraph'), { ssr: false, loading: () => <GraphPlaceholder /> });

type Loaded = { renderer: ComponentType<ActorGraphProps>; error: null } | { renderer: null; error: string };
/** The canvas renderer once its chunk has come (or why it could not). */
let canvasGraph: Loaded | null = null;
let canvasGraphLoading: Promise<Loaded> | null = null;
function loadCanvasGraph(): Promise<Loaded> {
  return (canvasGraphLoading ??= import('./canvas/CanvasActorGraph').then(
    (module): Loaded => (canvasGraph = { renderer: module.default, error: null }),
    (reason: unknown): Loaded => (canvasGraph = { renderer: null, error: reason instanceof Error ? reason.message : String(reason) }),
  ));
}

/** Actors from which the graph waits for the timeline or an idle moment before it mounts: the timeline comes first. */
export const DEFER_GRAPH_FROM = 400;

export interface LazyActorGraphProps extends Omit<ActorGraphProps, 'graph'> {
  /** The graph, or a getter that builds it when the real graph first renders (lib/lazy): a large one is not needed before the timeline has drawn. */
  graph: ActorGraph | Lazy<ActorGraph>;
  /** Fired when the page's timeline has drawn: a large graph mounts then, without waiting for an idle moment. */
  timelineDrawn?: OnceSignal;
}

export function LazyActorGraph({ timelineDrawn: timelineSignal, graph, ...props }: LazyActorGraphProps) {
  const idle = useWhenIdle();
  const timelineDrawn = useOnceSignal(timelineSignal);
  const large = isLargeGraph(props.actors.length);
  const mayMount = idle || timelineDrawn;
  // Set only when the chunk comes after the graph may mount: the render then needs to know.
  const [arrived, setArrived] = useState<Loaded | null>(null);
  // Fetched while the timeline draws, so the graph is ready to mount when it may.
  useEffect(() => {
    if (!large) return;
    let live = true;
    void loadCanvasGraph().then((loaded) => {
      if (live && mayMount) setArrived(loaded);
    });
    return () => {
      live = false;
    };
  }, [large, mayMount]);
  // Read only by the render that mounts a renderer: a getter builds the graph then.
  const built = () => (typeof graph === 'function' ? graph() : graph);
  if (!large) return props.actors.length >= DEFER_GRAPH_FROM && !mayMount ? <GraphPlaceholder /> : <ActorGraph {...props} graph={built()} />;
  // Read at the render that may mount it: the chunk has usually come by then, and no state changed when it did.
  const canvas = arrived ?? (mayMount ? canvasGraph : null);
  if (canvas && canvas.renderer === null) return <GraphPlaceholder failed={canvas.error} />;
  if (!canvas || !mayMount) return <GraphPlaceholder />;
  const CanvasActorGraph = canvas.renderer;
  return <CanvasActorGraph {...props} graph={built()} />;
}

export default LazyActorGraph;
