/**
 * A short Arabic article of our own and a hand-written reviewed draft of it,
 * in a temporary copy of data/ (the real data is never written). Offsets
 * are found with indexOf on the article, as ingest finds them, so the
 * fixture reads like the draft ingest would write.
 *
 * Published 2013-06-20 (a Thursday); "أمس الأربعاء" is 19 June.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReviewedDraft, ReviewedProposal } from '@/lib/accept/review';

export const SOURCE_ID = 'beijing-2013-06-20';
export const ARTICLE =
  'بكين 2013-06-20 (رويترز) - قال وزير الخارجية الصيني وانغ يي أمس الأربعاء إن الصين "مستعدة للحوار" مع الولايات المتحدة.\n' +
  'وأضافت المتحدثة باسم الوزارة هوا تشون ينغ أن الجانبين سيلتقيان في يوليو المقبل.\n';

const ROOT = path.join(__dirname, '..', '..');

/** `{start, end, exact}` of the `occurrence`-th `exact` in the article. */
export function span(exact: string, occurrence = 0): { start: number; end: number; exact: string } {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = ARTICLE.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`"${exact}" is not in the fixture article`);
  return { start: at, end: at + exact.length, exact };
}

const LINE_1 = ARTICLE.split('\n')[0] as string;
const LINE_2 = ARTICLE.split('\n')[1] as string;

/** A copy of data/ with the article stored as ingest stores it; returns the data directory. */
export function tempDataDir(prefix = 'athar-accept-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const data = path.join(dir, 'data');
  cpSync(path.join(ROOT, 'data'), data, { recursive: true });
  writeFileSync(path.join(data, 'sources', `${SOURCE_ID}.txt`), ARTICLE);
  mkdirSync(path.join(data, 'drafts'), { recursive: true });
  return data;
}

/** Every file of a data directory with its content, to prove nothing changed. */
export function snapshot(data: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(data, folder), { withFileTypes: true })) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else out[relative] = readFileSync(path.join(data, relative), 'utf8');
    }
  };
  walk('');
  return out;
}

/** The reviewed draft: every proposal accepted unless a test changes it. */
export function reviewedDraft(): ReviewedDraft {
  const base = { confidence: 0.8, warnings: [], decision: 'accepted' as const };
  const date = span('أمس الأربعاء');
  const line1 = span(LINE_1);
  const line2 = span(LINE_2);
  const proposals: ReviewedProposal[] = [
    { ...base, kind: 'actor', id: 'actor-hua', ...span('هوا تشون ينغ'), suggestedId: 'hua-tshun-yngh', name: { ar: 'هوا تشون ينغ' }, actorKind: 'person', aliases: ['هوا تشون ينغ', 'هوا'], title: span('المتحدثة باسم الوزارة'), record: { id: 'hua-chunying', nameEn: 'Hua Chunying', country: 'CN', roleEn: 'Spokeswoman of the ministry' } },
    { ...base, kind: 'mention', id: 'mention-wang', ...span('وانغ يي'), actorId: 'wang-yi', candidate: null, match: 'exact', surface: 'وانغ يي' },
    { ...base, kind: 'mention', id: 'mention-us', ...span('الولايات المتحدة'), actorId: 'united-states', candidate: null, match: 'exact', surface: 'الولايات المتحدة' },
    { ...base, kind: 'mention', id: 'mention-ministry', ...span('وزير الخارجية الصيني'), actorId: 'chinese-foreign-ministry', candidate: null, match: 'variant', surface: 'وزير الخارجية الصيني', decision: 'rejected' },
    { ...base, kind: 'mention', id: 'mention-hua', ...span('هوا تشون ينغ'), actorId: null, candidate: 'actor-hua', match: 'exact', surface: 'هوا تشون ينغ' },
    { ...base, kind: 'date', id: 'date-yesterday', ...date, earliest: '2013-06-19', latest: '2013-06-19', precision: 'day', edtf: '2013-06-19', rule: 'yesterday-weekday', anchor: SOURCE_ID, basis: 'expression', partOfDay: null },
    { ...base, kind: 'statement', id: 'statement-ready', ...span('الصين "مستعدة للحوار" مع الولايات المتحدة'), speakerId: 'wang-yi', candidate: null, speakerMention: 'mention-wang', speakerBasis: 'after-verb', addresseeId: null, mode: 'reported-speech', reportedBy: 'reuters', reportedByBasis: 'credit', verb: { ...span('قال'), lemma: 'قال' }, event: 'event-said', continues: null, record: { gloss: 'China is "ready for dialogue" with the United States.' } },
    {
      ...base, kind: 'event', id: 'event-said', ...line1, type: 'statement', cameo: '01', status: 'occurred',
      participants: [{ actorId: 'wang-yi', candidate: null, role: 'source' }, { actorId: 'united-states', candidate: null, role: 'target' }],
      date: { expression: date.exact, passage: date, edtf: '2013-06-19', earliest: '2013-06-19', latest: '2013-06-19', precision: 'day', anchor: SOURCE_ID, rule: 'yesterday-weekday', basis: 'expression', proposal: 'date-yesterday' },
      trigger: { ...span('قال'), lemma: 'قال' }, statements: ['statement-ready'], matchesEvent: null,
      record: { id: 'wang-yi-ready-for-dialogue', titleEn: 'Wang Yi says China is ready for dialogue with the US' },
    },
    {
      ...base, kind: 'event', id: 'event-meet', ...line2, type: 'consultation', cameo: '04', status: 'expected',
      participants: [{ actorId: null, candidate: 'actor-hua', role: 'source' }, { actorId: 'china', candidate: null, role: 'participant' }],
      date: { expression: 'في يوليو المقبل', passage: span('في يوليو المقبل'), edtf: '2013-07', earliest: '2013-07-01', latest: '2013-07-31', precision: 'month', anchor: SOURCE_ID, rule: 'named-month-next', basis: 'expression', proposal: null },
      trigger: { ...span('سيلتقيان'), lemma: 'التقى' }, statements: [], matchesEvent: 'working-group-first-meeting',
    },
  ];
  return {
    format: 'athar-ingest-draft',
    version: 1,
    source: {
      id: SOURCE_ID,
      textFile: `${SOURCE_ID}.txt`,
      sha256: createHash('sha256').update(ARTICLE, 'utf8').digest('hex'),
      language: 'ar',
      title: null,
      publisher: { given: null, credit: { name: 'رويترز', actorId: 'reuters', passage: span('رويترز') } },
      publication: { datetime: '2013-06-20T00:00:00+08:00', day: '2013-06-20', basis: 'stated', passage: span('2013-06-20'), hijri: null, warnings: ['The dateline states no time; T00:00 is written by convention.'] },
    },
    proposals,
  };
}

/** The proposal of `id` in `draft`, typed by kind, for a test to change. */
export function proposal<K extends ReviewedProposal['kind']>(draft: ReviewedDraft, id: string, kind: K): Extract<ReviewedProposal, { kind: K }> {
  const found = draft.proposals.find((p) => p.id === id);
  if (found === undefined || found.kind !== kind) throw new Error(`no ${kind} proposal ${id} in the fixture`);
  return found as Extract<ReviewedProposal, { kind: K }>;
}
