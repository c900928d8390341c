/**
 * The events on the plot: one focusable SVG button per lane item, drawing
 * its glyph, its title, the selection ring and the emphasis of a highlight.
 * Hover and keyboard focus both ask for the tooltip; Enter, Space or a click
 * select. This is the part a canvas renderer would replace for large data,
 * keeping the event list as the keyboard route.
 */
import type { KeyboardEvent } from 'react';
import { SIDE_COLORS } from '@/components/theme';
import type { Emphasis } from '@/lib/timeline/emphasis';
import type { LaneItem } from '@/lib/timeline/lanes';
import { GlyphShape } from './GlyphShape';
import styles from './timeline.module.css';

/** How the tooltip was asked for, so leaving by mouse does not close one opened by keyboard. */
export type TipSource = 'hover' | 'focus';

export interface GlyphLayerProps {
  items: readonly LaneItem[];
  selectedEventId: string | null;
  emphasisOf(item: LaneItem): Emphasis;
  /** Accessible name of an item. */
  labelOf(item: LaneItem): string;
  /** Whether titles are Arabic (drawn right to left). */
  rtlText: boolean;
  /** Key of the item whose tooltip is open, and the tooltip's element id. */
  tip: { key: string; id: string } | null;
  onSelect(eventId: string | null): void;
  onTip(key: string, source: TipSource): void;
  onTipEnd(key: string, source: TipSource): void;
  /** CSS-safe prefix for per-glyph SVG ids. */
  idPrefix: string;
}

/** SVG text-anchor for a label that grows towards `side` from its anchor point. */
function anchorFor(side: 'left' | 'right', rtlText: boolean): 'start' | 'end' {
  // In right-to-left text the start of the string is its right end.
  return (side === 'right') !== rtlText ? 'start' : 'end';
}

const RING_PAD = 4;
const RING_HALF_HEIGHT = 12;

export function GlyphLayer({ items, selectedEventId, emphasisOf, labelOf, rtlText, tip, onSelect, onTip, onTipEnd, idPrefix }: GlyphLayerProps) {
  return (
    <g className={styles.glyphs}>
      {items.map((item, index) => {
        const { glyph, event } = item;
        const selected = event.id === selectedEventId;
        const emphasis = emphasisOf(item);
        const ring = {
          x: glyph.extent[0] - RING_PAD,
          y: item.y - RING_HALF_HEIGHT,
          width: glyph.extent[1] - glyph.extent[0] + 2 * RING_PAD,
          height: 2 * RING_HALF_HEIGHT,
          rx: 5,
        };
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
            data-emphasis={emphasis}
            className={[styles.glyph, styles[emphasis], selected ? styles.selected : ''].join(' ')}
            onClick={select}
            onKeyDown={onKeyDown}
            onFocus={() => onTip(item.key, 'focus')}
            onBlur={() => onTipEnd(item.key, 'focus')}
            onPointerEnter={() => onTip(item.key, 'hover')}
            onPointerLeave={() => onTipEnd(item.key, 'hover')}
          >
            {/* Transparent target over the whole footprint, title included, so small marks are easy to hit and hover. */}
            <rect x={item.x0 - RING_PAD} y={ring.y} width={item.x1 - item.x0 + 2 * RING_PAD} height={ring.height} className={styles.hitArea} />
            {emphasis === 'highlighted' && <rect {...ring} className={styles.halo} />}
            <GlyphShape glyph={glyph} y={item.y} color={SIDE_COLORS[item.side]} idPrefix={`${idPrefix}-${index}`} />
            {item.label && (
              <text
                x={item.labelX}
                y={item.y + 4}
                textAnchor={anchorFor(item.labelSide, rtlText)}
                direction={rtlText ? 'rtl' : 'ltr'}
                className={styles.glyphLabel}
              >
                {item.label}
              </text>
            )}
            {selected && <rect {...ring} className={styles.selectedRing} />}
            <rect {...ring} x={ring.x - 2} y={ring.y - 2} width={ring.width + 4} height={ring.height + 4} className={styles.focusRing} />
          </g>
        );
      })}
    </g>
  );
}
