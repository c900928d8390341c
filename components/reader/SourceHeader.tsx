/**
 * What is known about a source before reading it: its title, who published
 * it and when. Each fact says how it is known: stated by the text itself, or
 * inferred by the analyst (badged, with the basis), because a dateline and an
 * analyst's guess must not look alike.
 */
import type { Source } from '@/lib/schema';
import { Heading } from '@/components/panels/Heading';
import { AnalystBadge } from '@/components/panels/AnalystNote';
import { PublicationBasis } from '@/components/panels/SourceCitation';
import { formatPublication } from '@/components/panels/format-date';

export interface SourceHeaderProps {
  source: Source;
  /** `id` of the heading, so the reader region can be labelled by it. */
  headingId: string;
  /** Level of the title heading: 1 on the source's own page, 3 inside the explorer's reader pane. */
  headingLevel?: 1 | 2 | 3;
}

function Stated() {
  return <span className="tag">stated in the text</span>;
}

export function SourceHeader({ source, headingId, headingLevel = 2 }: SourceHeaderProps) {
  const { stated, inferred, credit } = source.publisher;
  const { publication } = source;
  return (
    <header className="rdr-header">
      <Heading level={headingLevel} id={headingId} className="rdr-title">
        <span className="ar rdr-title-ar" lang="ar" dir="rtl">
          {source.title.ar}
        </span>
        <span className="rdr-title-en">{source.title.en}</span>
      </Heading>
      <dl className="rdr-meta">
        <dt>Publisher</dt>
        <dd>
          {stated && (
            <span className="rdr-publisher-stated">
              <bdi dir="auto">{stated.name}</bdi> <Stated />
            </span>
          )}
          {inferred && (
            <span className="rdr-publisher-inferred">
              {stated && ' · '}
              <bdi dir="auto">{inferred.name}</bdi> <AnalystBadge>Inferred by the analyst — not in the source</AnalystBadge>{' '}
              <span className="rdr-basis">Basis: {inferred.basis}</span>
            </span>
          )}
          {!stated && !inferred && <span className="rdr-muted">not stated in the text</span>}
        </dd>
        {credit && (
          <>
            <dt>Credit</dt>
            <dd>
              <bdi dir="auto">{credit.name}</bdi> <Stated />
            </dd>
          </>
        )}
        <dt>Published</dt>
        <dd>
          <time dateTime={publication.datetime}>{formatPublication(publication)}</time>{' '}
          <PublicationBasis publication={publication} />
          {publication.basis === 'stated' && <span className="rdr-basis"> {publication.note}</span>}
        </dd>
      </dl>
    </header>
  );
}
