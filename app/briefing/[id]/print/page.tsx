import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { briefingIds, briefingPageData, findBriefing } from '../../../_server/briefing-props';
import { BriefingPrint } from '@/components/briefing/BriefingPrint';
import { STRINGS } from '@/components/briefing/strings';

interface Params {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return briefingIds();
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const briefing = findBriefing((await params).id);
  return { title: briefing ? `${briefing.title.en} (${STRINGS.printTitle})` : 'Briefing not found' };
}

/** Every step on its own landscape page, for printing or saving as PDF. */
export default async function BriefingPrintPage({ params }: Params) {
  const data = briefingPageData((await params).id);
  if (!data) notFound();
  return (
    <main id="main">
      <BriefingPrint briefing={data.briefing} timeline={data.timeline} actors={data.actors} sources={data.sources} />
    </main>
  );
}
