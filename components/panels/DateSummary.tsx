'use client';
/**
 * A fuzzy date shown twice: as the text writes it (Arabic, verbatim) and as
 * the analyst resolved it (an interval at a precision). The resolution is
 * arithmetic on the text; a date taken from context rather than from words
 * in the passage is the analyst's inference and is badged as such.
 */
import type { FuzzyDate } from '@/lib/schema';
import { AnalystBadge } from './AnalystNote';
import { formatFuzzyDate } from './format-date';
import { useLang } from '@/components/i18n/lang-context';
import { PANEL_STRINGS } from './strings';

export interface DateSummaryProps {
  date: FuzzyDate;
  /** Also show the precision, the rule applied and the note (the event panel's full view). */
  detailed?: boolean;
}

/** The label of a date inferred from context. */
export const CONTEXT_DATE_LABEL = PANEL_STRINGS.en.contextDate;

export function DateSummary({ date, detailed = false }: DateSummaryProps) {
  const lang = useLang();
  const words = PANEL_STRINGS[lang];
  const inferred = date.basis === 'context';
  return (
    <span className="panel-date" data-basis={date.basis}>
      <span className="panel-date-written">
        <span className="panel-label">{words.asWritten}</span>
        <bdi className="ar-inline" lang="ar" dir="rtl">
          {date.expression}
        </bdi>
      </span>{' '}
      <span className="panel-date-resolved">
        <span className="panel-label">{words.resolved}</span>
        {formatFuzzyDate(date, lang)}
      </span>
      {detailed && (
        <span className="panel-date-detail">
          {' '}
          <span className="tag">
            {words.precision}: {words.precisionNames[date.precision]}
          </span>{' '}
          <span className="panel-rule">
            {words.rule}: <bdi>{date.rule}</bdi>
          </span>
        </span>
      )}
      {inferred && (
        <span className="panel-date-inferred">
          {' '}
          <AnalystBadge>{words.contextDate}</AnalystBadge>
          {date.note && <span className="panel-note-inline" lang="en"> {date.note}</span>}
        </span>
      )}
      {!inferred && detailed && date.note && <span className="panel-note-inline" lang="en"> {date.note}</span>}
    </span>
  );
}
