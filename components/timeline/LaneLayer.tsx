/**
 * Lane names over the canvas (which paints the lane bands), each in English
 * and Arabic at the inline start of the plot, with a coloured key that
 * repeats the side's colour (the name, not the colour, carries the meaning).
 * Only the lanes given are named: the caller leaves out those scrolled away.
 *
 * When the lanes scroll (./useLanesView), the lane whose rows fill the top of
 * the view keeps its name there, over a backing the width of the name, until
 * its last rows have passed: scrolled into the middle of a tall lane, the
 * reader still sees whose events these are.
 */
import { SIDE_COLORS } from '@/components/theme';
import type { Lane } from '@/lib/timeline/lanes';
import { estimateTextWidth } from '@/lib/timeline/text';
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
  /** How far the lanes are scrolled (0 when they fit): the lane under the top of the view keeps its name in view. */
  scrollTop?: number;
}

/** The lane name's size in px (styles.laneLabel), its weight making Latin a little wider than the estimate. */
const NAME_PX = 12;
const NAME_WEIGHT_WIDENING = 1.1;

/** Where a lane's name sits (lanes' coordinates): its own header, or pinned at the top of the view while its rows pass under it. */
function laneNameY(lane: Pick<Lane, 'y' | 'height' | 'rowsTop'>, scrollTop: number): { y: number; stuck: boolean } {
  const header = lane.rowsTop - lane.y;
  if (scrollTop <= lane.y || scrollTop >= lane.y + lane.height - header) return { y: lane.y, stuck: false };
  return { y: scrollTop, stuck: true };
}

export function LaneLayer({ lanes, top, left, right, rtl, scrollTop = 0 }: LaneLayerProps) {
  return (
    <g className={styles.lanes}>
      {lanes.map((lane) => {
        const { y: laneY, stuck } = laneNameY(lane, scrollTop);
        const y = top + laneY;
        const keyX = rtl ? right - 10 : left;
        const backing = stuck ? Math.ceil(16 + NAME_WEIGHT_WIDENING * estimateTextWidth(`${lane.label.en} · ${lane.label.ar}`, NAME_PX) + 8) : 0;
        return (
          <g key={lane.key} data-lane={lane.key} data-lane-stuck={stuck ? 'true' : undefined}>
            {stuck && <rect className={styles.stuckLane} x={rtl ? right - backing : left - 4} y={y} width={backing + 4} height={lane.rowsTop - lane.y} rx={3} />}
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
