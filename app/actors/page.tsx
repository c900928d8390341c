import type { Metadata } from 'next';
import Link from 'next/link';
import { getIndex } from '../_server/data';
import { ACTOR_KIND_NAMES } from '@/components/panels/labels';

export const metadata: Metadata = { title: 'Actors', description: 'Every actor the source articles mention, named or not.' };

export default function ActorsPage() {
  const index = getIndex();
  const actors = [...index.dataset.actors].sort((a, b) => a.name.en.localeCompare(b.name.en));
  return (
    <main id="main" className="page">
      <h1>Actors</h1>
      <ul className="record-list">
        {actors.map((a) => (
          <li key={a.id}>
            <Link href={`/actors/${a.id}`}>{a.name.en}</Link>{' '}
            <span lang="ar" dir="rtl" className="ar-inline">{a.name.ar}</span>{' '}
            <span className="tag">{ACTOR_KIND_NAMES[a.kind]}</span>{' '}
            <span className="tag">
              {index.eventsByActor.get(a.id)?.length ?? 0} events · {index.statementsBySpeaker.get(a.id)?.length ?? 0} statements
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
