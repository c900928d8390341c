import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { briefingIds, findBriefing } from '../../../_server/briefing-props';
import PresenterView from '@/components/briefing/PresenterView';
import { STRINGS } from '@/components/briefing/strings';
import { BriefingLoading } from '@/components/briefing/BriefingIndex';

interface Params {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return briefingIds();
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const briefing = findBriefing((await params).id);
  return { title: briefing ? `${STRINGS.presenterTitle}: ${briefing.title.en}` : 'Briefing not found' };
}

/** The presenter window: only the briefing itself (notes included), no figures. */
export default async function PresenterPage({ params }: Params) {
  const briefing = findBriefing((await params).id);
  if (!briefing) notFound();
  return (
    <main id="main">
      <Suspense fallback={<BriefingLoading />}>
        <PresenterView briefing={briefing} />
      </Suspense>
    </main>
  );
}
