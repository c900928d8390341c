/**
 * The card shown over the plot while an event is hovered or focused: its
 * title in both languages, the date as written (Arabic, right to left) and as
 * resolved, precision, status, participants and corroboration. It never takes
 * the pointer, so moving across it does not make it flicker.
 */
import type { EventDescription } from './describe';
import { STRINGS, type UiLocale } from './strings';
import styles from './timeline.module.css';

export interface EventTooltipProps {
  id: string;
  description: EventDescription;
  /** Position of the card's top-left corner inside the plot container (its bottom-left when `above`). */
  left: number;
  top: number;
  above: boolean;
  locale: UiLocale;
}

export function EventTooltip({ id, description: d, left, top, above, locale }: EventTooltipProps) {
  const words = STRINGS[locale];
  const sep = locale === 'ar' ? '، ' : ', ';
  return (
    <div id={id} role="tooltip" className={`${styles.tooltip} ${above ? styles.tooltipAbove : ''}`} style={{ left, top }} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <p className={styles.tooltipTitle}>{d.title}</p>
      {d.otherTitle !== d.title && (
        <p className={styles.tooltipOther} lang={locale === 'ar' ? 'en' : 'ar'} dir={locale === 'ar' ? 'ltr' : 'rtl'}>
          {d.otherTitle}
        </p>
      )}
      <dl className={styles.tooltipFacts}>
        <dt>{words.asWritten}</dt>
        <dd>
          <span lang="ar" dir="rtl">
            {d.expression}
          </span>
        </dd>
        <dt>{words.resolved}</dt>
        <dd>
          {d.resolved}
          {d.fromContext && <span className={styles.tooltipNote}> ({words.fromContext})</span>}
        </dd>
        <dt>{words.precisionLabel}</dt>
        <dd>{d.precision}</dd>
        <dt>{words.statusLabel}</dt>
        <dd>{d.status}</dd>
        {d.participants.length > 0 && (
          <>
            <dt>{words.participants}</dt>
            <dd>{d.participants.join(sep)}</dd>
          </>
        )}
      </dl>
      <p className={styles.tooltipSources}>{d.sources}</p>
    </div>
  );
}
