/**
 * Buttons above the plot: zoom, fit, lane grouping and the period. Every
 * action here also has a key or gesture on the plot; the buttons are the
 * discoverable, touch- and keyboard-friendly route.
 */
import type { LanesMode } from '@/lib/timeline/lanes';
import { STRINGS, type UiLocale } from './strings';
import styles from './timeline.module.css';

export interface TimelineToolbarProps {
  locale: UiLocale;
  lanesMode: LanesMode;
  onLanesModeChange(mode: LanesMode): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onUseVisiblePeriod(): void;
  onClearPeriod(): void;
  hasPeriod: boolean;
  /** Worded visible range and selected period, shown beside the buttons. */
  visibleRange: string;
  period: string | null;
}

export function TimelineToolbar(props: TimelineToolbarProps) {
  const words = STRINGS[props.locale];
  const modes: [LanesMode, string][] = [
    ['side', words.bySide],
    ['actor', words.byActor],
  ];
  return (
    <div className={styles.toolbar}>
      <div className={styles.toolbarGroup} role="group" aria-label={words.zoom}>
        <button type="button" onClick={props.onZoomIn} aria-label={words.zoomIn} title={`${words.zoomIn} (+)`}>
          +
        </button>
        <button type="button" onClick={props.onZoomOut} aria-label={words.zoomOut} title={`${words.zoomOut} (−)`}>
          −
        </button>
        <button type="button" onClick={props.onFit} title={`${words.fitAll} (0)`}>
          {words.fitAll}
        </button>
      </div>
      <div className={styles.toolbarGroup} role="group" aria-label={words.lanes}>
        {modes.map(([mode, label]) => (
          <button key={mode} type="button" aria-pressed={props.lanesMode === mode} onClick={() => props.onLanesModeChange(mode)}>
            {label}
          </button>
        ))}
      </div>
      <div className={styles.toolbarGroup} role="group" aria-label={words.period}>
        <button type="button" onClick={props.onUseVisiblePeriod}>
          {words.useVisiblePeriod}
        </button>
        <button type="button" onClick={props.onClearPeriod} disabled={!props.hasPeriod}>
          {words.clearPeriod}
        </button>
      </div>
      <p className={styles.caption}>
        <span>
          {words.showing}: {props.visibleRange}
        </span>
        {props.period && (
          <span className={styles.periodCaption}>
            {words.period}: {props.period}
          </span>
        )}
      </p>
    </div>
  );
}
