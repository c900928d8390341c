import type { Metadata } from 'next';
import Link from 'next/link';
import { getIndex } from '../_server/data';

export const metadata: Metadata = { title: 'Events', description: 'Every dated event, in date order, with the date as the source writes it.' };

export default function EventsPage() {
  const index = getIndex();
  return (
    <main id="main" className="page">
      <h1>Events</h1>
      <ol className="record-list">
        {index.eventsInOrder.map((e) => (
          <li key={e.id}>
            <Link href={`/events/${e.id}`}>{e.title.en}</Link>{' '}
            <span lang="ar" dir="rtl" className="ar-inline">{e.date.expression}</span>{' '}
            <span className="tag">{e.date.edtf}</span> <span className="tag">{e.status}</span>
          </li>
        ))}
      </ol>
    </main>
  );
}
