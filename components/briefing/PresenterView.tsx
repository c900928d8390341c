'use client';
/**
 * The presenter's window, on the laptop while the audience window is on the
 * projector: the current step with its notes, what comes next, and the time
 * since the briefing began. It stays in step with the audience window over
 * a BroadcastChannel; either window can advance, with the same keys.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import type { Briefing } from '@/lib/briefing';
import { parseStepParam, type StepAction } from './steps';
import { BRIEFING_STRINGS } from './strings';
import { stepText } from './step-context';
import { useLang } from '@/components/i18n/lang-context';
import { useLangHref } from '@/components/i18n/LangLink';
import { toggleFullScreen, useBriefingKeys } from './useBriefingKeys';
import { useSyncedSteps } from './useSyncedSteps';
import './briefing.css';
import './presenter.css';

export interface PresenterViewProps {
  briefing: Briefing;
}

/** "1:05", "12:40", "1:02:03": minutes and seconds, hours once there are any. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function useElapsed(): [number, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return [now - start, () => {
    const t = Date.now();
    setStart(t);
    setNow(t);
  }];
}

export default function PresenterView({ briefing }: PresenterViewProps) {
  const params = useSearchParams();
  const count = briefing.steps.length;
  const lang = useLang();
  const STRINGS = BRIEFING_STRINGS[lang];
  const withLang = useLangHref();
  const [initial] = useState(() => parseStepParam(params?.get('step') ?? null, count).index);
  const { index, go } = useSyncedSteps(briefing.id, count, initial);
  const [elapsed, resetTimer] = useElapsed();
  useBriefingKeys((command) => {
    if (command.type === 'fullscreen') toggleFullScreen();
    // Esc belongs to the audience window; here it would only lose the presenter's place.
    else if (command.type !== 'leave') go(command as StepAction);
  });

  const step = briefing.steps[index]!;
  const next = briefing.steps[index + 1];
  const now = stepText(step, lang);
  const then = next ? stepText(next, lang) : null;
  return (
    <div className="briefing presenter" data-step={index + 1}>
      <header className="presenter-top">
        <h1 className="presenter-title">
          {STRINGS.presenterTitle}: {briefing.title[lang]}
        </h1>
        <p className="briefing-counter" aria-live="polite" data-testid="presenter-counter">
          {STRINGS.stepOf(index + 1, count)}
        </p>
        <p className="presenter-elapsed">
          <span className="briefing-meta-label">{STRINGS.elapsed}: </span>
          <time data-testid="presenter-elapsed">{formatElapsed(elapsed)}</time>{' '}
          <button type="button" onClick={resetTimer}>
            {STRINGS.resetTimer}
          </button>
        </p>
      </header>
      <nav className="briefing-buttons presenter-buttons" aria-label={STRINGS.controlsLabel}>
        <button type="button" onClick={() => go({ type: 'previous' })} disabled={index === 0}>
          ← {STRINGS.previous}
        </button>
        <button type="button" onClick={() => go({ type: 'next' })} disabled={next === undefined}>
          {STRINGS.next} →
        </button>
        <a href={withLang(`/briefing/${briefing.id}?step=${index + 1}`)} target="_blank" rel="noopener">
          {STRINGS.openAudience}
        </a>
      </nav>
      <p className="presenter-hint">{STRINGS.syncHint}</p>
      <div className="presenter-grid">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <p className="briefing-label">{STRINGS.currentStep}</p>
          <h2 id="presenter-current-title">{now.title}</h2>
          <p className="briefing-title-ar" lang={now.otherLang} dir={now.otherDir}>
            {now.otherTitle}
          </p>
          <p className="briefing-narrative" lang={now.narrative.lang}>
            {now.narrative.text}
          </p>
          <h3>{STRINGS.notes}</h3>
          <p className="presenter-notes" lang={step.notes ? 'en' : undefined}>
            {step.notes ?? STRINGS.noNotes}
          </p>
          <blockquote className="presenter-quote" lang="ar" dir="rtl">
            {step.keyPassage.quote.exact}
          </blockquote>
          <p className="briefing-gloss">
            <span className="briefing-gloss-label">{STRINGS.glossLabel}: </span>
            <span lang="en">{step.gloss}</span>
          </p>
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next-title">
          <p className="briefing-label">{STRINGS.nextStep}</p>
          {then ? (
            <>
              <h2 id="presenter-next-title">{then.title}</h2>
              <p className="briefing-title-ar" lang={then.otherLang} dir={then.otherDir}>
                {then.otherTitle}
              </p>
              <p lang={then.narrative.lang}>{then.narrative.text}</p>
            </>
          ) : (
            <h2 id="presenter-next-title">{STRINGS.endOfBriefing}</h2>
          )}
        </section>
      </div>
    </div>
  );
}
