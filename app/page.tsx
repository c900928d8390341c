import type { Metadata } from 'next';
import { LangLink } from '@/components/i18n/LangLink';
import { T } from '@/components/i18n/T';
import { Suspense } from 'react';
import { getIndex } from './_server/data';
import { computeGraphLayout } from './_server/graph-layout';
import { actorGraph } from '@/lib/graph';
import { toTimelineEvents } from '@/lib/timeline-model';
import { encodeTimelineColumns } from '@/lib/columnar';
import Explorer from '@/components/explorer/Explorer';

export const metadata: Metadata = {
  title: 'Explorer',
  description: 'The 2013 US–China dialogue on cyber security as a timeline and an actor graph, every item traced to its Arabic source passage.',
};

/**
 * The explorer route. Everything here runs at build time: the dataset is
 * validated and indexed, the timeline records and the graph layout computed,
 * and the client receives plain props.
 */
export default function ExplorerPage() {
  const index = getIndex();
  const timeline = toTimelineEvents(index);
  const positions = computeGraphLayout(actorGraph(index), index.dataset.actors);
  return (
    <main id="main">
      <h1 className="visually-hidden">
        <T k="explorerTitle" />
      </h1>
      {/* The explorer reads its state from the URL, which a static page only knows in the browser. */}
      <Suspense
        fallback={
          <p className="page">
            <T k="loadingExplorer" /> <T k="alsoListed" />{' '}
            <LangLink href="/events">
              <T k="navEvents" />
            </LangLink>
            {' · '}
            <LangLink href="/actors">
              <T k="navActors" />
            </LangLink>
            {' · '}
            <LangLink href="/sources">
              <T k="navSources" />
            </LangLink>
          </p>
        }
      >
        <Explorer dataset={index.dataset} timelineColumns={encodeTimelineColumns(timeline)} positions={positions} />
      </Suspense>
    </main>
  );
}
