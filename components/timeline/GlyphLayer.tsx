/**
 * The events' part of the SVG overlay above the canvas: no painting, only
 * what must be in the DOM. Each event in view gets a transparent, focusable
 * hit region (a button named like the event, so Tab, Enter, Space, a screen
 * reader and a click all reach it), while few enough are in view to tab
 * through; the selection outline, the hover outline and the focus ring are
 * drawn here over the canvas glyph. With more events in view than that,
 * the regions are left out, clicks and hover go through the hit index, and
 * the event list is the keyboard route.
 */
import type { KeyboardEvent } from 'react';
import type { Emphasis } from '@/lib/timeline/emphasis';
import type { LaneItem } from '@/lib/timeline/lanes';
import { RING_HALF_HEIGHT_PX, RING_PAD_PX } from '@/lib/timeline/glyphs';
import styles from './timeline.module.css';

/** How the tooltip was asked for, so leaving by mouse does not close one opened by keyboard. */
export type TipSource = 'hover' | 'focus';

/** Most hit regions in the DOM at once; above it the plot is reached through the hit index and the event list. */
export const MAX_HIT_REGIONS = 400;

export interface GlyphLayerProps {
  /** Items in view, or null when too many are in view for one region each. */
  regions: readonly LaneItem[] | null;
  /** Every drawn item of the selected event (one per lane), outlined even when there are no regions. */
  selectedItems: readonly LaneItem[];
  /** The item under the pointer, outlined; null for none. */
  hovered: LaneItem | null;
  selectedEventId: string | null;
  emphasisOf(item: LaneItem): Emphasis;
  /** Accessible name of an item. */
  labelOf(item: LaneItem): string;
  /** Key of the item whose tooltip is open, and the tooltip's element id. */
  tip: { key: string; id: string } | null;
  onSelect(eventId: string | null): void;
  onTip(key: string, source: TipSource): void;
  onTipEnd(key: string, source: TipSource): void;
}

function ringOf(item: LaneItem, grow = 0) {
  const [x0, x1] = item.glyph.extent;
  return { x: x0 - RING_PAD_PX - grow, y: item.y - RING_HALF_HEIGHT_PX - grow, width: x1 - x0 + 2 * (RING_PAD_PX + grow), height: 2 * (RING_HALF_HEIGHT_PX + grow), rx: 5 };
}

export function GlyphLayer({ regions, selectedItems, hovered, selectedEventId, emphasisOf, labelOf, tip, onSelect, onTip, onTipEnd }: GlyphLayerProps) {
  return (
    <g className={styles.glyphs}>
      {hovered && hovered.event.id !== selectedEventId && <rect {...ringOf(hovered)} className={styles.hoverRing} data-hover-ring="" />}
      {selectedItems.map((item) => (
        <rect key={item.key} {...ringOf(item)} className={styles.selectedRing} data-selected-ring={item.event.id} />
      ))}
      {regions?.map((item) => {
        const { event } = item;
        const selected = event.id === selectedEventId;
        const select = () => onSelect(selected ? null : event.id);
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          e.stopPropagation();
          select();
        };
        return (
          <g
            key={item.key}
            role="button"
            tabIndex={0}
            aria-pressed={selected}
            aria-label={labelOf(item)}
            aria-describedby={tip?.key === item.key ? tip.id : undefined}
            data-event-id={event.id}
            data-emphasis={emphasisOf(item)}
            className={styles.glyph}
            onClick={select}
            onKeyDown={onKeyDown}
            onFocus={() => onTip(item.key, 'focus')}
            onBlur={() => onTipEnd(item.key, 'focus')}
            onPointerEnter={() => onTip(item.key, 'hover')}
            onPointerLeave={() => onTipEnd(item.key, 'hover')}
          >
            {/* Transparent target over the whole footprint, title included, so small marks are easy to hit and hover. */}
            <rect x={item.x0 - RING_PAD_PX} y={item.y - RING_HALF_HEIGHT_PX} width={item.x1 - item.x0 + 2 * RING_PAD_PX} height={2 * RING_HALF_HEIGHT_PX} className={styles.hitArea} data-hit-area="" />
            <rect {...ringOf(item, 2)} className={styles.focusRing} />
          </g>
        );
      })}
    </g>
  );
}
