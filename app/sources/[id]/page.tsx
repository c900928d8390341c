import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getIndex } from '../../_server/data';
import { staticRecordParams } from '../../_server/static-params';
import { describePassage } from '@/components/explorer/describe-passage';
import { StandaloneReader } from '@/components/reader/StandaloneReader';

interface Params {
  params: Promise<{ id: string }>;
}

// Records past the pre-rendered bound (app/_server/static-params.ts) render on their first request under `next start`.
export const dynamicParams = true;

export function generateStaticParams() {
  return staticRecordParams(getIndex().dataset.sources.map((s) => s.id));
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
        <Link href={`/?source=${encodeURIComponent(source.id)}`}>Open in the explorer</Link>
      </p>
      <StandaloneReader
        source={source}
        text={index.dataset.texts[source.id] ?? ''}
        passages={passages}
        descriptions={passages.map((ref) => describePassage(index, ref))}
      />
    </main>
  );
}
