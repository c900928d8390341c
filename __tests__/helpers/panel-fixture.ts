/**
 * A hand-made dataset for the panel and reader tests: two short Arabic
 * sources (one with a no-break space and a blank line), an event told by
 * both, statements quoted and reported, a date inferred from context and
 * analyst notes. Offsets come from `findPassage`, so they are real.
 */
import { findPassage, passageAt } from '@/lib/passage';
import type { Actor, AtharEvent, Dataset, FuzzyDate, Source, Statement } from '@/lib/schema';

export const TEXT_BEIJING =
  'قال وزير الخارجية كيري اليوم السبت إن البلدين اتفقا على مجموعة عمل.\n' +
  'ونقلت وكالة شينخوا أن وانغ قال ل"كيري" إن التعاون مهم.\n' +
  'وفي الشهر الماضي دعا لي الجانبين إلى وقف الحرب الكلامية.';

export const TEXT_JAZEERA =
  'أعلن مسؤول أمس الثلاثاء أن الصين وافقت على إقامة مجموعة عمل مشتركة.\u00a0وقال كيري إن الاتفاق رسمي.\n\nالمصدر : رويترز';

const B = (exact: string, occurrence?: number) => findPassage('beijing', TEXT_BEIJING, exact, occurrence);
const J = (exact: string, occurrence?: number) => findPassage('jazeera', TEXT_JAZEERA, exact, occurrence);
/** `exact` where it occurs inside the unique phrase `around` (for short words that occur often). */
const within = (around: string, exact: string) => {
  const start = TEXT_BEIJING.indexOf(around) + around.indexOf(exact);
  return passageAt('beijing', TEXT_BEIJING, start, start + exact.length);
};

function source(id: string, en: string, ar: string, publication: Source['publication'], publisher: Source['publisher']): Source {
  return { id, title: { en, ar }, language: 'ar', textFile: `${id}.txt`, sha256: 'a'.repeat(64), publisher, publication };
}

export const SOURCES: Source[] = [
  source('beijing', 'Kerry in Beijing', 'كيري في بكين', {
    datetime: '2013-04-13T00:00+08:00',
    basis: 'inferred',
    passage: null,
    note: 'The text says “today, Saturday”; Kerry met Wang Yi in Beijing on 13 April 2013.',
  }, { stated: null, inferred: { name: 'Unknown Arabic outlet', basis: 'Layout of the page' }, credit: null }),
  source('jazeera', 'Progress in US–China cyber talks', 'تقدم بمحادثات أميركا الإلكترونية مع الصين', {
    datetime: '2013-05-15T12:06:00+03:00',
    basis: 'stated',
    passage: null,
    note: 'Dateline “آخر تحديث: 2013/5/15 الساعة 12:06 (مكة المكرمة)”.',
  }, { stated: null, inferred: null, credit: { name: 'رويترز', passage: J('المصدر : رويترز') } }),
];

function actor(id: string, en: string, ar: string, extra: Partial<Actor> = {}): Actor {
  const mentions = extra.mentions ?? [B(ar, 0)];
  return { id, name: { en, ar }, aliases: [ar], kind: 'person', country: null, affiliation: null, role: null, mentions, analystNotes: [], ...extra };
}

export const ACTORS: Actor[] = [
  actor('kerry', 'John Kerry', 'كيري', {
    aliases: ['كيري', '"كيري"'],
    country: 'US',
    role: { ar: 'وزير الخارجية', en: 'Secretary of State', evidence: [B('وزير الخارجية')] },
    affiliation: { actor: 'us', evidence: [B('وزير الخارجية')] },
    mentions: [B('كيري', 0), J('كيري')],
    analystNotes: [{ text: 'US Secretary of State from February 2013.', basis: 'Public record' }],
  }),
  actor('wang', 'Wang Yi', 'وانغ', { country: 'CN' }),
  actor('xinhua', 'Xinhua', 'شينخوا', { kind: 'news-media', country: 'CN' }),
  actor('li', 'Li Keqiang', 'لي', { country: 'CN', mentions: [within('دعا لي', 'لي')] }),
  actor('official', 'A White House official', 'مسؤول', { mentions: [J('مسؤول')] }),
  actor('us', 'United States', 'الولايات المتحدة', { kind: 'state', country: 'US', mentions: [B('البلدين')] }),
];

function date(p: ReturnType<typeof B>, earliest: string | null, latest: string | null, precision: FuzzyDate['precision'], extra: Partial<FuzzyDate> = {}): FuzzyDate {
  return { expression: p.quote.exact, passage: p, edtf: `${earliest}/${latest}`, earliest, latest, precision, anchor: p.source, rule: 'relative-to-publication', basis: 'expression', ...extra };
}

function event(id: string, en: string, d: FuzzyDate, participants: AtharEvent['participants'], evidence: AtharEvent['evidence'], extra: Partial<AtharEvent> = {}): AtharEvent {
  return { id, type: 'agreement', cameo: '057', status: 'occurred', title: { en, ar: `حدث ${id}` }, summary: `Summary of ${id}`, date: d, participants, evidence, analystNotes: [], ...extra };
}

export const EVENTS: AtharEvent[] = [
  event('official-announces', 'Official reports progress', date(J('أمس الثلاثاء'), '2013-05-14', '2013-05-14', 'day'), [{ actor: 'official', role: 'source' }, { actor: 'kerry', role: 'participant' }], [J('أعلن مسؤول أمس الثلاثاء')], { type: 'statement', cameo: '01' }),
  event('working-group', 'Kerry and Wang agree on a working group', date(B('اليوم السبت'), '2013-04-13', '2013-04-13', 'day'), [{ actor: 'kerry', role: 'source' }, { actor: 'wang', role: 'participant' }], [B('اتفقا على مجموعة عمل'), J('وافقت على إقامة مجموعة عمل مشتركة')], {
    analystNotes: [{ text: 'The group first met in July 2013.', basis: 'State Department press release' }],
  }),
  event('wang-says', 'Wang tells Kerry cooperation matters', date(B('قال ل"كيري"'), '2013-04-13', '2013-04-13', 'day', { basis: 'context', note: 'Said at the Saturday meeting the article reports.' }), [{ actor: 'wang', role: 'source' }, { actor: 'kerry', role: 'target' }], [B('إن التعاون مهم')], { type: 'statement', cameo: '01' }),
  event('li-appeal', 'Li calls for an end to the war of words', date(B('في الشهر الماضي'), '2013-03-01', '2013-03-31', 'month'), [{ actor: 'li', role: 'source' }], [B('دعا لي الجانبين إلى وقف الحرب الكلامية')], { type: 'appeal', cameo: '02' }),
];

export const STATEMENTS: Statement[] = [
  // Listed latest first on purpose: panels must show them in date order.
  { id: 's-kerry-late', speaker: 'kerry', addressee: null, event: 'official-announces', passage: J('إن الاتفاق رسمي'), gloss: 'that the agreement is formal', mode: 'reported-speech', reportedBy: null },
  { id: 's-kerry-early', speaker: 'kerry', addressee: null, event: 'working-group', passage: B('إن البلدين اتفقا على مجموعة عمل'), gloss: 'the two countries agreed on a working group', mode: 'direct-quote', reportedBy: null },
  { id: 's-wang', speaker: 'wang', addressee: 'kerry', event: 'wang-says', passage: B('إن التعاون مهم'), gloss: 'that cooperation matters', mode: 'reported-speech', reportedBy: 'xinhua' },
];

export function panelDataset(): Dataset {
  return {
    sources: SOURCES,
    texts: { beijing: TEXT_BEIJING, jazeera: TEXT_JAZEERA },
    actors: ACTORS,
    events: EVENTS,
    statements: STATEMENTS,
    relations: [],
    briefings: [],
  };
}

/** A string that would run code if it were ever injected as HTML. */
export const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';
