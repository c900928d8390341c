/**
 * What the briefing pages hand to the client, computed at build time: the
 * briefing, the timeline records, the graph and its layout, the sources
 * (for citations) and the sources behind each event (for figure captions).
 * The raw texts stay on the server: a briefing shows passages, not articles.
 */
import type { Briefing } from '@/lib/briefing';
import { actorGraph, type ActorGraph } from '@/lib/graph';
import type { Actor, Source } from '@/lib/schema';
import { toTimelineEvents, type TimelineEvent } from '@/lib/timeline-model';
import { getIndex } from './data';
import { computeGraphLayout } from './graph-layout';

export interface BriefingPageData {
  briefing: Briefing;
  timeline: TimelineEvent[];
  actors: Actor[];
  graph: ActorGraph;
  positions: Record<string, { x: number; y: number }>;
  sources: Source[];
  eventSources: Record<string, string[]>;
}

/** The briefings, for generateStaticParams. */
export function briefingIds(): { id: string }[] {
  return getIndex().dataset.briefings.map((b) => ({ id: b.id }));
}

export function findBriefing(id: string): Briefing | undefined {
  return getIndex().dataset.briefings.find((b) => b.id === id);
}

let layout: { graph: ActorGraph; positions: Record<string, { x: number; y: number }> } | null = null;

/** The data of one briefing's pages, or undefined for an unknown id. The graph layout is computed once per build. */
export function briefingPageData(id: string): BriefingPageData | undefined {
  const briefing = findBriefing(id);
  if (!briefing) return undefined;
  const index = getIndex();
  if (layout === null) {
    const graph = actorGraph(index);
    layout = { graph, positions: computeGraphLayout(graph, index.dataset.actors) };
  }
  const eventSources = Object.fromEntries(index.dataset.events.map((e) => [e.id, [...new Set(e.evidence.map((p) => p.source))].sort()]));
  return {
    briefing,
    timeline: toTimelineEvents(index),
    actors: index.dataset.actors,
    graph: layout.graph,
    positions: layout.positions,
    sources: index.dataset.sources,
    eventSources,
  };
}
