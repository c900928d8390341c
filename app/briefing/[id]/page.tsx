import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { briefingIds, briefingPageData, findBriefing } from '../../_server/briefing-props';
import BriefingView from '@/components/briefing/BriefingView';
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
  if (!briefing) return { title: 'Briefing not found' };
  return { title: `${briefing.title.en} (${STRINGS.briefing})`, description: briefing.description };
}

/** The audience window of a briefing. The step comes from `?step=`, which a static page only reads in the browser. */
export default async function BriefingPage({ params }: Params) {
  const data = briefingPageData((await params).id);
  if (!data) notFound();
  return (
    <main id="main">
      <Suspense
        fallback={<BriefingLoading title={data.briefing.title} />}
      >
        <BriefingView {...data} />
      </Suspense>
    </main>
  );
}
