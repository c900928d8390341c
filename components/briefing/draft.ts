/**
 * "Add this view as a step": turning what the explorer shows (a selected
 * event or actor, a period) into a briefing step, and the steps collected so
 * far into a draft briefing file for data/briefings/. The step is valid
 * against the briefing schema and the dataset's checks from the start: its
 * key passage is the selected event's first evidence passage, or the first
 * statement of the selected actor, so it backs what the step focuses on.
 * Pure (no storage, no DOM); the schema (zod) stays on the server, so the
 * stored draft is read back by shape here.
 */
import type { Briefing, BriefingStep } from '@/lib/briefing';
import { dayNumber } from '@/lib/day';
import type { DatasetIndex } from '@/lib/query';
import { passageWithin } from '@/lib/passage';
import { STRINGS } from './strings';

/** The explorer's view, as far as a step needs it. */
export interface ViewForStep {
  actor: string | null;
  event: string | null;
  from: string | null;
  to: string | null;
}

/** Where the draft lives between visits (this browser only). */
export const DRAFT_STORAGE_KEY = 'athar-briefing-draft';
/** The draft's id: the file is saved as data/briefings/draft-briefing.json until its author renames it. */
export const DRAFT_ID = 'draft-briefing';
/** Longest narrative the schema accepts (lib/briefing.ts NARRATIVE_MAX; a test keeps the two equal). */
export const DRAFT_NARRATIVE_MAX = 420;
/** A placeholder for the draft's Arabic title, which its author writes: "draft briefing". */
const DRAFT_TITLE_AR = 'مسودة إحاطة';

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The step's period: the view's, filled and widened from the focus event's dates so the event is inside it. */
function stepWindow(view: ViewForStep, earliest: string | null, latest: string | null): { from: string; to: string } | null {
  const candidatesFrom = [view.from, earliest, latest].filter((d): d is string => d !== null);
  const candidatesTo = [view.to, latest, earliest].filter((d): d is string => d !== null);
  let from = candidatesFrom[0];
  let to = candidatesTo[0];
  if (from === undefined || to === undefined) return null;
  if (earliest !== null && dayNumber(earliest) < dayNumber(from)) from = earliest;
  if (latest !== null && dayNumber(latest) > dayNumber(to)) to = latest;
  return dayNumber(from) <= dayNumber(to) ? { from, to } : { from: to, to: from };
}

/**
 * The step for a view, or null when nothing in it can back a step (no
 * event selected, and an actor with no statement, or nothing at all).
 */
export function stepFromView(index: DatasetIndex, view: ViewForStep): BriefingStep | null {
  const event = view.event ? index.events.get(view.event) : undefined;
  const actor = view.actor ? index.actors.get(view.actor) : undefined;
  if (event) {
    const keyPassage = event.evidence[0]!;
    // A statement whose words are this passage already has the analyst's gloss.
    const statement = index.statementsByEvent.get(event.id)?.find((s) => passageWithin(s.passage, keyPassage) || passageWithin(keyPassage, s.passage));
    const window = stepWindow(view, event.date.earliest, event.date.latest);
    if (!window) return null;
    return {
      title: { en: event.title.en, ar: event.title.ar },
      narrative: { en: truncate(STRINGS.draftNarrative(event.summary), DRAFT_NARRATIVE_MAX) },
      window,
      focus: { actors: actor ? [actor.id] : [], events: [event.id] },
      keyPassage,
      gloss: statement && passageWithin(keyPassage, statement.passage) ? statement.gloss : STRINGS.draftGloss,
    };
  }
  if (actor) {
    const statement = index.statementsBySpeaker.get(actor.id)?.[0];
    const said = statement ? index.events.get(statement.event) : undefined;
    if (!statement || !said) return null;
    const window = stepWindow(view, said.date.earliest, said.date.latest);
    if (!window) return null;
    return {
      title: { en: actor.name.en, ar: actor.name.ar },
      narrative: { en: truncate(STRINGS.draftNarrative(`${actor.name.en}: ${statement.gloss}`), DRAFT_NARRATIVE_MAX) },
      window,
      focus: { actors: [actor.id], events: [said.id] },
      keyPassage: statement.passage,
      gloss: statement.gloss,
    };
  }
  return null;
}

/** The draft briefing file for a list of steps, ready for data/briefings/draft-briefing.json. */
export function draftBriefing(steps: readonly BriefingStep[]): Briefing {
  return {
    id: DRAFT_ID,
    title: { en: STRINGS.draftTitle, ar: DRAFT_TITLE_AR },
    description: STRINGS.draftDescription,
    steps: [...steps],
  };
}

/** The file's text: two-space JSON, Arabic as characters, a final newline, as data/ keeps its files. */
export function draftJson(steps: readonly BriefingStep[]): string {
  return `${JSON.stringify(draftBriefing(steps), null, 2)}\n`;
}

/** Steps read back from storage; anything that does not look like a list of steps is dropped, never thrown. */
export function parseStoredDraft(text: string | null): BriefingStep[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (step): step is BriefingStep =>
        typeof step === 'object' && step !== null && 'keyPassage' in step && 'window' in step && 'focus' in step && 'title' in step,
    );
  } catch {
    return [];
  }
}
