/**
 * Explains the glyphs by drawing them: each swatch is made by the same
 * glyph function as the plot, from a made-up event of that kind, so the
 * legend cannot drift from what the timeline draws.
 */
import { memo } from 'react';
import { MUTED } from '@/components/theme';
import { glyphFor, type Glyph } from '@/lib/timeline/glyphs';
import { createDayScale, type Direction } from '@/lib/timeline/scale';
import type { TimelineEvent } from '@/lib/timeline-model';
import { GlyphShape } from './GlyphShape';
import { STRINGS, type TimelineStrings, type UiLocale } from './strings';
import styles from './timeline.module.css';

const SWATCH_WIDTH = 64;
const SWATCH_HEIGHT = 22;

type LegendKey = keyof TimelineStrings['legend'];

/** A made-up event per legend entry, on a 10-day scale over the swatch. */
const SAMPLES: Record<LegendKey, Partial<TimelineEvent>> = {
  day: { earliest: 4, latest: 4, precision: 'day' },
  interval: { earliest: 1, latest: 7, precision: 'month' },
  open: { earliest: null, latest: 7, precision: 'day' },
  vague: { earliest: 1, latest: 8, precision: 'vague' },
  expected: { earliest: 1, latest: 7, precision: 'month', status: 'expected' },
  ongoing: { earliest: 1, latest: 5, precision: 'month', status: 'ongoing' },
  corroborated: { earliest: 2, latest: 2, precision: 'day', sourceCount: 2 },
};

function sampleGlyph(key: LegendKey, direction: Direction): Glyph | null {
  const event: TimelineEvent = {
    id: key,
    title: key,
    titleAr: key,
    type: 'statement',
    status: 'occurred',
    earliest: null,
    latest: null,
    precision: 'day',
    expression: '',
    dateFromContext: false,
    edtf: '',
    participants: [],
    lead: '',
    sides: [],
    sourceCount: 1,
    ...SAMPLES[key],
  };
  return glyphFor(event, createDayScale([0, 10], [4, SWATCH_WIDTH - 4], direction));
}

export interface TimelineLegendProps {
  locale: UiLocale;
  idPrefix: string;
}

/** Memoised: its swatches depend on the language alone, and the timeline re-renders with every selection. */
export const TimelineLegend = memo(function TimelineLegend({ locale, idPrefix }: TimelineLegendProps) {
  const words = STRINGS[locale];
  const direction: Direction = locale === 'ar' ? 'rtl' : 'ltr';
  const keys = Object.keys(SAMPLES) as LegendKey[];
  return (
    <div className={styles.legend}>
      <ul aria-label={words.legendTitle}>
        {keys.map((key) => {
          const glyph = sampleGlyph(key, direction);
          return (
            <li key={key}>
              <svg width={SWATCH_WIDTH} height={SWATCH_HEIGHT} aria-hidden="true" focusable="false">
                {glyph && <GlyphShape glyph={glyph} y={SWATCH_HEIGHT / 2} color={MUTED} idPrefix={`${idPrefix}-legend-${key}`} />}
              </svg>
              <span>{words.legend[key]}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
