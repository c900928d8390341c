'use client';
/**
 * The D3 timeline: events as glyphs in lanes along a zoomable time axis, with
 * a brushable period. The maths (scale, zoom, ticks, lanes, level of detail,
 * hit testing) lives in lib/timeline and is pure; this component holds the
 * visible domain in state and routes every gesture, button and key through
 * those functions.
 *
 * Drawing does not grow with the data: glyphs, lane bands, the tick grid and
 * the density bands of crowded lanes are painted on one canvas in an
 * animation frame; an SVG overlay on top keeps the axis labels, lane names,
 * brush, outlines and the events' hit regions. Lanes taller than their
 * window (./useLanesView) scroll under a fixed axis and only the lanes in view
 * are drawn.
 */
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ActorSummary } from '@/lib/actor-summary';
import type { TimelineEvent } from '@/lib/timeline-model';
import { emphasisOf } from '@/lib/timeline/emphasis';
import { asTimelineRecords, type TimelineRecords } from '@/lib/timeline/records';
import { laneLabeller, layoutPreparedLanes, prepareLanes, type LaneItem, type LanesMode } from '@/lib/timeline/lanes';
import { useTitleMeasure } from './title-measure';
import { FIT_PADDING, createDayScale, dataExtent, domainAfterScreenGesture, fitExtent, zoomDomain, windowFromPixels, type DayDomain } from '@/lib/timeline/scale';
import { timeTicks } from '@/lib/timeline/ticks';
import { BrushStrip } from './BrushStrip';
import { accessibleSummary, cachedDescriber } from './describe';
import { EventTooltip } from './EventTooltip';
import { GlyphLayer, MAX_HIT_REGIONS } from './GlyphLayer';
import { GESTURE_REST_MS, useGestureRest } from './useGestureRest';
import { dirOf } from '@/components/i18n/lang-context';
import { usePlotPointer } from './usePlotPointer';
import { useLanesView } from './useLanesView';
import { LaneLayer } from './LaneLayer';
import { STRINGS, type UiLocale } from './strings';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineToolbar } from './TimelineToolbar';
import { periodLabel, visibleRangeLabel } from './captions';
import { useElementWidth } from './useElementWidth';
import { useZoomGestures } from './useZoomGestures';
import { useCanvasFrame } from './useCanvasFrame';
import { LaneScrollbar } from './LaneScrollbar';
import { useHighlightBins } from './useHighlightBins';
import { requestedDomain, useViewDomain } from './useViewDomain';
import type { TimelineFrame } from './paintTimeline';
import styles from './timeline.module.css';

/** A period as inclusive ISO days (YYYY-MM-DD); a null end is open. */
export interface TimelineWindow {
  from: string | null;
  to: string | null;
}

export interface TimelineProps {
  /**
   * The events to draw: timeline records (see `toTimelineEvents`), or records
   * read from columns (lib/timeline/records), whose records are made only for
   * the events drawn one by one. Undated ones are left out of the plot.
   */
  events: readonly TimelineEvent[] | TimelineRecords;
  /** All actors, for lane names in actor mode, lane sides and participant names in the tooltip. */
  actors: ActorSummary[];
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
  /**
   * The events' words (titles) are still on their way (lib/columnar): events
   * drawn one by one are drawn without their labels meanwhile, and such a
   * frame is not the first complete drawing. Density bands need no words.
   */
  textPending?: boolean;
  /**
   * Called once, after the first complete frame is on the canvas: the
   * explorer starts the views that wait for the timeline then.
   */
  onFirstDrawing?(): void;
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
const ROW_HEIGHT = 28;
/** A click on a density bin zooms in this much around it. */
const BIN_ZOOM = 8;

export function Timeline(props: TimelineProps) {
  const locale = props.locale ?? 'en';
  const [containerRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  // Nothing is laid out until the container has its width (measured before the first paint): a pass at a
  // guessed width was laid out, committed and done again at the real one, ~20–30 ms of the first drawing.
  return (
    <div ref={containerRef} className={styles.timeline} dir={dirOf(locale)} lang={locale} data-drawn="false">
      {width !== null && <TimelineBody {...props} width={width} rootRef={containerRef} />}
    </div>
  );
}

/** The timeline inside its measured container: toolbar, plot and the layers over it. */
function TimelineBody({ width, rootRef: containerRef, ...props }: TimelineProps & { width: number; rootRef: RefObject<HTMLDivElement | null> }) {
  const { actors, lanesMode, selectedEventId, highlightActorId, highlightEventIds, onSelectEvent, onWindowChange } = props;
  const events = useMemo(() => asTimelineRecords(props.events), [props.events]);
  const locale = props.locale ?? 'en';
  const words = STRINGS[locale];
  const direction = dirOf(locale);
  const idPrefix = `tl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const svgRef = useRef<SVGSVGElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);

  const range = useMemo(() => [MARGIN, Math.max(MARGIN + 1, width - MARGIN)] as const, [width]);
  // Titles are measured as drawn, in bold (./title-measure): at 26% of the width they are about as long in the regular
  // weight as they were at 22% by the estimate, which read the UI font as ~20% narrower than it draws.
  const maxLabelPx = clamp(Math.round(width * 0.26), 120, 280);

  // The view is fitted to the events (and refits as the width changes) until
  // the analyst zooms or pans; then the moved domain is kept until "Fit all"
  // or until the events' extent changes.
  const laterRoom = labelRoom(maxLabelPx / (range[1] - range[0]));
  const extent = useMemo(() => dataExtent(events), [events]);
  const fitted = useMemo(() => fitExtent(extent, FIT_PADDING, laterRoom), [extent, laterRoom]);
  const extentKey = useMemo(() => fitExtent(extent)?.join(':') ?? 'none', [extent]);
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
  // Grouping and sorting happen once per data set, cutting a title once per event placed; a frame only positions what is in view.
  // The records' words come after them (textPending) into the same records, so the labels and descriptions are made anew then.
  const textPending = props.textPending === true;
  const prepared = useMemo(() => prepareLanes(events, actors, lanesMode), [events, actors, lanesMode]);
  const measureText = useTitleMeasure(locale === 'ar');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- textPending: the records' words changed in place
  const labelOf = useMemo(() => laneLabeller({ locale, maxLabelPx, measureText }), [locale, maxLabelPx, measureText, textPending]);
  const layout = useMemo(
    () => layoutPreparedLanes(prepared, scale, { locale, maxLabelPx, rowHeight: ROW_HEIGHT, measureText }, labelOf),
    [prepared, scale, locale, maxLabelPx, measureText, labelOf],
  );

  // Lanes taller than their window scroll under the axis; only those in view are drawn.
  const [scrollY, setScrollY] = useState(0);
  const { height: lanesView, maxScroll } = useLanesView(prepared, layout.height);
  const laneScroll = clamp(scrollY, 0, maxScroll);
  const plotTop = AXIS_HEIGHT + BRUSH_HEIGHT;
  const height = plotTop + lanesView;
  const drawn = useMemo(
    () => layout.items.filter((item) => item.x1 >= 0 && item.x0 <= width && item.y + ROW_HEIGHT >= laneScroll && item.y - ROW_HEIGHT <= laneScroll + lanesView),
    [layout, width, laneScroll, lanesView],
  );
  const lanesInView = useMemo(() => layout.lanes.filter((l) => l.y + l.height >= laneScroll && l.y <= laneScroll + lanesView), [layout, laneScroll, lanesView]);
  const drawnCount = drawn.length + lanesInView.reduce((sum, lane) => sum + (lane.density?.inView ?? 0), 0);
  const crowded = drawn.length > MAX_HIT_REGIONS;
  // A wheel or drag moves every region on every frame: at 1,000 events, 400 of them cost React's commit 176 ms over the
  // benchmark's 60-step gesture (40 ms without). They leave while the gesture lasts and come back when it rests;
  // meanwhile clicks and hover go through the hit index, as when too many are in view.
  const gesturing = useGestureRest(GESTURE_REST_MS);
  const regions = crowded || gesturing.active ? null : drawn;

  const actorById = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  // Described on demand (tooltips, hit regions): at 100,000 events describing all of them up front would cost seconds.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- textPending: the records' words changed in place
  const describe = useMemo(() => cachedDescriber(actorById, locale), [actorById, locale, textPending]);
  const emphasisOfItem = useCallback(
    (item: LaneItem) => emphasisOf(item.event, { highlightActorId, highlightEventIds }),
    [highlightActorId, highlightEventIds],
  );
  const nameOf = (item: LaneItem) => accessibleSummary(describe(item.event), emphasisOfItem(item), locale);
  const highlightBins = useHighlightBins(prepared, highlightActorId, highlightEventIds, layout, scale);

  const pointer = usePlotPointer({
    svgRef,
    layout,
    rowHeight: ROW_HEIGHT,
    plotTop,
    laneScroll,
    selectedEventId,
    onSelectEvent,
    onZoomIntoBin: (bin) => updateDomain((d) => zoomDomain(d, BIN_ZOOM, (bin.fromDay + bin.toDay) / 2)),
  });
  const { tip, setTip, binTip } = pointer;
  const tipId = `${idPrefix}-tip`;
  const tipItem = tip ? drawn.find((item) => item.key === tip.key) : undefined;
  const selectedItems = useMemo(() => (selectedEventId ? drawn.filter((item) => item.event.id === selectedEventId) : []), [drawn, selectedEventId]);

  useZoomGestures(svgRef, domain !== null, { width, height }, (k, shift) => {
    // Not while a region has keyboard focus: removing it would drop the focus to the page.
    if (!svgRef.current?.contains(document.activeElement)) gesturing.moved();
    updateDomain((d) => domainAfterScreenGesture(createDayScale(d, range, direction), k, shift));
  });

  const zoomBy = (factor: number) => updateDomain((d) => zoomDomain(d, factor, (d[0] + d[1]) / 2));
  const panBy = (px: number) => updateDomain((d) => domainAfterScreenGesture(createDayScale(d, range, direction), 1, px));
  const fitAll = () => setView((v) => ({ ...v, moved: null }));
  const scrollLanes = (px: number) => setScrollY(clamp(laneScroll + px, 0, maxScroll));

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
    if (maxScroll > 0) {
      actions.ArrowDown = () => scrollLanes(lanesView / 4);
      actions.ArrowUp = () => scrollLanes(-lanesView / 4);
      actions.PageDown = () => scrollLanes(lanesView * 0.9);
      actions.PageUp = () => scrollLanes(-lanesView * 0.9);
    }
    const action = actions[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
  };

  const frame: TimelineFrame | null = useMemo(
    () =>
      domain === null
        ? null
        : {
            width,
            height,
            lanesTop: plotTop - laneScroll,
            clipTop: plotTop,
            plotLeft: range[0],
            plotRight: range[1],
            lanes: lanesInView,
            items: drawn,
            highlightBins,
            grid: ticks.map((t) => ({ x: scale.x(t.day), major: t.major })).filter((t) => t.x >= range[0] - 0.5 && t.x <= range[1] + 0.5),
            emphasisOf: emphasisOfItem,
            selectedEventId,
            rtlText: locale === 'ar',
            rowHeight: ROW_HEIGHT,
          },
    [domain, width, height, plotTop, laneScroll, range, lanesInView, drawn, highlightBins, ticks, scale, emphasisOfItem, selectedEventId, locale],
  );
  useCanvasFrame(canvasRef, containerRef, frame, { complete: !textPending || drawn.length === 0, onFirstDrawing: props.onFirstDrawing, keepBitmap: gesturing.active });

  const period = props.window.from !== null || props.window.to !== null ? props.window : null;
  const visibleFrom = Math.floor(scale.domain[0]);
  const visibleTo = Math.max(visibleFrom, Math.ceil(scale.domain[1]) - 1);
  // Formatted only when the days shown change: date-fns's format took ~6 ms of each actor selection's render at 100,000 events.
  const hasDomain = domain !== null;
  const visibleRange = useMemo(() => (hasDomain ? visibleRangeLabel(visibleFrom, visibleTo, locale) : '—'), [hasDomain, visibleFrom, visibleTo, locale]);
  const tipY = tipItem ? plotTop + tipItem.y - laneScroll : 0;
  // Below the glyph, unless that would run past the plot while there is room above.
  const tipAbove = tipItem ? tipY > Math.max(TIP_ROOM, height - TIP_ROOM) : false;
  const tipLeft = tipItem ? clamp((tipItem.glyph.extent[0] + tipItem.glyph.extent[1]) / 2 - TIP_WIDTH / 2, 4, width - TIP_WIDTH - 4) : 0;

  return (
    <>
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
        visibleRange={visibleRange}
        period={period ? periodLabel(period, locale) : null}
      />
      {domain === null ? (
        <p className={styles.empty}>{words.noEvents}</p>
      ) : (
        <div className={styles.plot} tabIndex={0} role="group" aria-label={words.plotLabel} aria-describedby={`${idPrefix}-help`} onKeyDown={onPlotKeyDown}>
          <p id={`${idPrefix}-help`} className="visually-hidden">
            {words.plotHelp(events.count, drawnCount)}
            {(crowded || lanesInView.some((lane) => lane.density)) && ` ${words.crowdedHelp}`}
          </p>
          <div className={styles.canvasBox} style={{ width, height }}>
            <canvas ref={canvasRef} className={styles.canvas} style={{ width }} aria-hidden="true" data-timeline-canvas="" />
          </div>
          <svg
            ref={svgRef}
            width={width}
            height={height}
            className={styles.svg}
            role="presentation"
            onPointerMove={pointer.onPointerMove}
            onPointerLeave={pointer.onPointerLeave}
            onClick={pointer.onClick}
          >
            <TimelineAxis scale={scale} ticks={ticks} width={width} height={AXIS_HEIGHT} plotBottom={AXIS_HEIGHT} />
            <defs>
              <clipPath id={`${idPrefix}-lanes`}>
                <rect x={0} y={plotTop} width={width} height={lanesView} />
              </clipPath>
            </defs>
            <g clipPath={`url(#${idPrefix}-lanes)`}>
            <g transform={`translate(0, ${plotTop - laneScroll})`}>
              <GlyphLayer
                regions={regions}
                selectedItems={selectedItems}
                hovered={tip?.source === 'hover' ? (tipItem ?? null) : null}
                selectedEventId={selectedEventId}
                emphasisOf={emphasisOfItem}
                labelOf={nameOf}
                tip={tipItem ? { key: tipItem.key, id: tipId } : null}
                onSelect={onSelectEvent}
                onTip={(key, source) => setTip({ key, source })}
                onTipEnd={(key, source) => setTip((t) => (t && t.key === key && t.source === source ? null : t))}
              />
              {/* After the events: a lane's name pinned at the top of the view stays above the rows passing under it. */}
              <LaneLayer lanes={lanesInView} top={0} left={range[0]} right={range[1]} rtl={direction === 'rtl'} scrollTop={laneScroll} />
            </g>
            </g>
            <BrushStrip scale={scale} y={AXIS_HEIGHT} height={BRUSH_HEIGHT} window={period} onWindowChange={onWindowChange} hint={words.brushHint} />
          </svg>
          {maxScroll > 0 && (
            <LaneScrollbar top={plotTop} height={lanesView} total={layout.height} offset={laneScroll} onScroll={setScrollY} />
          )}
          {tipItem && (
            <EventTooltip id={tipId} description={describe(tipItem.event)} left={tipLeft} top={tipY + (tipAbove ? -16 : 16)} above={tipAbove} locale={locale} />
          )}
          {binTip && !tipItem && (
            <div className={styles.tooltip} style={{ left: clamp((binTip.x0 + binTip.x1) / 2 - TIP_WIDTH / 2, 4, width - TIP_WIDTH - 4), top: plotTop + binTip.y1 - laneScroll + 8 }} aria-hidden="true">
              {words.binSummary(binTip.count, visibleRangeLabel(Math.floor(binTip.fromDay), Math.max(Math.floor(binTip.fromDay), Math.ceil(binTip.toDay) - 1), locale))}
            </div>
          )}
        </div>
      )}
      <TimelineLegend locale={locale} idPrefix={idPrefix} />
    </>
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

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
