/** @jest-environment node */
import path from 'node:path';
import { edtfBounds } from '@/lib/dates';
import { draftProblem, serializeDraft, type Draft, type EventProposal, type Proposal } from '@/lib/ingest/draft';
import { matchingEvent } from '@/lib/ingest/events';
import { extractDraft } from '@/lib/ingest/extract';
import { loadDataset } from '@/lib/load';
import { passageAt } from '@/lib/passage';
import { FuzzyDateSchema } from '@/lib/schema';

const dataset = loadDataset(path.join(__dirname, '..', 'data'));
const text000 = dataset.texts['aljazeera-2013-05-15']!;
const text001 = dataset.texts['kerry-beijing-2013-04-13']!;

function draftOf(text: string, published?: string): Draft {
  return extractDraft({ text, sourceId: 'new-article', sha256: '0'.repeat(64), published, actors: dataset.actors, events: dataset.events });
}

const events = (d: Draft) => d.proposals.filter((p): p is EventProposal => p.kind === 'event');
const draft000 = draftOf(text000);
const draft001 = draftOf(text001, '2013-04-13T00:00:00+08:00');

describe('proposed events', () => {
  it('offers Daniel’s statements as evidence of the existing announcement instead of a duplicate', () => {
    const daniel = events(draft000).find((e) => e.matchesEvent === 'daniel-announces-cyber-talks-progress')!;
    expect(daniel).toMatchObject({ type: 'statement', cameo: '01', status: 'occurred', participants: [{ actorId: 'michael-daniel', candidate: null, role: 'source' }] });
    expect(daniel.date).toMatchObject({ expression: 'أمس الثلاثاء', earliest: '2013-05-14', latest: '2013-05-14', rule: 'yesterday-weekday', basis: 'expression', anchor: 'new-article' });
    expect(daniel.statements).toHaveLength(5);
  });

  it('reads an expected meeting from a future date, and an agreement told in a statement, both matching their events', () => {
    const meeting = events(draft000).find((e) => e.matchesEvent === 'working-group-first-meeting')!;
    expect(meeting).toMatchObject({ type: 'consultation', status: 'expected', date: { expression: 'الصيف المقبل', edtf: '2013-06/2013-08' } });
    const agreement = events(draft001).find((e) => e.type === 'agreement')!;
    expect(agreement).toMatchObject({ matchesEvent: 'us-china-agree-cyber-working-group', date: { rule: 'before-statement', basis: 'context', earliest: null, latest: '2013-04-13' } });
    expect(agreement.participants.map((p) => p.actorId).sort()).toEqual(['china', 'joint-working-group', 'united-states']);
  });

  it('types events from their verbs, with CAMEO codes', () => {
    const li = events(draft001).find((e) => e.participants.some((p) => p.actorId === 'li-keqiang'))!;
    expect(li).toMatchObject({ type: 'appeal', cameo: '02', matchesEvent: 'li-keqiang-calls-to-end-war-of-words', date: { expression: 'الشهر الماضي', edtf: '2013-03' } });
    const report = events(draft001).find((e) => e.type === 'report-publication')!;
    expect(report).toMatchObject({ matchesEvent: 'security-company-report-on-army-unit', participants: [{ actorId: 'us-computer-security-company', role: 'source' }] });
    const says = events(draft001).find((e) => e.trigger.exact === 'تقول' && e.participants[0]?.actorId === 'united-states')!;
    expect(says).toMatchObject({ status: 'ongoing', date: { rule: 'ongoing-at-publication', edtf: '../2013-04-13', basis: 'context' } });
  });

  it('matches only the same type, fitting roles and overlapping dates', () => {
    const base = { type: 'statement' as const, participants: [{ actorId: 'michael-daniel', role: 'source' as const }], date: { earliest: '2013-05-14', latest: '2013-05-14' } };
    expect(matchingEvent(base, dataset.events)).toBe('daniel-announces-cyber-talks-progress');
    expect(matchingEvent({ ...base, type: 'appeal' }, dataset.events)).toBeNull();
    expect(matchingEvent({ ...base, date: { earliest: '2013-06-01', latest: '2013-06-02' } }, dataset.events)).toBeNull();
    // China is a participant of Daniel's announcement, not the one who speaks.
    expect(matchingEvent({ ...base, participants: [{ actorId: 'china', role: 'source' }], date: { earliest: null, latest: '2013-05-15' } }, dataset.events)).toBeNull();
    expect(matchingEvent({ ...base, participants: [{ actorId: 'candidate:x', role: 'source' }] }, dataset.events)).toBeNull();
  });
});

describe('the draft format', () => {
  it('anchors every proposal on its text, with unique ids, in kind order', () => {
    for (const [draft, text] of [[draft000, text000], [draft001, text001]] as const) {
      expect(draftProblem(draft, text)).toBeNull();
      const ids = draft.proposals.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      const order = ['actor', 'mention', 'date', 'statement', 'event'];
      const kinds = draft.proposals.map((p) => order.indexOf(p.kind));
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    }
    expect(draftProblem(draft000, text001)).toMatch(/^proposal .*: exact/);
  });

  it('is deterministic: the same text gives the same JSON', () => {
    expect(serializeDraft(draftOf(text000))).toBe(serializeDraft(draft000));
  });

  it('links proposals by id', () => {
    for (const draft of [draft000, draft001]) {
      const byId = new Map<string, Proposal>(draft.proposals.map((p) => [p.id, p]));
      for (const p of draft.proposals) {
        if (p.kind === 'statement') {
          expect(byId.get(p.event ?? '')?.kind).toBe('event');
          if (p.speakerMention) expect(byId.get(p.speakerMention)?.kind).toBe('mention');
        }
        if (p.kind === 'event') {
          for (const s of p.statements) expect(byId.get(s)?.kind).toBe('statement');
          if (p.date.proposal) expect(byId.get(p.date.proposal)).toMatchObject({ kind: 'date', earliest: p.date.earliest, latest: p.date.latest });
        }
        if (p.kind === 'mention' && p.candidate) expect(byId.get(p.candidate)?.kind).toBe('actor');
      }
    }
  });

  it('gives each event a date that becomes a valid FuzzyDate with a passage', () => {
    for (const [draft, text] of [[draft000, text000], [draft001, text001]] as const) {
      for (const e of events(draft)) {
        const { proposal: _proposal, passage, ...date } = e.date;
        const fuzzy = FuzzyDateSchema.parse({ ...date, passage: passageAt('new-article', text, passage.start, passage.end) });
        expect(edtfBounds(fuzzy.edtf)).toEqual({ earliest: fuzzy.earliest, latest: fuzzy.latest });
        expect(passage.exact).toContain(fuzzy.expression);
      }
    }
  });

  it('describes the source: title guess, publication with its passage and Hijri check, credited wire', () => {
    expect(draft000.source).toMatchObject({
      id: 'new-article',
      textFile: 'new-article.txt',
      language: 'ar',
      title: { start: 0, exact: 'تقدم بمحادثات أميركا الإلكترونية مع الصين' },
      publication: { datetime: '2013-05-15T12:06:00+03:00', day: '2013-05-15', basis: 'stated', passage: { start: 53, end: 89 }, hijri: { stated: '1434/7/6', umalqura: '1434/7/5', differenceDays: 1 } },
      publisher: { given: null, credit: { name: 'رويترز', actorId: 'reuters' } },
    });
    expect(draft001.source).toMatchObject({ title: null, publication: { basis: 'inferred', passage: null, hijri: null } });
  });
});
