import type { Metadata } from 'next';
import { LangLink } from '@/components/i18n/LangLink';
import { T } from '@/components/i18n/T';
import { Suspense } from 'react';
import { preload } from 'react-dom';
import Explorer from '@/components/explorer/Explorer';
import { shardUrl } from '@/lib/explorer-payload';

export const metadata: Metadata = {
  title: 'Explorer',
  description: 'The 2013 US–China dialogue on cyber security as a timeline and an actor graph, every item traced to its Arabic source passage.',
};

/**
 * The explorer route: a small static frame. What the views draw is the build's
 * `/data/explorer.json` (timeline and graph columns, the graph layout) and
 * the records behind panels and the reader are the other `/data/` files, all
 * computed at build time from the validated dataset; the explorer fetches
 * them, so the HTML stays the same size whatever the dataset's.
 */
export default function ExplorerPage() {
  // Asked for by the HTML's head, so the drawing data comes while the scripts load and hydrate instead of after (useExplorerPayload's fetch takes it).
  preload(shardUrl.payload, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <main id="main">
      <h1 className="visually-hidden">
        <T k="explorerTitle" />
      </h1>
      {/* The explorer reads its state from the URL, which a static page only knows in the browser. Its stand-in's links are not prefetched: it is gone once the scripts run. */}
      <Suspense
        fallback={
          <p className="page">
            <T k="loadingExplorer" /> <T k="alsoListed" />{' '}
            <LangLink href="/events" prefetch={false}>
              <T k="navEvents" />
            </LangLink>
            {' · '}
            <LangLink href="/actors" prefetch={false}>
              <T k="navActors" />
            </LangLink>
            {' · '}
            <LangLink href="/sources" prefetch={false}>
              <T k="navSources" />
            </LangLink>
          </p>
        }
      >
        <Explorer />
      </Suspense>
    </main>
  );
}
