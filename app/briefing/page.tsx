import type { Metadata } from 'next';
import { getIndex } from '../_server/data';
import { STRINGS } from '@/components/briefing/strings';
import { BriefingIndex } from '@/components/briefing/BriefingIndex';

export const metadata: Metadata = {
  title: STRINGS.indexTitle,
  description: 'Briefings over the dataset, told step by step, every step backed by a source passage.',
};

/** Every briefing of data/briefings/, with the ways to open it. */
export default function BriefingsPage() {
  const briefings = getIndex().dataset.briefings;
  return (
    <main id="main" className="page">
      <BriefingIndex briefings={briefings} />
    </main>
  );
}
