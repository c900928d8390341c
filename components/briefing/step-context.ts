/**
 * What a step puts on screen besides its own words, derived from the
 * dataset's plain records: the actors the graph frames, the names of what
 * is in focus, and the sources a figure of the step must cite. Pure.
 */
import type { BriefingStep } from '@/lib/briefing';
import { dayNumber } from '@/lib/day';
import type { Actor, Source } from '@/lib/schema';
import type { TimelineEvent } from '@/lib/timeline-model';
import type { Lang } from '@/lib/url-state';

/** The actors the graph highlights and frames: the focus actors, else the participants of the focus events. */
export function graphFocus(step: BriefingStep, events: readonly TimelineEvent[]): string[] {
  if (step.focus.actors.length > 0) return [...step.focus.actors];
  const byId = new Map(events.map((e) => [e.id, e]));
  return [...new Set(step.focus.events.flatMap((id) => byId.get(id)?.participants ?? []))];
}

/** "Kerry, Wang Yi · Kerry–Wang meeting": what is in focus, by name, for the audience. */
export function focusNames(
  step: BriefingStep,
  actors: readonly Actor[],
  events: readonly TimelineEvent[],
  lang: Lang = 'en',
): { actors: string[]; events: string[] } {
  const actorName = new Map(actors.map((a) => [a.id, a.name[lang]]));
  const eventTitle = new Map(events.map((e) => [e.id, lang === 'ar' ? e.titleAr : e.title]));
  return {
    actors: step.focus.actors.map((id) => actorName.get(id) ?? id),
    events: step.focus.events.map((id) => eventTitle.get(id) ?? id),
  };
}

/** Whether an event's day interval meets a window of ISO days (open ends reach as far as they can). */
function meets(event: TimelineEvent, from: number, to: number): boolean {
  if (event.earliest === null && event.latest === null) return false;
  return (event.earliest ?? -Infinity) <= to && (event.latest ?? Infinity) >= from;
}

/**
 * The sources a figure of this step draws on: those telling of any event in
 * the step's window (what the timeline shows there) and the key passage's.
 * `eventSources` lists the sources behind each event.
 */
export function stepSources(
  step: BriefingStep,
  events: readonly TimelineEvent[],
  eventSources: Readonly<Record<string, readonly string[]>>,
  sources: readonly Source[],
): Source[] {
  const from = dayNumber(step.window.from);
  const to = dayNumber(step.window.to);
  const ids = new Set<string>([step.keyPassage.source]);
  for (const event of events) if (meets(event, from, to)) for (const id of eventSources[event.id] ?? []) ids.add(id);
  return sources.filter((s) => ids.has(s.id));
}

/**
 * The events a step's timeline draws: those in focus, and those with both
 * ends known that meet the days on screen. The dataset's open-ended events
 * ("for months", "for a long time") meet every earlier period; drawn on
 * every step they would fill a slide with the same long bars and push the
 * step's own events out of sight, so they appear when a step is about them.
 */
export function eventsForStep(step: BriefingStep, events: readonly TimelineEvent[], shown: { from: string; to: string }): TimelineEvent[] {
  const focus = new Set(step.focus.events);
  const from = dayNumber(shown.from);
  const to = dayNumber(shown.to);
  return events.filter((e) => focus.has(e.id) || (e.earliest !== null && e.latest !== null && meets(e, from, to)));
}

/**
 * A step's words in the interface language: its title first, the other
 * language's title second, and its narrative (an untranslated narrative
 * falls back to English, marked as English so it is read left to right).
 */
export function stepText(step: Pick<BriefingStep, 'title' | 'narrative'>, lang: Lang) {
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const narrative = lang === 'ar' && step.narrative.ar ? { text: step.narrative.ar, lang: 'ar' as Lang } : { text: step.narrative.en, lang: 'en' as Lang };
  return { title: step.title[lang], otherTitle: step.title[other], otherLang: other, otherDir: other === 'ar' ? ('rtl' as const) : ('ltr' as const), narrative };
}
