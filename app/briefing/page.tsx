import type { Metadata } from 'next';
import Link from 'next/link';
import { getIndex } from '../_server/data';
import { STRINGS } from '@/components/briefing/strings';

export const metadata: Metadata = {
  title: STRINGS.indexTitle,
  description: 'Briefings over the dataset, told step by step, every step backed by a source passage.',
};

/** Every briefing of data/briefings/, with the ways to open it. */
export default function BriefingsPage() {
  const briefings = getIndex().dataset.briefings;
  return (
    <main id="main" className="page">
      <h1>{STRINGS.indexTitle}</h1>
      <p>{STRINGS.indexIntro}</p>
      {briefings.length === 0 ? (
        <p>{STRINGS.indexEmpty}</p>
      ) : (
        <ul>
          {briefings.map((b) => (
            <li key={b.id}>
              <h2>
                {b.title.en}{' '}
                <span className="ar-inline" lang="ar" dir="rtl">
                  {b.title.ar}
                </span>
              </h2>
              <p>
                {b.description} ({STRINGS.steps(b.steps.length)})
              </p>
              <p>
                <Link href={`/briefing/${b.id}`}>{STRINGS.present}</Link> · <Link href={`/briefing/${b.id}/presenter`}>{STRINGS.presenterView}</Link> ·{' '}
                <Link href={`/briefing/${b.id}/print`}>{STRINGS.printView}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
