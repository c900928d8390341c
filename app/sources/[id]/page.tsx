import type { Metadata } from 'next';
import { LangLink } from '@/components/i18n/LangLink';
import { T } from '@/components/i18n/T';
import { notFound } from 'next/navigation';
import { getIndex } from '../../_server/data';
import { staticRecordParams } from '../../_server/static-params';
import { explorerRecordPath } from '@/lib/record-paths';
import { describePassage } from '@/components/explorer/describe-passage';
import { StandaloneReader } from '@/components/reader/StandaloneReader';

interface Params {
  params: Promise<{ id: string }>;
}

// Only pre-rendered records have a page: `output: export` requires it, and an
// unknown id must be a plain 404, not a render the server caches per junk path.
// Records past the bound (app/_server/static-params.ts) are reached in the explorer's panels.
export const dynamicParams = false;

export function generateStaticParams() {
  return staticRecordParams(getIndex(), 'source');
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const source = getIndex().sources.get((await params).id);
  if (!source) return { title: 'Source not found' };
  return { title: source.title.en, description: `${source.title.ar} — the full article with every passage Athar cites highlighted.` };
}

export default async function SourcePage({ params }: Params) {
  const index = getIndex();
  const source = index.sources.get((await params).id);
  if (!source) notFound();
  const passages = index.passagesBySource.get(source.id) ?? [];
  return (
    <main id="main" className="page">
      <p>
        <LangLink href={explorerRecordPath('source', source.id)}>
          <T k="openInExplorer" />
        </LangLink>
      </p>
      <StandaloneReader
        source={source}
        text={index.dataset.texts[source.id] ?? ''}
        passages={passages}
        descriptions={{ en: passages.map((ref) => describePassage(index, ref, 'en')), ar: passages.map((ref) => describePassage(index, ref, 'ar')) }}
      />
    </main>
  );
}
