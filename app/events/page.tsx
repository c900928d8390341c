import type { Metadata } from 'next';
import { getIndex } from '../_server/data';
import { Bilingual } from '@/components/i18n/Bilingual';
import { EventStatus } from '@/components/i18n/ActorKind';
import { T } from '@/components/i18n/T';

export const metadata: Metadata = { title: 'Events', description: 'Every dated event, in date order, with the date as the source writes it.' };

export default function EventsPage() {
  const index = getIndex();
  return (
    <main id="main" className="page">
      <h1>
        <T k="eventsTitle" />
      </h1>
      <ol className="record-list">
        {index.eventsInOrder.map((e) => (
          <li key={e.id}>
            <Bilingual en={e.title.en} ar={e.title.ar} href={`/events/${e.id}`} />{' '}
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
    </main>
  );
}
