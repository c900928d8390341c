'use client';
/**
 * The D3 timeline: events as glyphs in lanes along a zoomable time axis, with
 * a brushable period. The maths (scale, zoom, ticks, lanes, glyphs) lives in
 * lib/timeline and is pure; this component holds the visible domain in state
 * and routes every gesture, button and key through those functions.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Actor } from '@/lib/schema';
import type { TimelineEvent } from '@/lib/timeline-model';
import { emphasisOf } from '@/lib/timeline/emphasis';
import { layoutLanes, type LaneItem, type LanesMode } from '@/lib/timeline/lanes';
import { FIT_PADDING, clampDomain, createDayScale, domainAfterScreenGesture, fitDomain, zoomDomain, windowFromPixels, type DayDomain } from '@/lib/timeline/scale';
import { dayNumber } from '@/lib/day';
import { timeTicks } from '@/lib/timeline/ticks';
import { BrushStrip } from './BrushStrip';
import { accessibleSummary, describeEvent } from './describe';
import { EventTooltip } from './EventTooltip';
import { GlyphLayer, type TipSource } from './GlyphLayer';
import { LaneLayer } from './LaneLayer';
import { STRINGS, type UiLocale } from './strings';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineToolbar } from './TimelineToolbar';
import { periodLabel, visibleRangeLabel } from './captions';
import { useElementWidth } from './useElementWidth';
import { useZoomGestures } from './useZoomGestures';
import styles from './timeline.module.css';

/** A period as inclusive ISO days (YYYY-MM-DD); a null end is open. */
export interface TimelineWindow {
  from: string | null;
  to: string | null;
}

export interface TimelineProps {
  /** The events to draw, as timeline records (see `toTimelineEvents`). Undated ones are left out of the plot. */
  events: TimelineEvent[];
  /** All actors, for lane names in actor mode, lane sides and participant names in the tooltip. */
  actors: Actor[];
  /** Lanes by side (lead actor's side) or by actor (an event repeated in each participant's lane). */
  lanesMode: LanesMode;
  /** Called when the analyst switches the lane grouping. */
  onLanesModeChange(mode: LanesMode): void;
  /** The selected event, outlined on the plot; null for none. */
  selectedEventId: string | null;
  /** When set, events of this actor are highlighted and the others dimmed (still drawn and reachable). */
  highlightActorId: string | null;
  /** When non-empty, these events are highlighted too (for example the events of a clicked graph edge). */
  highlightEventIds?: readonly string[];
  /** The brushed period, drawn as a band in the strip under the axis; both ends null for none. */
  window: TimelineWindow;
  /** Called with an event id on click, Enter or Space; with null when the selected glyph is pressed again. */
  onSelectEvent(id: string | null): void;
  /** Called with the new period (whole ISO days) when one is brushed or set, null when cleared. */
  onWindowChange(window: TimelineWindow | null): void;
  /** Interface language; 'ar' also lays time out right to left. Defaults to 'en'. */
  locale?: UiLocale;
  /**
   * Moves the view to show exactly these days (inclusive ISO days), for a
   * caller that drives the view, such as a briefing step. Applied when it
   * changes; zoom, pan and "Fit all" still work until the next change.
   */
  viewDomain?: { from: string; to: string };
  /** How long the move to a new `viewDomain` takes, in ms; 0 (the default) jumps, as under prefers-reduced-motion. */
  viewTransitionMs?: number;
}

const DEFAULT_WIDTH = 960;
const MARGIN = 12;
const AXIS_HEIGHT = 32;
const BRUSH_HEIGHT = 22;
const TIP_WIDTH = 300;
/** Rough height of the tooltip card, to choose whether it opens above or below. */
const TIP_ROOM = 190;
const ZOOM_STEP = 1.6;
const PAN_STEP = 0.15;

export function Timeline(props: TimelineProps) {
  const { events, actors, lanesMode, selectedEventId, highlightActorId, highlightEventIds, onSelectEvent, onWindowChange } = props;
  const locale = props.locale ?? 'en';
  const words = STRINGS[locale];
  const direction = locale === 'ar' ? 'rtl' : 'ltr';
  const idPrefix = `tl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [containerRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const svgRef = useRef<SVGSVGElement | null>(null);

  const range = useMemo(() => [MARGIN, Math.max(MARGIN + 1, width - MARGIN)] as const, [width]);
  const maxLabelPx = clamp(Math.round(width * 0.22), 100, 240);

  // The view is fitted to the events (and refits as the width changes) until
  // the analyst zooms or pans; then the moved domain is kept until "Fit all"
  // or until the events' extent changes.
  const laterRoom = labelRoom(maxLabelPx / (range[1] - range[0]));
  const fitted = useMemo(() => fitDomain(events, FIT_PADDING, laterRoom), [events, laterRoom]);
  const extentKey = useMemo(() => fitDomain(events)?.join(':') ?? 'none', [events]);
  const [view, setView] = useState<{ extentKey: string; moved: DayDomain | null }>(() => ({ extentKey, moved: requestedDomain(props.viewDomain) }));
  // A driven view keeps its place when the events change (a briefing step brings its own events), so the move to the new days starts from there.
  if (view.extentKey !== extentKey) setView({ extentKey, moved: props.viewDomain ? (view.moved ?? requestedDomain(props.viewDomain)) : null });
  const domain = (view.extentKey === extentKey ? view.moved : null) ?? fitted;
  const updateDomain = (update: (d: DayDomain) => DayDomain) =>
    setView((v) => {
      const current = v.moved ?? fitted;
      return current ? { ...v, moved: update(current) } : v;
    });

  useViewDomain(props.viewDomain, props.viewTransitionMs ?? 0, domain, (moved) => setView((v) => ({ ...v, moved })));

  const scale = useMemo(() => createDayScale(domain ?? [0, 1], range, direction), [domain, range, direction]);
  const ticks = useMemo(() => timeTicks(scale, locale), [scale, locale]);
  const layout = useMemo(
    () => layoutLanes(events, actors, lanesMode, scale, { locale, maxLabelPx }),
    [events, actors, lanesMode, scale, locale, maxLabelPx],
  );
  const drawn = useMemo(() => layout.items.filter((item) => item.x1 >= 0 && item.x0 <= width), [layout, width]);
  const plotTop = AXIS_HEIGHT + BRUSH_HEIGHT;
  const height = plotTop + layout.height;

  const actorById = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const descriptions = useMemo(() => new Map(events.map((e) => [e.id, describeEvent(e, actorById, locale)])), [events, actorById, locale]);
  const emphasisOfItem = useCallback(
    (item: LaneItem) => emphasisOf(item.event, { highlightActorId, highlightEventIds }),
    [highlightActorId, highlightEventIds],
  );
  const labelOf = (item: LaneItem) => accessibleSummary(descriptions.get(item.event.id)!, emphasisOfItem(item), locale);

  const [tip, setTip] = useState<{ key: string; source: TipSource } | null>(null);
  const tipId = `${idPrefix}-tip`;
  const tipItem = tip ? drawn.find((item) => item.key === tip.key) : undefined;

  useZoomGestures(svgRef, domain !== null, { width, height }, (k, shift) => updateDomain((d) => domainAfterScreenGesture(createDayScale(d, range, direction), k, shift)));

  const zoomBy = (factor: number) => updateDomain((d) => zoomDomain(d, factor, (d[0] + d[1]) / 2));
  const panBy = (px: number) => updateDomain((d) => domainAfterScreenGesture(createDayScale(d, range, direction), 1, px));
  const fitAll = () => setView((v) => ({ ...v, moved: null }));

  const onPlotKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = (range[1] - range[0]) * (e.shiftKey ? 0.5 : PAN_STEP);
    const actions: Record<string, () => void> = {
      '+': () => zoomBy(ZOOM_STEP),
      '=': () => zoomBy(ZOOM_STEP),
      '-': () => zoomBy(1 / ZOOM_STEP),
      _: () => zoomBy(1 / ZOOM_STEP),
      '0': fitAll,
      // "Show what is to the right" moves the content left, in either direction.
      ArrowRight: () => panBy(-step),
      ArrowLeft: () => panBy(step),
      Escape: () => setTip(null),
    };
    const action = actions[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
  };

  const period = props.window.from !== null || props.window.to !== null ? props.window : null;
  const visibleFrom = Math.floor(scale.domain[0]);
  // Below the glyph, unless that would run past the plot while there is room above.
  const tipAbove = tipItem ? plotTop + tipItem.y > Math.max(TIP_ROOM, height - TIP_ROOM) : false;
  const tipLeft = tipItem ? clamp((tipItem.glyph.extent[0] + tipItem.glyph.extent[1]) / 2 - TIP_WIDTH / 2, 4, width - TIP_WIDTH - 4) : 0;

  return (
    <div ref={containerRef} className={styles.timeline} dir={direction} lang={locale}>
      <TimelineToolbar
        locale={locale}
        lanesMode={lanesMode}
        onLanesModeChange={props.onLanesModeChange}
        onZoomIn={() => zoomBy(2)}
        onZoomOut={() => zoomBy(0.5)}
        onFit={fitAll}
        onUseVisiblePeriod={() => onWindowChange(windowFromPixels(scale, range[0], range[1]))}
        onClearPeriod={() => onWindowChange(null)}
        hasPeriod={period !== null}
        visibleRange={domain ? visibleRangeLabel(visibleFrom, Math.max(visibleFrom, Math.ceil(scale.domain[1]) - 1), locale) : '—'}
        period={period ? periodLabel(period, locale) : null}
      />
      {domain === null ? (
        <p className={styles.empty}>{words.noEvents}</p>
      ) : (
        <div className={styles.plot} tabIndex={0} role="group" aria-label={words.plotLabel} aria-describedby={`${idPrefix}-help`} onKeyDown={onPlotKeyDown}>
          <p id={`${idPrefix}-help`} className="visually-hidden">
            {words.plotHelp(events.length, drawn.length)}
          </p>
          <svg ref={svgRef} width={width} height={height} className={styles.svg} role="presentation">
            <LaneLayer lanes={layout.lanes} top={plotTop} left={range[0]} right={range[1]} rtl={direction === 'rtl'} />
            <TimelineAxis scale={scale} ticks={ticks} width={width} height={AXIS_HEIGHT} plotBottom={height} />
            <BrushStrip scale={scale} y={AXIS_HEIGHT} height={BRUSH_HEIGHT} window={period} onWindowChange={onWindowChange} hint={words.brushHint} />
            <g transform={`translate(0, ${plotTop})`}>
              <GlyphLayer
                items={drawn}
                selectedEventId={selectedEventId}
                emphasisOf={emphasisOfItem}
                labelOf={labelOf}
                rtlText={locale === 'ar'}
                tip={tipItem ? { key: tipItem.key, id: tipId } : null}
                onSelect={onSelectEvent}
                onTip={(key, source) => setTip({ key, source })}
                onTipEnd={(key, source) => setTip((t) => (t && t.key === key && t.source === source ? null : t))}
                idPrefix={idPrefix}
              />
            </g>
          </svg>
          {tipItem && (
            <EventTooltip
              id={tipId}
              description={descriptions.get(tipItem.event.id)!}
              left={tipLeft}
              top={plotTop + tipItem.y + (tipAbove ? -16 : 16)}
              above={tipAbove}
              locale={locale}
            />
          )}
        </div>
      )}
      <TimelineLegend locale={locale} idPrefix={idPrefix} />
    </div>
  );
}

/**
 * The fraction of the data's span to add after the last day so that a label
 * of `share` of the plot width fits there, given the fitted padding on both
 * sides; capped so that on a phone the data still gets most of the width.
 */
function labelRoom(share: number): number {
  const exact = (share * (1 + 2 * FIT_PADDING) - FIT_PADDING) / Math.max(1 - share, 0.1);
  return clamp(exact, 0, 0.3);
}

/** The domain that shows the days of `viewDomain`, or null for none (or a malformed day). */
function requestedDomain(viewDomain: { from: string; to: string } | undefined): DayDomain | null {
  if (!viewDomain) return null;
  try {
    const from = dayNumber(viewDomain.from);
    const to = dayNumber(viewDomain.to) + 1;
    return from < to ? clampDomain([from, to]) : null;
  } catch {
    return null;
  }
}

/**
 * Moves the view when the requested days change: at once, or eased over
 * `ms` from where the view is now. The first request is already in the
 * initial state, so a page opened on a step does not sweep in from the fit.
 */
function useViewDomain(viewDomain: { from: string; to: string } | undefined, ms: number, current: DayDomain | null, apply: (d: DayDomain) => void): void {
  const key = viewDomain ? `${viewDomain.from}:${viewDomain.to}` : null;
  const applied = useRef(key);
  const latest = useRef({ current, apply, viewDomain });
  useEffect(() => {
    latest.current = { current, apply, viewDomain };
  });
  useEffect(() => {
    if (key === applied.current) return;
    applied.current = key;
    const target = requestedDomain(latest.current.viewDomain);
    const from = latest.current.current;
    if (!target) return;
    if (ms <= 0 || !from || typeof requestAnimationFrame === 'undefined') {
      latest.current.apply(target);
      return;
    }
    let frame = 0;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ms);
      const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2; // cubic in-out
      latest.current.apply([from[0] + (target[0] - from[0]) * e, from[1] + (target[1] - from[1]) * e]);
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [key, ms]);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
