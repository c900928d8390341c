/**
 * Where a passage comes from: the source's title and its publication date,
 * with the basis of that date in words. An inferred date (the article states
 * none) carries the analyst badge, so a reader never takes it for a dateline.
 */
import type { Source } from '@/lib/schema';
import { AnalystBadge } from './AnalystNote';
import { formatPublication } from './format-date';

export interface SourceCitationProps {
  /** The source; undefined when a passage names a source the caller could not find. */
  source: Source | undefined;
  /** The id the passage names, shown when the source is missing. */
  sourceId: string;
  /** Element to wrap the citation in (a heading when it titles a group of passages). */
  as?: 'span' | 'h4' | 'p';
  /** Also print the note on how the publication date is known (otherwise it is the badge's tooltip). */
  detailed?: boolean;
}

/**
 * The badge for how a publication date is known, and its note. The note can
 * be long; where a panel cites the same source many times it stays in the
 * tooltip, and the source's header and the event's date anchor print it.
 */
export function PublicationBasis({ publication, withNote = true }: { publication: Source['publication']; withNote?: boolean }) {
  if (publication.basis === 'stated') {
    return (
      <span className="tag" title={publication.note}>
        stated in the text
      </span>
    );
  }
  return (
    <>
      <span title={publication.note}>
        <AnalystBadge>Inferred by the analyst — not in the source</AnalystBadge>
      </span>
      {withNote && <span className="panel-note-inline"> {publication.note}</span>}
    </>
  );
}

/** Title (Arabic, then English) and publication date of a source. */
export function SourceCitation({ source, sourceId, as: Wrapper = 'span', detailed = false }: SourceCitationProps) {
  if (!source) {
    return (
      <Wrapper className="panel-citation panel-missing">
        unknown source “{sourceId}”
      </Wrapper>
    );
  }
  return (
    <Wrapper className="panel-citation">
      <cite className="panel-cite">
        <bdi className="ar-inline" lang="ar" dir="rtl">
          {source.title.ar}
        </bdi>{' '}
        <span className="panel-cite-en">({source.title.en})</span>
      </cite>
      {', '}
      <span className="panel-published">
        published <time dateTime={source.publication.datetime}>{formatPublication(source.publication)}</time>{' '}
        <PublicationBasis publication={source.publication} withNote={detailed} />
      </span>
    </Wrapper>
  );
}
