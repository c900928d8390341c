/**
 * What the timeline draws, as flat serialisable records: one per event, with
 * its fuzzy interval as day numbers and the lanes it belongs to. Computed on
 * the server so the view only positions and paints.
 */
import type { Actor, AtharEvent, Precision } from './schema';
import type { ActorSummary } from './actor-summary';
import type { DatasetIndex } from './query';
import { dayNumber } from './day';

/** Lane groups of the "by side" mode, in display order. */
export const SIDES = ['us', 'cn', 'other-states', 'media', 'companies', 'other'] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_LABELS: Record<Side, { en: string; ar: string }> = {
  us: { en: 'United States', ar: 'الولايات المتحدة' },
  cn: { en: 'China', ar: 'الصين' },
  'other-states': { en: 'Other states', ar: 'دول أخرى' },
  media: { en: 'News media', ar: 'وسائل الإعلام' },
  companies: { en: 'Companies', ar: 'الشركات' },
  other: { en: 'Others', ar: 'أطراف أخرى' },
};

/**
 * The side an actor speaks for. Media and companies form their own lanes
 * whatever their country, because analysts read them as voices apart from
 * governments.
 */
export function sideOf(actor: ActorSummary): Side {
  if (actor.kind === 'news-media') return 'media';
  if (actor.kind === 'company') return 'companies';
  if (actor.country === 'US') return 'us';
  if (actor.country === 'CN') return 'cn';
  if (actor.country !== null) return 'other-states';
  return 'other';
}

export interface TimelineEvent {
  id: string;
  title: string;
  titleAr: string;
  type: AtharEvent['type'];
  status: AtharEvent['status'];
  /** First day, as a day number; null when the text leaves the start open. */
  earliest: number | null;
  /** Last day, inclusive; null when the text leaves the end open. */
  latest: number | null;
  precision: Precision;
  /** The date as written, in Arabic. */
  expression: string;
  /** The date follows from context rather than from its own words. */
  dateFromContext: boolean;
  edtf: string;
  /** Participant actor ids, sources first. */
  participants: string[];
  /** The actor whose lane holds the event in "by side" mode: its first source, else first participant. */
  lead: string;
  /** Sides of all participants, lead's side first. */
  sides: Side[];
  /** Number of distinct sources whose passages tell of the event; 2+ means corroborated. */
  sourceCount: number;
}

const roleRank = { source: 0, participant: 1, target: 2 } as const;

export function toTimelineEvent(event: AtharEvent, actors: ReadonlyMap<string, Actor>): TimelineEvent {
  const ordered = [...event.participants].sort((a, b) => roleRank[a.role] - roleRank[b.role]);
  const participants = [...new Set(ordered.map((p) => p.actor))];
  const lead = participants[0] ?? '';
  const sides: Side[] = [];
  for (const id of participants) {
    const actor = actors.get(id);
    const side = actor ? sideOf(actor) : 'other';
    if (!sides.includes(side)) sides.push(side);
  }
  return {
    id: event.id,
    title: event.title.en,
    titleAr: event.title.ar,
    type: event.type,
    status: event.status,
    earliest: event.date.earliest === null ? null : dayNumber(event.date.earliest),
    latest: event.date.latest === null ? null : dayNumber(event.date.latest),
    precision: event.date.precision,
    expression: event.date.expression,
    dateFromContext: event.date.basis === 'context',
    edtf: event.date.edtf,
    participants,
    lead,
    sides,
    sourceCount: new Set(event.evidence.map((p) => p.source)).size,
  };
}

/** Timeline records of every event, in date order. */
export function toTimelineEvents(index: DatasetIndex): TimelineEvent[] {
  return index.eventsInOrder.map((e) => toTimelineEvent(e, index.actors));
}
