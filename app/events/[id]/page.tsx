import type { Metadata } from 'next';
import { LangLink } from '@/components/i18n/LangLink';
import { T } from '@/components/i18n/T';
import { notFound } from 'next/navigation';
import { getIndex } from '../../_server/data';
import { staticRecordParams } from '../../_server/static-params';
import { explorerRecordPath } from '@/lib/record-paths';
import { lookupsFor } from '../../_server/subsets';
import { EventPanel } from '@/components/panels/EventPanel';
import '@/components/panels/panels.css';

interface Params {
  params: Promise<{ id: string }>;
}

// Only pre-rendered records have a page: `output: export` requires it, and an
// unknown id must be a plain 404, not a render the server caches per junk path.
// Records past the bound (app/_server/static-params.ts) are reached in the explorer's panels.
export const dynamicParams = false;

export function generateStaticParams() {
  return staticRecordParams(getIndex(), 'event');
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const event = getIndex().events.get((await params).id);
  if (!event) return { title: 'Event not found' };
  return { title: event.title.en, description: `${event.summary} (${event.date.expression})` };
}

export default async function EventPage({ params }: Params) {
  const index = getIndex();
  const event = index.events.get((await params).id);
  if (!event) notFound();
  const statements = index.statementsByEvent.get(event.id) ?? [];
  const { actorsById, sourcesById } = lookupsFor(index, [event], statements);
  return (
    <main id="main" className="page">
      <p>
        <LangLink href={explorerRecordPath('event', event.id)}>
          <T k="openInExplorer" />
        </LangLink>
      </p>
      <EventPanel headingLevel={1} event={event} statements={statements} actorsById={actorsById} sourcesById={sourcesById} />
    </main>
  );
}
