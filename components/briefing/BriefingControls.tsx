'use client';
/**
 * The briefing's top bar: where the room is (step N of M and a progress
 * bar) and the presenter's buttons, which do what the keys do, for a mouse
 * or a touch screen: previous, next, full screen, the presenter and print
 * views, and leaving for the explorer at the step's period.
 */
import type { ReactNode } from 'react';
import { BRIEFING_STRINGS } from './strings';
import { LangLink, useLangHref } from '@/components/i18n/LangLink';
import { useLang } from '@/components/i18n/lang-context';
import type { StepAction } from './steps';

export interface BriefingControlsProps {
  briefingId: string;
  title: string;
  index: number;
  count: number;
  go: (action: StepAction) => void;
  onFullScreen: () => void;
  /** Where Esc and "Leave" go: the explorer at the step's period. */
  leaveHref: string;
  /** The figure-export buttons, offered in a disclosure so they take no room on the slide. */
  children?: ReactNode;
}

export function BriefingControls({ briefingId, title, index, count, go, onFullScreen, leaveHref, children }: BriefingControlsProps) {
  const step = index + 1;
  const STRINGS = BRIEFING_STRINGS[useLang()];
  const withLang = useLangHref();
  return (
    <header className="briefing-top">
      <div className="briefing-bar">
        <p className="briefing-kicker">
          <span className="briefing-kicker-label">{STRINGS.briefing}: </span>
          {title}
        </p>
        <p className="briefing-counter" aria-live="polite" data-testid="briefing-counter">
          {STRINGS.stepOf(step, count)}
        </p>
        <nav className="briefing-buttons" aria-label={STRINGS.controlsLabel}>
          <button type="button" onClick={() => go({ type: 'previous' })} disabled={index === 0}>
            ← {STRINGS.previous}
          </button>
          <button type="button" onClick={() => go({ type: 'next' })} disabled={step === count}>
            {STRINGS.next} →
          </button>
          <button type="button" onClick={onFullScreen}>
            {STRINGS.fullScreen}
          </button>
          <a href={withLang(`/briefing/${briefingId}/presenter?step=${step}`)} target="_blank" rel="noopener">
            {STRINGS.presenterView}
          </a>
          <LangLink href={`/briefing/${briefingId}/print`}>{STRINGS.printView}</LangLink>
          {children && (
            <details className="briefing-export-menu">
              <summary>{STRINGS.exportLabel}</summary>
              {children}
            </details>
          )}
          <LangLink href={leaveHref} title={STRINGS.leaveHint}>
            {STRINGS.leave}
          </LangLink>
        </nav>
      </div>
      <div
        className="briefing-progress"
        role="progressbar"
        aria-label={STRINGS.progressLabel}
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={step}
        aria-valuetext={STRINGS.stepOf(step, count)}
      >
        <div className="briefing-progress-fill" style={{ width: `${(step / count) * 100}%` }} />
      </div>
    </header>
  );
}
