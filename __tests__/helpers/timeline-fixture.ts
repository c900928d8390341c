/**
 * A small, hand-made set of timeline records covering every way a date can
 * be drawn: a day, a month, a season, open ends, a vague span, an expected
 * and an ongoing event, a corroborated one, and one with no known date.
 */
import { dayNumber } from '@/lib/day';
import type { Actor } from '@/lib/schema';
import type { TimelineEvent } from '@/lib/timeline-model';

const passage = { source: 'src', position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } };

function actor(id: string, en: string, ar: string, country: string | null, kind: Actor['kind'] = 'person'): Actor {
  return { id, name: { en, ar }, aliases: [ar], kind, country, affiliation: null, role: null, mentions: [passage], analystNotes: [] };
}

export const ACTORS: Actor[] = [
  actor('kerry', 'John Kerry', 'كيري', 'US'),
  actor('obama', 'Barack Obama', 'أوباما', 'US'),
  actor('wang', 'Wang Yi', 'وانغ يي', 'CN'),
  actor('aljazeera', 'Al Jazeera', 'الجزيرة', 'QA', 'news-media'),
  actor('mandiant', 'Mandiant', 'مانديانت', 'US', 'company'),
];

const d = (iso: string) => dayNumber(iso);

/** A timeline record with sensible defaults; override what a test cares about. */
export function tlEvent(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent {
  return {
    title: overrides.id,
    titleAr: overrides.id,
    type: 'statement',
    status: 'occurred',
    earliest: d('2013-05-14'),
    latest: d('2013-05-14'),
    precision: 'day',
    expression: 'أمس الثلاثاء',
    dateFromContext: false,
    edtf: '2013-05-14',
    participants: ['kerry'],
    lead: 'kerry',
    sides: ['us'],
    sourceCount: 1,
    ...overrides,
  };
}

export const EVENTS: TimelineEvent[] = [
  tlEvent({
    id: 'report',
    title: 'Mandiant publishes its report',
    titleAr: 'مانديانت تنشر تقريرها',
    type: 'report-publication',
    earliest: d('2013-02-01'),
    latest: d('2013-02-28'),
    precision: 'month',
    expression: 'في فبراير الماضي',
    participants: ['mandiant'],
    lead: 'mandiant',
    sides: ['companies'],
  }),
  tlEvent({
    id: 'kerry-visit',
    title: 'Kerry meets Wang Yi in Beijing',
    titleAr: 'كيري يلتقي وانغ يي في بكين',
    type: 'consultation',
    earliest: d('2013-04-13'),
    latest: d('2013-04-13'),
    expression: 'اليوم السبت',
    participants: ['kerry', 'wang'],
    lead: 'kerry',
    sides: ['us', 'cn'],
    sourceCount: 2,
  }),
  tlEvent({
    id: 'hacking',
    title: 'Hacking attacks continue',
    titleAr: 'استمرار الهجمات',
    earliest: null,
    latest: d('2013-05-15'),
    precision: 'vague',
    status: 'ongoing',
    expression: 'منذ سنوات',
    participants: ['wang'],
    lead: 'wang',
    sides: ['cn'],
  }),
  tlEvent({
    id: 'working-group',
    title: 'Working group to meet',
    titleAr: 'اجتماع مجموعة العمل',
    status: 'expected',
    earliest: d('2013-06-01'),
    latest: d('2013-08-31'),
    precision: 'season',
    expression: 'هذا الصيف',
    participants: ['kerry', 'wang'],
    lead: 'kerry',
    sides: ['us', 'cn'],
  }),
  tlEvent({
    id: 'broadcast',
    title: 'Al Jazeera reports the talks',
    titleAr: 'الجزيرة تنقل المحادثات',
    earliest: d('2013-05-15'),
    latest: d('2013-05-15'),
    expression: 'اليوم الأربعاء',
    participants: ['aljazeera', 'obama'],
    lead: 'aljazeera',
    sides: ['media', 'us'],
  }),
  tlEvent({
    id: 'undated',
    title: 'Undated remark',
    titleAr: 'تصريح غير مؤرخ',
    earliest: null,
    latest: null,
    precision: 'vague',
    expression: 'في وقت ما',
    participants: ['obama'],
    lead: 'obama',
    sides: ['us'],
  }),
];

/**
 * A record as a plain object with every field, its words included: records
 * made over columns read their words through accessors, which `toEqual`
 * does not see as fields.
 */
export function plainRecord(e: TimelineEvent): TimelineEvent {
  return {
    id: e.id,
    title: e.title,
    titleAr: e.titleAr,
    type: e.type,
    status: e.status,
    earliest: e.earliest,
    latest: e.latest,
    precision: e.precision,
    expression: e.expression,
    dateFromContext: e.dateFromContext,
    edtf: e.edtf,
    participants: e.participants,
    lead: e.lead,
    sides: e.sides,
    sourceCount: e.sourceCount,
  };
}
