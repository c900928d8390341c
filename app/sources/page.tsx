import type { Metadata } from 'next';
import Link from 'next/link';
import { getIndex } from '../_server/data';

export const metadata: Metadata = { title: 'Sources', description: 'The source articles behind every event and relation in Athar.' };

export default function SourcesPage() {
  const { dataset } = getIndex();
  return (
    <main id="main" className="page">
      <h1>Sources</h1>
      <ul className="record-list">
        {dataset.sources.map((s) => (
          <li key={s.id}>
            <Link href={`/sources/${s.id}`}>
              <span lang="ar" dir="rtl" className="ar-inline">{s.title.ar}</span> — {s.title.en}
            </Link>{' '}
            <span className="tag">
              {s.publication.datetime.slice(0, 10)} ({s.publication.basis})
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
