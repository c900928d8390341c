import type { Metadata } from 'next';
import { getIndex } from '../_server/data';
import { idsWithPages } from '../_server/static-params';
import { recordPath } from '@/lib/record-paths';
import { Bilingual } from '@/components/i18n/Bilingual';
import { Basis, T } from '@/components/i18n/T';

export const metadata: Metadata = { title: 'Sources', description: 'The source articles behind every event and relation in Athar.' };

export default function SourcesPage() {
  const index = getIndex();
  const { dataset } = index;
  const paged = idsWithPages(index, 'source');
  return (
    <main id="main" className="page">
      <h1>
        <T k="sourcesTitle" />
      </h1>
      <ul className="record-list">
        {dataset.sources.map((s) => (
          <li key={s.id}>
            <Bilingual en={s.title.en} ar={s.title.ar} href={recordPath('source', s.id, paged.has(s.id))} />{' '}
            <span className="tag">
              <bdi>{s.publication.datetime.slice(0, 10)}</bdi> (<Basis basis={s.publication.basis} />)
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
