import type { Metadata } from 'next';
import { getIndex } from '../_server/data';
import { idsWithPages } from '../_server/static-params';
import { recordPath } from '@/lib/record-paths';
import { Bilingual } from '@/components/i18n/Bilingual';
import { ActorKind } from '@/components/i18n/ActorKind';
import { RecordCounts, T } from '@/components/i18n/T';

export const metadata: Metadata = { title: 'Actors', description: 'Every actor the source articles mention, named or not.' };

export default function ActorsPage() {
  const index = getIndex();
  // A large dataset's actors past the first pages are read in the explorer.
  const paged = idsWithPages(index, 'actor');
  const actors = [...index.dataset.actors].sort((a, b) => a.name.en.localeCompare(b.name.en));
  return (
    <main id="main" className="page">
      <h1>
        <T k="actorsTitle" />
      </h1>
      <ul className="record-list">
        {actors.map((a) => (
          <li key={a.id}>
            <Bilingual en={a.name.en} ar={a.name.ar} href={recordPath('actor', a.id, paged.has(a.id))} />{' '}
            <span className="tag">
              <ActorKind kind={a.kind} />
            </span>{' '}
            <span className="tag">
              <RecordCounts events={index.eventsByActor.get(a.id)?.length ?? 0} statements={index.statementsBySpeaker.get(a.id)?.length ?? 0} />
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
