'use client';
/**
 * The audience window of a briefing: one step at a time, full screen, read
 * from the back of a room. Each step moves the timeline to its period and
 * frames its actors in the graph (eased, or at once under
 * prefers-reduced-motion), and shows the passage that backs it, in Arabic,
 * with the analyst's gloss and the source. The step is in the URL
 * (`?step=3`) and shared with the presenter window.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import type { Briefing } from '@/lib/briefing';
import type { ActorGraph as ActorGraphData } from '@/lib/graph';
import type { Actor, Source } from '@/lib/schema';
import type { TimelineEvent } from '@/lib/timeline-model';
import type { LanesMode } from '@/lib/timeline/lanes';
import { Timeline } from '@/components/timeline/Timeline';
import { LazyActorGraph } from '@/components/graph/LazyActorGraph';
import { formatFuzzyDate } from '@/components/panels/format-date';
import { FigureExportButtons } from '@/components/export/FigureExportButtons';
import { BriefingControls } from './BriefingControls';
import { KeyPassage } from './KeyPassage';
import { eventsForStep, focusNames, graphFocus, stepSources } from './step-context';
import { explorerHref, paddedWindow, parseStepParam, type StepAction } from './steps';
import { BRIEFING_STRINGS } from './strings';
import { useLang } from '@/components/i18n/lang-context';
import { hrefWithLang } from '@/lib/url-state';
import { scrollToFocus } from './scrollToFocus';
import { prefersReducedMotion, toggleFullScreen, useBriefingKeys } from './useBriefingKeys';
import { useSyncedSteps } from './useSyncedSteps';
import './briefing.css';
import { IsolatedNames } from '@/components/text/IsolatedNames';

export interface BriefingViewProps {
  briefing: Briefing;
  /** Timeline records of every event, computed on the server. */
  timeline: TimelineEvent[];
  actors: Actor[];
  /** The whole actor graph and its build-time positions. */
  graph: ActorGraphData;
  positions: Record<string, { x: number; y: number }>;
  sources: Source[];
  /** The sources behind each event, for the figures' captions. */
  eventSources: Record<string, string[]>;
}

/** How long a move between two steps takes; none under prefers-reduced-motion. */
const MOVE_MS = 700;
const noop = () => undefined;

export default function BriefingView(props: BriefingViewProps) {
  const { briefing, timeline, actors, graph, positions, sources, eventSources } = props;
  const router = useRouter();
  const params = useSearchParams();
  const count = briefing.steps.length;
  const lang = useLang();
  const STRINGS = BRIEFING_STRINGS[lang];
  const [initial] = useState(() => {
    const raw = params?.get('step') ?? null;
    return { ...parseStepParam(raw, count), raw };
  });
  const [noticeShown, setNoticeShown] = useState(initial.refused);
  const { index, go } = useSyncedSteps(briefing.id, count, initial.index);
  const [lanesMode, setLanesMode] = useState<LanesMode>('side');
  const [reducedMotion] = useState(prefersReducedMotion);
  const moveMs = reducedMotion ? 0 : MOVE_MS;

  const step = briefing.steps[index]!;
  const leaveHref = hrefWithLang(explorerHref(step.window), lang);
  useBriefingKeys((command) => {
    if (command.type === 'fullscreen') toggleFullScreen();
    else if (command.type === 'leave') router.push(leaveHref);
    else go(command as StepAction);
  });

  const viewDomain = useMemo(() => paddedWindow(step.window), [step.window]);
  const stepEvents = useMemo(() => eventsForStep(step, timeline, viewDomain), [step, timeline, viewDomain]);
  const focusActors = useMemo(() => graphFocus(step, timeline), [step, timeline]);
  const names = useMemo(() => focusNames(step, actors, timeline, lang), [step, actors, timeline, lang]);
  const figureSources = useMemo(() => stepSources(step, timeline, eventSources, sources), [step, timeline, eventSources, sources]);
  const source = sources.find((s) => s.id === step.keyPassage.source);

  // Once the timeline has moved (and drawn the step's events), bring the focus rows into the scrolling box.
  const timelineBox = useRef<HTMLElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => scrollToFocus(timelineBox.current, moveMs > 0), moveMs + 50);
    return () => clearTimeout(timer);
  }, [index, moveMs]);
  const period = formatFuzzyDate({ earliest: step.window.from, latest: step.window.to, precision: 'day' }, lang);
  // The narrative in the interface language; an untranslated step says its English, marked as English.
  const narrative = lang === 'ar' && step.narrative.ar ? { text: step.narrative.ar, lang: 'ar' } : { text: step.narrative.en, lang: 'en' };
  const [title, otherTitle] = lang === 'ar' ? [step.title.ar, step.title.en] : [step.title.en, step.title.ar];

  return (
    <div className="briefing" data-step={index + 1}>
      <BriefingControls
        briefingId={briefing.id}
        title={briefing.title[lang]}
        index={index}
        count={count}
        go={go}
        onFullScreen={toggleFullScreen}
        leaveHref={leaveHref}
      >
        <FigureExportButtons timelineSelector=".briefing-timeline" sources={figureSources} detail={step.title[lang]} className="briefing-export" />
      </BriefingControls>
      {noticeShown && (
        <p className="notice briefing-notice" role="status">
          {STRINGS.stepNotice(initial.raw ?? '', count)}{' '}
          <button type="button" onClick={() => setNoticeShown(false)}>
            {STRINGS.dismiss}
          </button>
        </p>
      )}
      <section className="briefing-step" aria-labelledby="briefing-step-title">
        <div className="briefing-titles">
          <h1 id="briefing-step-title">{title}</h1>
          <p className="briefing-title-ar" lang={lang === 'ar' ? 'en' : 'ar'} dir={lang === 'ar' ? 'ltr' : 'rtl'}>
            {otherTitle}
          </p>
        </div>
        <p className="briefing-narrative" lang={narrative.lang}>
          {narrative.text}
        </p>
        <p className="briefing-meta">
          <span>
            <span className="briefing-meta-label">{STRINGS.window}: </span>
            {period}
          </span>
          {names.actors.length > 0 && (
            <span>
              <span className="briefing-meta-label">{STRINGS.inFocus}: </span>
              <IsolatedNames names={names.actors} separator=" · " />
            </span>
          )}
        </p>
      </section>
      <div className="briefing-stage">
        <div className="briefing-figures">
          <section ref={timelineBox} className="briefing-timeline" aria-label={STRINGS.timelineHeading}>
            <div className="briefing-timeline-scale">
              <Timeline
                events={stepEvents}
                actors={actors}
                locale={lang}
                lanesMode={lanesMode}
                onLanesModeChange={setLanesMode}
                selectedEventId={null}
                highlightActorId={null}
                highlightEventIds={step.focus.events}
                window={step.window}
                onSelectEvent={noop}
                onWindowChange={noop}
                viewDomain={viewDomain}
                viewTransitionMs={moveMs}
              />
            </div>
          </section>
          <section className="briefing-graph" aria-label={STRINGS.graphHeading}>
            <LazyActorGraph
              graph={graph}
              actors={actors}
              positions={positions}
              selectedActorId={null}
              highlightActorIds={focusActors}
              selectedEdgeId={null}
              relationTypes={null}
              onSelectActor={noop}
              onSelectEdge={noop}
              fitActorIds={focusActors}
              fitDurationMs={moveMs}
            />
          </section>
        </div>
        <aside className="briefing-side">
          <KeyPassage passage={step.keyPassage} gloss={step.gloss} source={source} labelId="briefing-passage-label" />
        </aside>
      </div>
      <p className="briefing-keys">{STRINGS.keysHelp}</p>
    </div>
  );
}
