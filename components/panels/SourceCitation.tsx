'use client';
/**
 * Where a passage comes from: the source's title and its publication date,
 * with the basis of that date in words. An inferred date (the article states
 * none) carries the analyst badge, so a reader never takes it for a dateline.
 */
import type { Source } from '@/lib/schema';
import { AnalystBadge } from './AnalystNote';
import { formatPublication } from './format-date';
import { useLang } from '@/components/i18n/lang-context';
import { PANEL_STRINGS } from './strings';

export interface SourceCitationProps {
  /** The source; undefined when a passage names a source the caller could not find. */
  source: Source | undefined;
  /** The id the passage names, shown when the source is missing. */
  sourceId: string;
  /** Element to wrap the citation in (a heading when it titles a group of passages). */
  as?: 'span' | 'h4' | 'p';
  /** Also print the note on how the publication date is known (otherwise it is the badge's tooltip). */
  detailed?: boolean;
  /** `interface`: the title in the interface language only (a briefing's slide, where room is short); both by default. */
  titles?: 'both' | 'interface';
}

/**
 * The badge for how a publication date is known, and its note. The note can
 * be long; where a panel cites the same source many times it stays in the
 * tooltip, and the source's header and the event's date anchor print it.
 */
export function PublicationBasis({ publication, withNote = true }: { publication: Source['publication']; withNote?: boolean }) {
  const words = PANEL_STRINGS[useLang()];
  if (publication.basis === 'stated') {
    return (
      <span className="tag" title={publication.note}>
        {words.statedInText}
      </span>
    );
  }
  return (
    <>
      <span title={publication.note}>
        <AnalystBadge>{words.inferredPublication}</AnalystBadge>
      </span>
      {withNote && (
        <span className="panel-note-inline" lang="en">
          {' '}
          {publication.note}
        </span>
      )}
    </>
  );
}

/** Title (Arabic, then English) and publication date of a source. */
export function SourceCitation({ source, sourceId, as: Wrapper = 'span', detailed = false, titles = 'both' }: SourceCitationProps) {
  const lang = useLang();
  const words = PANEL_STRINGS[lang];
  if (!source) {
    return (
      <Wrapper className="panel-citation panel-missing">
        {words.unknownSource(sourceId)}
      </Wrapper>
    );
  }
  return (
    <Wrapper className="panel-citation">
      <cite className="panel-cite">
        {(titles === 'both' || lang === 'ar') && (
          <bdi className="ar-inline" lang="ar" dir="rtl">
            {source.title.ar}
          </bdi>
        )}
        {titles === 'both' && ' '}
        {(titles === 'both' || lang === 'en') && (
          <span className="panel-cite-en" lang="en">
            {titles === 'both' ? `(${source.title.en})` : source.title.en}
          </span>
        )}
      </cite>
      {words.listSeparator}
      <span className="panel-published">
        {words.published} <time dateTime={source.publication.datetime}>{formatPublication(source.publication, lang)}</time>{' '}
        <PublicationBasis publication={source.publication} withNote={detailed} />
      </span>
    </Wrapper>
  );
}
