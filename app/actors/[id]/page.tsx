import type { Metadata } from 'next';
import { LangLink } from '@/components/i18n/LangLink';
import { T } from '@/components/i18n/T';
import { notFound } from 'next/navigation';
import { getIndex } from '../../_server/data';
import { boundedList } from '../../_server/record-lists';
import { staticRecordParams } from '../../_server/static-params';
import { explorerRecordPath } from '@/lib/record-paths';
import { lookupsFor } from '../../_server/subsets';
import { ActorPanel } from '@/components/panels/ActorPanel';
import '@/components/panels/panels.css';

interface Params {
  params: Promise<{ id: string }>;
}

// Only pre-rendered records have a page: `output: export` requires it, and an
// unknown id must be a plain 404, not a render the server caches per junk path.
// Records past the bound (app/_server/static-params.ts) are reached in the explorer's panels.
export const dynamicParams = false;

export function generateStaticParams() {
  return staticRecordParams(getIndex(), 'actor');
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = getIndex().actors.get((await params).id);
  if (!actor) return { title: 'Actor not found' };
  const statements = getIndex().statementsBySpeaker.get(actor.id)?.length ?? 0;
  return {
    title: `${actor.name.en} (${actor.name.ar})`,
    description: `${actor.name.en}: ${statements} statements and every event it takes part in, each with its Arabic source passage.`,
  };
}

export default async function ActorPage({ params }: Params) {
  const index = getIndex();
  const actor = index.actors.get((await params).id);
  if (!actor) notFound();
  const statements = index.statementsBySpeaker.get(actor.id) ?? [];
  // A busy actor of a large dataset takes part in thousands of events: the page lists the first ones and links to the rest.
  const events = boundedList(index.eventsByActor.get(actor.id) ?? []);
  const lookups = lookupsFor(index, events.shown, statements, [actor.id]);
  const inExplorer = explorerRecordPath('actor', actor.id);
  return (
    <main id="main" className="page">
      <p>
        <LangLink href={inExplorer}>
          <T k="openInExplorer" />
        </LangLink>
      </p>
      <ActorPanel
        headingLevel={1}
        actor={actor}
        statements={statements}
        events={events.shown}
        eventTotal={events.total}
        allEventsHref={inExplorer}
        {...lookups}
      />
    </main>
  );
}
