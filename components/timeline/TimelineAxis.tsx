/**
 * The time axis: tick lines through the whole plot (so a glyph can be read
 * against them) and labels along the top, from the adaptive ticks.
 */
import type { DayScale } from '@/lib/timeline/scale';
import { TICK_FONT_PX, type Tick } from '@/lib/timeline/ticks';
import { estimateTextWidth } from '@/lib/timeline/text';
import styles from './timeline.module.css';

export interface TimelineAxisProps {
  scale: DayScale;
  ticks: readonly Tick[];
  /** Width of the SVG: labels that would be cut by its edges are left out. */
  width: number;
  /** Height of the label band at the top. */
  height: number;
  /** How far down the tick lines run (the bottom of the lanes). */
  plotBottom: number;
}

export function TimelineAxis({ scale, ticks, width, height, plotBottom }: TimelineAxisProps) {
  const [left, right] = scale.range;
  const inView = (x: number) => x >= left - 0.5 && x <= right + 0.5;
  const labelFits = (x: number, label: string) => {
    const half = estimateTextWidth(label, TICK_FONT_PX) / 2;
    return x - half >= 0 && x + half <= width;
  };
  return (
    <g className={styles.axis} aria-hidden="true">
      <line x1={left} x2={right} y1={height} y2={height} className={styles.axisBaseline} />
      {ticks.map((tick) => {
        const x = scale.x(tick.day);
        const labelX = scale.x(tick.labelDay);
        return (
          <g key={tick.day}>
            {inView(x) && (
              <line
                x1={x}
                x2={x}
                y1={tick.major ? height - 12 : height - 6}
                y2={plotBottom}
                className={tick.major ? styles.tickMajor : styles.tick}
              />
            )}
            {labelFits(labelX, tick.label) && (
              <text x={labelX} y={height - 14} textAnchor="middle" className={tick.major ? styles.tickLabelMajor : styles.tickLabel} data-day={tick.labelDay}>
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
