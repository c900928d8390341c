'use client';
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
import { useLang } from '@/components/i18n/lang-context';
import { READER_STRINGS } from './strings';

export interface SourceHeaderProps {
  source: Source;
  /** `id` of the heading, so the reader region can be labelled by it. */
  headingId: string;
  /** Level of the title heading: 1 on the source's own page, 3 inside the explorer's reader pane. */
  headingLevel?: 1 | 2 | 3;
}

function Stated() {
  return <span className="tag">{READER_STRINGS[useLang()].statedInText}</span>;
}

export function SourceHeader({ source, headingId, headingLevel = 2 }: SourceHeaderProps) {
  const { stated, inferred, credit } = source.publisher;
  const { publication } = source;
  const lang = useLang();
  const words = READER_STRINGS[lang];
  return (
    <header className="rdr-header">
      <Heading level={headingLevel} id={headingId} className="rdr-title">
        <span className="ar rdr-title-ar" lang="ar" dir="rtl">
          {source.title.ar}
        </span>
        <span className="rdr-title-en" lang="en">
          {source.title.en}
        </span>
      </Heading>
      <dl className="rdr-meta">
        <dt>{words.publisher}</dt>
        <dd>
          {stated && (
            <span className="rdr-publisher-stated">
              <bdi dir="auto">{stated.name}</bdi> <Stated />
            </span>
          )}
          {inferred && (
            <span className="rdr-publisher-inferred">
              {stated && ' · '}
              <bdi dir="auto">{inferred.name}</bdi> <AnalystBadge>{words.inferred}</AnalystBadge>{' '}
              <span className="rdr-basis">
                {words.basis} <span lang="en">{inferred.basis}</span>
              </span>
            </span>
          )}
          {!stated && !inferred && <span className="rdr-muted">{words.notStated}</span>}
        </dd>
        {credit && (
          <>
            <dt>{words.credit}</dt>
            <dd>
              <bdi dir="auto">{credit.name}</bdi> <Stated />
            </dd>
          </>
        )}
        <dt>{words.published}</dt>
        <dd>
          <time dateTime={publication.datetime}>{formatPublication(publication, lang)}</time>{' '}
          <PublicationBasis publication={publication} />
          {publication.basis === 'stated' && (
            <span className="rdr-basis" lang="en">
              {' '}
              {publication.note}
            </span>
          )}
        </dd>
      </dl>
    </header>
  );
}
