'use client';
/**
 * The passage that backs a briefing step, as the room sees it: the Arabic
 * words exactly as the source has them (right to left, in the Arabic face),
 * the analyst's English gloss labelled as a translation, and where the
 * words come from. Rendered from `passage.quote.exact` as text only.
 */
import type { Passage, Source } from '@/lib/schema';
import { SourceCitation } from '@/components/panels/SourceCitation';
import { passageHref } from '@/components/reader/anchors';
import { BRIEFING_STRINGS } from './strings';
import { useLang } from '@/components/i18n/lang-context';

export interface KeyPassageProps {
  passage: Passage;
  gloss: string;
  /** The passage's source; undefined shows the id as an unknown source. */
  source: Source | undefined;
  /** Heading level id for aria-labelledby, so the figure is announced with its label. */
  labelId: string;
}

export function KeyPassage({ passage, gloss, source, labelId }: KeyPassageProps) {
  const { start, end } = passage.position;
  const STRINGS = BRIEFING_STRINGS[useLang()];
  return (
    <figure className="briefing-passage" aria-labelledby={labelId} data-passage={`${passage.source}:${start}-${end}`}>
      <p id={labelId} className="briefing-label">
        {STRINGS.keyPassage}
      </p>
      <blockquote lang="ar" dir="rtl" className="briefing-quote" cite={passageHref(passage)}>
        {passage.quote.exact}
      </blockquote>
      <p className="briefing-gloss">
        <span className="briefing-gloss-label">{STRINGS.glossLabel}: </span>
        <span lang="en">{gloss}</span>
      </p>
      <figcaption className="briefing-citation">
        <span className="briefing-gloss-label">{STRINGS.source}: </span>
        <SourceCitation source={source} sourceId={passage.source} titles="interface" />
      </figcaption>
    </figure>
  );
}
