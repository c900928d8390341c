/**
 * A fuzzy date shown twice: as the text writes it (Arabic, verbatim) and as
 * the analyst resolved it (an interval at a precision). The resolution is
 * arithmetic on the text; a date taken from context rather than from words
 * in the passage is the analyst's inference and is badged as such.
 */
import type { FuzzyDate } from '@/lib/schema';
import { AnalystBadge } from './AnalystNote';
import { formatFuzzyDate } from './format-date';

export interface DateSummaryProps {
  date: FuzzyDate;
  /** Also show the precision, the rule applied and the note (the event panel's full view). */
  detailed?: boolean;
}

/** The label of a date inferred from context. */
export const CONTEXT_DATE_LABEL = 'Analyst inference — the passage does not name this date';

export function DateSummary({ date, detailed = false }: DateSummaryProps) {
  const inferred = date.basis === 'context';
  return (
    <span className="panel-date" data-basis={date.basis}>
      <span className="panel-date-written">
        <span className="panel-label">As written: </span>
        <bdi className="ar-inline" lang="ar" dir="rtl">
          {date.expression}
        </bdi>
      </span>{' '}
      <span className="panel-date-resolved">
        <span className="panel-label">resolved: </span>
        {formatFuzzyDate(date, 'en')}
      </span>
      {detailed && (
        <span className="panel-date-detail">
          {' '}
          <span className="tag">precision: {date.precision}</span> <span className="panel-rule">rule: {date.rule}</span>
        </span>
      )}
      {inferred && (
        <span className="panel-date-inferred">
          {' '}
          <AnalystBadge>{CONTEXT_DATE_LABEL}</AnalystBadge>
          {date.note && <span className="panel-note-inline"> {date.note}</span>}
        </span>
      )}
      {!inferred && detailed && date.note && <span className="panel-note-inline"> {date.note}</span>}
    </span>
  );
}
