/**
 * Lane names over the canvas (which paints the lane bands), each in English
 * and Arabic at the inline start of the plot, with a coloured key that
 * repeats the side's colour (the name, not the colour, carries the meaning).
 * Only the lanes given are named: the caller leaves out those scrolled away.
 */
import { SIDE_COLORS } from '@/components/theme';
import type { Lane } from '@/lib/timeline/lanes';
import styles from './timeline.module.css';

export interface LaneLayerProps {
  lanes: readonly Lane[];
  /** Top of the first lane in the SVG. */
  top: number;
  /** Left and right edges of the plot. */
  left: number;
  right: number;
  /** Arabic interface: names start at the right, Arabic first. */
  rtl: boolean;
}

export function LaneLayer({ lanes, top, left, right, rtl }: LaneLayerProps) {
  return (
    <g className={styles.lanes}>
      {lanes.map((lane) => {
        const y = top + lane.y;
        const keyX = rtl ? right - 10 : left;
        return (
          <g key={lane.key} data-lane={lane.key}>
            <rect x={keyX} y={y + 6} width={10} height={10} rx={2} fill={SIDE_COLORS[lane.side]} aria-hidden="true" />
            <text x={rtl ? keyX - 6 : keyX + 16} y={y + 15} direction={rtl ? 'rtl' : 'ltr'} textAnchor="start" className={styles.laneLabel}>
              {rtl ? (
                <>
                  <tspan lang="ar">{lane.label.ar}</tspan>
                  <tspan> · </tspan>
                  <tspan lang="en">{lane.label.en}</tspan>
                </>
              ) : (
                <>
                  <tspan>{lane.label.en}</tspan>
                  <tspan> · </tspan>
                  <tspan lang="ar">{lane.label.ar}</tspan>
                </>
              )}
            </text>
          </g>
        );
      })}
    </g>
  );
}
