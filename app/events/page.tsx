import type { Metadata } from 'next';
import { getIndex } from '../_server/data';
import { idsWithPages } from '../_server/static-params';
import { recordPath } from '@/lib/record-paths';
import { Bilingual } from '@/components/i18n/Bilingual';
import { EventStatus } from '@/components/i18n/ActorKind';
import { EventsListShown, T } from '@/components/i18n/T';
import { LangLink } from '@/components/i18n/LangLink';
import { boundedList, EVENTS_PAGE_LIST_LIMIT } from '../_server/record-lists';

export const metadata: Metadata = { title: 'Events', description: 'Every dated event, in date order, with the date as the source writes it.' };

export default function EventsPage() {
  // A 100,000-event dataset would make this one page hundreds of megabytes: past the bound it lists the first events and links to the explorer.
  const index = getIndex();
  const events = boundedList(index.eventsInOrder, EVENTS_PAGE_LIST_LIMIT);
  // Event pages are made in this list's order; a build with fewer (ATHAR_STATIC_RECORD_PAGES) links the rest to the explorer.
  const paged = idsWithPages(index, 'event');
  return (
    <main id="main" className="page">
      <h1>
        <T k="eventsTitle" />
      </h1>
      <ol className="record-list">
        {events.shown.map((e) => (
          <li key={e.id}>
            <Bilingual en={e.title.en} ar={e.title.ar} href={recordPath('event', e.id, paged.has(e.id))} />{' '}
            <span className="tag">
              <span lang="ar" dir="rtl" className="ar-inline">
                {e.date.expression}
              </span>
            </span>{' '}
            <span className="tag">
              <bdi>{e.date.edtf}</bdi>
            </span>{' '}
            <span className="tag">
              <EventStatus status={e.status} />
            </span>
          </li>
        ))}
      </ol>
      {events.total > events.shown.length && (
        <p className="record-list-more">
          <EventsListShown shown={events.shown.length} total={events.total} />{' '}
          <LangLink href="/">
            <T k="allEventsInExplorer" />
          </LangLink>
        </p>
      )}
    </main>
  );
}
