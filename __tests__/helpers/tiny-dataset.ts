/**
 * A hand-made dataset small enough to reason about in a test, with real
 * offsets into a short Arabic text.
 */
import { findPassage } from '@/lib/passage';
import type { Actor, AtharEvent, Dataset, FuzzyDate, Relation, Statement } from '@/lib/schema';

export const TINY_TEXT =
  'قال وزير الخارجية كيري اليوم السبت إن البلدين اتفقا على مجموعة عمل. وقال وانغ ل"كيري" إن التعاون مهم. ونشرت شركة تقريرا في فبراير الماضي.';
const SRC = 'tiny';
const p = (exact: string, occurrence?: number) => findPassage(SRC, TINY_TEXT, exact, occurrence);

function actor(id: string, en: string, ar: string, country: string | null, kind: Actor['kind'] = 'person'): Actor {
  return { id, name: { en, ar }, aliases: [ar], kind, country, affiliation: null, role: null, mentions: [p(ar, 0)], analystNotes: [] };
}

function date(expression: string, earliest: string | null, latest: string | null, precision: FuzzyDate['precision']): FuzzyDate {
  return { expression, passage: p(expression), edtf: `${earliest ?? '..'}/${latest ?? '..'}`, earliest, latest, precision, anchor: SRC, rule: 'test', basis: 'expression' };
}

function event(id: string, d: FuzzyDate, participants: AtharEvent['participants'], evidence = [p('اتفقا')]): AtharEvent {
  return { id, type: 'statement', cameo: '01', status: 'occurred', title: { en: id, ar: id }, summary: id, date: d, participants, evidence, analystNotes: [] };
}

export function tinyDataset(): Dataset {
  const actors = [
    actor('kerry', 'John Kerry', 'كيري', 'US'),
    actor('wang', 'Wang Yi', 'وانغ', 'CN'),
    actor('company', 'A company', 'شركة', 'US', 'company'),
  ];
  const events = [
    event('report', date('في فبراير الماضي', '2013-02-01', '2013-02-28', 'month'), [{ actor: 'company', role: 'source' }]),
    event('announce', date('اليوم السبت', '2013-04-13', '2013-04-13', 'day'), [
      { actor: 'kerry', role: 'source' },
      { actor: 'wang', role: 'participant' },
    ]),
    event('wang-says', date('اليوم السبت', '2013-04-13', '2013-04-13', 'day'), [
      { actor: 'wang', role: 'source' },
      { actor: 'kerry', role: 'target' },
    ], [p('إن التعاون مهم')]),
  ];
  const statements: Statement[] = [
    { id: 's-wang', speaker: 'wang', addressee: 'kerry', event: 'wang-says', passage: p('إن التعاون مهم'), gloss: 'that cooperation matters', mode: 'reported-speech', reportedBy: null },
    { id: 's-kerry', speaker: 'kerry', addressee: null, event: 'announce', passage: p('إن البلدين اتفقا على مجموعة عمل'), gloss: 'the two agreed on a working group', mode: 'reported-speech', reportedBy: null },
  ];
  const relations: Relation[] = [
    { id: 'r1', type: 'meets', source: 'kerry', target: 'wang', events: ['announce'], passages: [] },
    { id: 'r2', type: 'meets', source: 'wang', target: 'kerry', events: ['wang-says'], passages: [] },
    { id: 'r3', type: 'speaks-to', source: 'wang', target: 'kerry', events: ['wang-says'], passages: [] },
    { id: 'r4', type: 'counterpart-of', source: 'kerry', target: 'wang', events: [], passages: [p('وزير الخارجية')] },
  ];
  return {
    sources: [
      {
        id: SRC,
        title: { ar: 'نص', en: 'Text' },
        language: 'ar',
        textFile: 'tiny.txt',
        sha256: '0'.repeat(64),
        publisher: { stated: null, inferred: null, credit: null },
        publication: { datetime: '2013-04-13T00:00:00+08:00', basis: 'inferred', passage: null, note: 'test' },
      },
    ],
    texts: { [SRC]: TINY_TEXT },
    actors,
    events,
    statements,
    relations,
    briefings: [],
  };
}
