'use client';
/**
 * The timeline's DOM twin for keyboard and screen-reader users: every event in
 * date order as a single-select listbox. One Tab stop; ↑/↓, Home/End and
 * Page Up/Down move the active option, Enter or Space selects it. Dimmed
 * events (outside a highlight) stay in the list and reachable, and say so.
 *
 * A long list is windowed: past WINDOW_FROM events every option has the same
 * height, only those in the scrolled view (and a few either side) are in the
 * DOM, and a spacer before and after them stands for the rest; each option
 * says its place with aria-posinset and aria-setsize, so a screen reader
 * still hears "3,201 of 100,000", and the keys move through every event.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ActorSummary } from '@/lib/actor-summary';
import type { TimelineEvent } from '@/lib/timeline-model';
import { emphasisOf } from '@/lib/timeline/emphasis';
import { lazyValue } from '@/lib/lazy';
import { IsolatedNames } from '@/components/text/IsolatedNames';
import { asTimelineRecords, type TimelineRecords } from '@/lib/timeline/records';
import { dateOrder } from '@/lib/timeline/date-order';
import { describeEvent } from './describe';
import { STRINGS, type UiLocale } from './strings';
import styles from './timeline.module.css';

export interface EventListProps {
  /** The events to list, or their records (a record is then made only for a row shown); in date order whatever order they come in. */
  events: readonly TimelineEvent[] | TimelineRecords;
  /** Actors, for the participants' names in each option; without them no participants are listed. */
  actors?: ActorSummary[];
  /** The selected event (aria-selected); null for none. */
  selectedEventId: string | null;
  /** When set, this actor's events are highlighted and the others dimmed. */
  highlightActorId?: string | null;
  /** When non-empty, these events are highlighted too (for example a graph edge's events). */
  highlightEventIds?: readonly string[];
  /** Called with the event id on Enter, Space or click. */
  onSelectEvent(id: string | null): void;
  /** Interface language; defaults to 'en'. */
  locale?: UiLocale;
  /** Id of a visible heading naming the list; without it the list names itself. */
  labelledBy?: string;
  /**
   * The events' words (titles, dates as written) are still on their way: a
   * large timeline's come after its records, which read them from then on
   * (ColumnRecords.setWords in lib/timeline/records). Turning false redraws
   * the options in view, which otherwise kept saying "Loading the title…"
   * until scrolled.
   */
  textPending?: boolean;
}

const PAGE = 10;
/** Lists longer than this are windowed. */
export const WINDOW_FROM = 150;
/** Height of one option in a windowed list, in CSS pixels (the .optionFixed class). */
export const ROW_PX = 76;
/** Options rendered beyond each edge of the view. */
const OVERSCAN = 6;
/** Height assumed before the list is measured (its CSS max-height, 28rem). */
const FALLBACK_VIEW_PX = 448;
/** The most the list shows at once (its CSS max-height with room to spare). */
const MAX_VIEW_PX = 1200;

// textPending is not read: as a prop it re-renders the (memoised) list when the words come into the same records.
export function EventList({ events, actors, selectedEventId, highlightActorId, highlightEventIds, onSelectEvent, locale = 'en', labelledBy }: EventListProps) {
  const words = STRINGS[locale];
  const idPrefix = `el${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const records = useMemo(() => asTimelineRecords(events), [events]);
  const order = useMemo(() => dateOrder(records), [records]);
  const count = order.length;
  const eventAt = (k: number): TimelineEvent | undefined => (k >= 0 && k < count ? records.at(order[k]!) : undefined);
  const actorById = useMemo(() => new Map((actors ?? []).map((a) => [a.id, a])), [actors]);

  // The active option follows the selection when it changes from outside.
  const [active, setActive] = useState<string | null>(selectedEventId);
  const [followed, setFollowed] = useState(selectedEventId);
  if (followed !== selectedEventId) {
    setFollowed(selectedEventId);
    if (selectedEventId !== null) setActive(selectedEventId);
  }
  // Looked up, not searched: a scan of 100,000 events for the active id took several ms of every selection's render.
  const positionOf = useMemo(() => lazyValue(() => new Map(Array.from(order, (i, k) => [records.id(i), k]))), [records, order]);
  const activeIndex = active === null ? 0 : (positionOf().get(active) ?? 0);
  const activeEvent = eventAt(activeIndex);

  const listRef = useRef<HTMLUListElement | null>(null);
  const optionRefs = useRef(new Map<string, HTMLLIElement>());
  const windowed = count > WINDOW_FROM;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewPx, setViewPx] = useState(FALLBACK_VIEW_PX);
  useEffect(() => {
    // Keep the active option visible by scrolling the list alone: scrollIntoView
    // would also scroll the page, pulling it away from what the analyst reads.
    const list = listRef.current;
    if (!list) return;
    if (windowed) {
      // Bounded: should the padding standing for unrendered rows ever count in the height (content-box sizing), every row would render.
      const view = Math.min(list.clientHeight || FALLBACK_VIEW_PX, MAX_VIEW_PX);
      setViewPx(view);
      const top = activeIndex * ROW_PX;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (top + ROW_PX > list.scrollTop + view) list.scrollTop = top + ROW_PX - view;
      setScrollTop(list.scrollTop);
      return;
    }
    const option = activeEvent ? optionRefs.current.get(activeEvent.id) : undefined;
    if (!option) return;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
    }
  }, [activeEvent, activeIndex, windowed]);

  // The rows in the DOM: all of a short list; in a long one, those in view (the keys scroll the active one into view first).
  let first = 0;
  let last = count;
  if (windowed) {
    first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
    last = Math.min(count, Math.ceil((scrollTop + viewPx) / ROW_PX) + OVERSCAN);
  }
  // Scrolled away from the active option by hand: it is not in the DOM, so nothing is announced as active until a key brings it back.
  const activeShown = !windowed || (activeIndex >= first && activeIndex < last);
  const rows = Array.from({ length: last - first }, (_, k) => records.at(order[first + k]!));

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const last = count - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: last,
      PageDown: activeIndex + PAGE,
      PageUp: activeIndex - PAGE,
    };
    if (e.key in moves) {
      e.preventDefault();
      const target = eventAt(Math.min(last, Math.max(0, moves[e.key]!)));
      if (target) setActive(target.id);
    } else if ((e.key === 'Enter' || e.key === ' ') && activeEvent) {
      e.preventDefault();
      onSelectEvent(activeEvent.id);
    }
  };

  const optionId = (id: string) => `${idPrefix}-${id}`;
  return (
    <ul
      ref={listRef}
      role="listbox"
      tabIndex={0}
      className={styles.list}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : words.listLabel}
      aria-activedescendant={activeEvent && activeShown ? optionId(activeEvent.id) : undefined}
      onKeyDown={onKeyDown}
      onScroll={windowed ? (e) => setScrollTop(e.currentTarget.scrollTop) : undefined}
      dir={locale === 'ar' ? 'rtl' : 'ltr'}
      data-windowed={windowed ? 'true' : undefined}
    >
      {/* Room for the rows not in the DOM, inside the scrolled box. As the list's padding it made the list itself as tall
          (padding is not bounded by max-height): 7.6 million px at 100,000 events, the page scrolling instead of the list. */}
      {windowed && first > 0 && <li aria-hidden="true" className={styles.spacer} style={{ height: first * ROW_PX }} data-spacer="before" />}
      {rows.map((event, i) => {
        const d = describeEvent(event, actorById, locale);
        const emphasis = emphasisOf(event, { highlightActorId, highlightEventIds });
        const classes = [
          styles.option,
          event.id === activeEvent?.id ? styles.optionActive : '',
          emphasis === 'dimmed' ? styles.optionDimmed : '',
          emphasis === 'highlighted' ? styles.optionHighlighted : '',
          windowed ? styles.optionFixed : '',
        ];
        return (
          <li
            key={event.id}
            id={optionId(event.id)}
            ref={(node) => {
              if (node) optionRefs.current.set(event.id, node);
              else optionRefs.current.delete(event.id);
            }}
            role="option"
            aria-selected={event.id === selectedEventId}
            aria-posinset={first + i + 1}
            aria-setsize={count}
            data-emphasis={emphasis}
            className={classes.join(' ')}
            onClick={() => {
              setActive(event.id);
              onSelectEvent(event.id);
            }}
          >
            <span className={styles.optionDate}>{d.resolved}</span>
            <span className={styles.optionTitle}>{d.title}</span>
            <span className={styles.optionExpression} lang="ar" dir="rtl">
              {d.expression}
            </span>
            <span className={styles.optionMeta}>
              {[d.status, `${words.precisionLabel}: ${d.precision}`, d.sources].filter(Boolean).join(' · ')}
              {/* Names only when the actors are known; bare ids would read as noise. Each name isolated, as data. */}
              {actors && d.participants.length > 0 && (
                <>
                  {` · ${words.participants}: `}
                  <IsolatedNames names={d.participants} separator={locale === 'ar' ? '، ' : ', '} />
                </>
              )}
              {d.placed ? null : ` · ${words.notOnTimeline}`}
              {emphasis !== 'normal' && <span className="visually-hidden"> · {emphasis === 'highlighted' ? words.highlighted : words.dimmed}</span>}
            </span>
          </li>
        );
      })}
      {windowed && last < count && <li aria-hidden="true" className={styles.spacer} style={{ height: (count - last) * ROW_PX }} data-spacer="after" />}
    </ul>
  );
}
