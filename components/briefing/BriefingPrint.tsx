'use client';
/**
 * Every step of a briefing on its own landscape page, for "Print / save as
 * PDF" (a handout, or the PDF sent before the meeting): the step's titles
 * and narrative, its period and what is in focus with their dates, and the
 * key passage with its gloss and source citation. Presenter notes stay out.
 * A server component: the page is static HTML with print styles (./print.css).
 */
import type { Briefing } from '@/lib/briefing';
import type { Actor, Source } from '@/lib/schema';
import type { TimelineEvent } from '@/lib/timeline-model';
import { isoDay } from '@/lib/day';
import { formatFuzzyDate } from '@/components/panels/format-date';
import { KeyPassage } from './KeyPassage';
import { focusNames } from './step-context';
import { BRIEFING_STRINGS } from './strings';
import { useLang } from '@/components/i18n/lang-context';
import { useLangHref } from '@/components/i18n/LangLink';
import type { Lang } from '@/lib/url-state';
import { PrintButton } from './PrintButton';
import './briefing.css';
import './print.css';
import { IsolatedNames } from '@/components/text/IsolatedNames';

export interface BriefingPrintProps {
  briefing: Briefing;
  timeline: TimelineEvent[];
  actors: Actor[];
  sources: Source[];
}

function eventDate(event: TimelineEvent, lang: Lang): string {
  return formatFuzzyDate(
    {
    earliest: event.earliest === null ? null : isoDay(event.earliest),
    latest: event.latest === null ? null : isoDay(event.latest),
    precision: event.precision,
    },
    lang,
  );
}

export function BriefingPrint({ briefing, timeline, actors, sources }: BriefingPrintProps) {
  const eventsById = new Map(timeline.map((e) => [e.id, e]));
  const count = briefing.steps.length;
  const lang = useLang();
  const STRINGS = BRIEFING_STRINGS[lang];
  const withLang = useLangHref();
  return (
    <div className="briefing-print">
      <div className="print-screen-only">
        <h1>
          {STRINGS.printTitle}: {briefing.title[lang]}
        </h1>
        <p>{STRINGS.printHint}</p>
        <p className="print-actions">
          <PrintButton />
          <a href={withLang(`/briefing/${briefing.id}`)}>{STRINGS.backToBriefing}</a>
        </p>
      </div>
      {briefing.steps.map((step, i) => {
        const names = focusNames(step, actors, timeline, lang);
        const [title, otherTitle] = lang === 'ar' ? [step.title.ar, step.title.en] : [step.title.en, step.title.ar];
        const narrative = lang === 'ar' && step.narrative.ar ? { text: step.narrative.ar, lang: 'ar' } : { text: step.narrative.en, lang: 'en' };
        return (
          <section key={step.id ?? i} className="print-step" aria-labelledby={`print-step-${i + 1}`}>
            <p className="print-kicker">
              {briefing.title[lang]} · {STRINGS.stepOf(i + 1, count)}
            </p>
            <div className="briefing-titles">
              <h2 id={`print-step-${i + 1}`}>{title}</h2>
              <p className="briefing-title-ar" lang={lang === 'ar' ? 'en' : 'ar'} dir={lang === 'ar' ? 'ltr' : 'rtl'}>
                {otherTitle}
              </p>
            </div>
            <p className="print-narrative" lang={narrative.lang}>
              {narrative.text}
            </p>
            <p className="briefing-meta">
              <span>
                <span className="briefing-meta-label">{STRINGS.window}: </span>
                {formatFuzzyDate({ earliest: step.window.from, latest: step.window.to, precision: 'day' }, lang)}
              </span>
              {names.actors.length > 0 && (
                <span>
                  <span className="briefing-meta-label">{STRINGS.inFocus}: </span>
                  <IsolatedNames names={names.actors} separator=" · " />
                </span>
              )}
            </p>
            <ul className="print-events">
              {step.focus.events.map((id) => {
                const event = eventsById.get(id);
                return <li key={id}>{event ? `${lang === 'ar' ? event.titleAr : event.title} — ${eventDate(event, lang)}` : id}</li>;
              })}
            </ul>
            <KeyPassage passage={step.keyPassage} gloss={step.gloss} source={sources.find((s) => s.id === step.keyPassage.source)} labelId={`print-passage-${i + 1}`} />
          </section>
        );
      })}
    </div>
  );
}
