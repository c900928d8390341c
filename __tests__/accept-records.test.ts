/** @jest-environment node */
/**
 * The pure accept step (lib/accept): a hand-written reviewed draft of a
 * short article of our own, over a temporary copy of data/, in memory.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { acceptDraft } from '@/lib/accept/accept';
import { formatProblem, type AcceptProblem } from '@/lib/accept/review';
import { formatSummary } from '@/lib/accept/summary';
import { readDatasetFiles } from '@/lib/load';
import type { Actor, AtharEvent, Source, Statement } from '@/lib/schema';
import { validateDataset, type DatasetInput } from '@/lib/validate';
import { ARTICLE, proposal, reviewedDraft, SOURCE_ID, span, tempDataDir } from './helpers/accept-fixture';

let data: string;
let input: DatasetInput;
beforeAll(() => {
  data = tempDataDir();
  input = readDatasetFiles(data);
});
afterAll(() => rmSync(path.dirname(data), { recursive: true, force: true }));

function accept(draft: unknown) {
  return acceptDraft(input, JSON.parse(JSON.stringify(draft)) as unknown);
}

function problemsOf(draft: unknown): AcceptProblem[] {
  const outcome = accept(draft);
  if (outcome.ok) throw new Error('expected the draft to be refused');
  return outcome.problems;
}

function records<T>(files: Record<string, string>, file: string): T[] {
  return JSON.parse(files[file] ?? input.json[file] ?? '[]') as T[];
}

describe('accepting a reviewed draft', () => {
  const outcome = () => {
    const result = accept(reviewedDraft());
    if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p, 'draft')).join('\n'));
    return result;
  };

  it('produces files whose merged dataset validates', () => {
    const { files } = outcome();
    const merged = validateDataset({ json: { ...input.json, ...files }, texts: input.texts });
    expect(merged.issues).toEqual([]);
    expect(Object.keys(files).sort()).toEqual(['actors.json', 'events.json', `sources/${SOURCE_ID}.json`, 'statements.json']);
  });

  it('writes the Source record with the hash of the stored text and its dateline passage', () => {
    const source = JSON.parse(outcome().files[`sources/${SOURCE_ID}.json`] ?? '') as Source;
    expect(source.sha256).toBe(input.texts[`${SOURCE_ID}.txt`]?.sha256);
    expect(source.publication.passage?.quote.exact).toBe('2013-06-20');
    expect(source.publisher.credit?.passage.position).toEqual({ start: span('رويترز').start, end: span('رويترز').end });
    expect(source.publication.note).toContain('T00:00 is written by convention');
  });

  it('makes a new actor of an accepted candidate, with its mentions, role and aliases found in the text', () => {
    const actor = records<Actor>(outcome().files, 'actors.json').find((a) => a.id === 'hua-chunying');
    expect(actor?.name).toEqual({ ar: 'هوا تشون ينغ', en: 'Hua Chunying' });
    expect(actor?.role).toMatchObject({ ar: 'المتحدثة باسم الوزارة', en: 'Spokeswoman of the ministry' });
    expect(actor?.aliases).toEqual(['هوا تشون ينغ', 'هوا']);
    expect(actor?.mentions.map((m) => m.position.start)).toEqual([span('هوا تشون ينغ').start]);
  });

  it('adds mention passages to existing actors, and only accepted mentions', () => {
    const actors = records<Actor>(outcome().files, 'actors.json');
    const wang = actors.find((a) => a.id === 'wang-yi');
    expect(wang?.mentions.at(-1)).toMatchObject({ source: SOURCE_ID, quote: { exact: 'وانغ يي' } });
    const ministry = actors.find((a) => a.id === 'chinese-foreign-ministry');
    expect(ministry?.mentions.some((m) => m.source === SOURCE_ID)).toBe(false);
  });

  it('makes the event with its fuzzy date anchored on the new source, and its statement', () => {
    const { files } = outcome();
    const event = records<AtharEvent>(files, 'events.json').find((e) => e.id === 'wang-yi-ready-for-dialogue');
    expect(event?.date).toMatchObject({ expression: 'أمس الأربعاء', earliest: '2013-06-19', precision: 'day', anchor: SOURCE_ID, rule: 'yesterday-weekday', basis: 'expression' });
    expect(event?.title.ar.length).toBeGreaterThan(0);
    expect(event?.evidence[0]?.quote.exact).toBe(ARTICLE.split('\n')[0]);
    const statement = records<Statement>(files, 'statements.json').at(-1);
    expect(statement).toMatchObject({ id: `${SOURCE_ID}-statement-ready`, speaker: 'wang-yi', event: 'wang-yi-ready-for-dialogue', reportedBy: 'reuters' });
  });

  it('adds a matching event as evidence of the existing event instead of a duplicate', () => {
    const { files, summary } = outcome();
    const events = records<AtharEvent>(files, 'events.json');
    const before = records<AtharEvent>({}, 'events.json');
    expect(events).toHaveLength(before.length + 1);
    const matched = events.find((e) => e.id === 'working-group-first-meeting');
    expect(matched?.evidence.at(-1)?.quote.exact).toBe(ARTICLE.split('\n')[1]);
    expect(matched?.participants.at(-1)).toEqual({ actor: 'hua-chunying', role: 'source' });
    expect(summary.eventsExtended).toEqual([{ id: 'working-group-first-meeting', evidence: 1, participants: ['hua-chunying'] }]);
  });

  it('counts proposals without a decision as rejected and says so', () => {
    const draft = reviewedDraft();
    delete proposal(draft, 'mention-us', 'mention').decision;
    const result = accept(draft);
    expect(result.ok && result.summary.decisions).toEqual({ accepted: 7, edited: 0, rejected: 1, undecided: 1 });
    expect(result.ok && formatSummary(result.summary).join('\n')).toContain('1 without a decision (treated as rejected)');
  });
});

it('says when an accepted date dates no accepted event, since it then adds nothing', () => {
  const draft = reviewedDraft();
  proposal(draft, 'event-said', 'event').decision = 'rejected';
  proposal(draft, 'statement-ready', 'statement').decision = 'rejected';
  const result = accept(draft);
  expect(result.ok && result.summary.notes).toContainEqual(expect.stringMatching(/^date-yesterday: accepted, but no accepted event is dated by it/));
});

describe('refusing a draft', () => {
  it('refuses a clashing id, naming the proposal', () => {
    const draft = reviewedDraft();
    proposal(draft, 'event-said', 'event').record = { id: 'kerry-wang-yi-meeting' };
    const problems = problemsOf(draft);
    expect(problems).toContainEqual({ proposal: 'event-said', message: expect.stringContaining('clashing id: the event "kerry-wang-yi-meeting" is already in the dataset') });
  });

  it('refuses two new records with the same id', () => {
    const draft = reviewedDraft();
    const meeting = proposal(draft, 'event-meet', 'event');
    meeting.matchesEvent = null;
    meeting.record = { id: 'wang-yi-ready-for-dialogue' };
    expect(problemsOf(draft)).toContainEqual({ proposal: 'event-meet', message: 'clashing id: proposal event-said makes the event "wang-yi-ready-for-dialogue" too; give one of them another id' });
  });

  it('refuses a source that is already in the dataset', () => {
    const draft = reviewedDraft();
    draft.source.id = 'aljazeera-2013-05-15';
    expect(problemsOf(draft)).toContainEqual({ proposal: 'source', message: expect.stringContaining('clashing id: the source "aljazeera-2013-05-15"') });
  });

  it('refuses stale offsets, naming the proposal and what the text reads there', () => {
    const draft = reviewedDraft();
    const mention = proposal(draft, 'mention-wang', 'mention');
    mention.start += 1;
    mention.end += 1;
    const problems = problemsOf(draft);
    expect(problems).toEqual([{ proposal: 'mention-wang', message: expect.stringMatching(/^stale offsets: exact "وانغ يي" is no longer the article text at \[\d+, \d+\)/) }]);
  });

  it('refuses a draft made from another text', () => {
    const draft = reviewedDraft();
    draft.source.sha256 = '0'.repeat(64);
    expect(problemsOf(draft)).toContainEqual({ proposal: 'source', message: expect.stringContaining('is not the text the draft was made from') });
  });

  it('refuses an invalid record, tracing the validator issue to its proposal', () => {
    const draft = reviewedDraft();
    proposal(draft, 'event-said', 'event').type = 'accusation'; // the CAMEO code stays 01, not under 11
    const problems = problemsOf(draft);
    expect(problems).toEqual([{ proposal: 'event-said', message: expect.stringMatching(/^events\.json: \$\[\d+\]\.cameo: The CAMEO code 01 is not under the root code 11/) }]);
  });

  it('refuses a reference to a rejected candidate actor', () => {
    const draft = reviewedDraft();
    proposal(draft, 'actor-hua', 'actor').decision = 'rejected';
    const messages = problemsOf(draft).map((p) => formatProblem(p, 'draft.json'));
    expect(messages).toContain('draft.json: proposal mention-hua: the mention the candidate actor actor-hua was rejected; accept it or name another actor');
    expect(messages.some((m) => m.startsWith('draft.json: proposal event-meet: participant 1'))).toBe(true);
  });

  it('refuses what only a person can write: a missing gloss or English name', () => {
    const draft = reviewedDraft();
    delete proposal(draft, 'statement-ready', 'statement').record;
    proposal(draft, 'actor-hua', 'actor').record = { id: 'hua-chunying' };
    const ids = problemsOf(draft).map((p) => p.proposal);
    expect(ids).toEqual(expect.arrayContaining(['statement-ready', 'actor-hua']));
  });

  it('refuses an event dated by a rejected date proposal, and a statement whose speaker is not a participant', () => {
    const draft = reviewedDraft();
    proposal(draft, 'date-yesterday', 'date').decision = 'rejected';
    proposal(draft, 'statement-ready', 'statement').speakerId = 'china';
    const problems = problemsOf(draft);
    expect(problems).toContainEqual({ proposal: 'event-said', message: expect.stringContaining('which was rejected') });
    expect(problems).toContainEqual({ proposal: 'statement-ready', message: expect.stringContaining('"china" is not a participant') });
  });

  it('refuses a draft nobody reviewed, and a malformed one by proposal', () => {
    const draft = reviewedDraft();
    for (const p of draft.proposals) delete p.decision;
    expect(problemsOf(draft)[0]?.message).toMatch(/^no proposal has a decision yet/);
    const broken = JSON.parse(JSON.stringify(reviewedDraft())) as { proposals: Record<string, unknown>[] };
    (broken.proposals[1] as Record<string, unknown>).decision = 'maybe';
    (broken.proposals[2] as Record<string, unknown>).record = { titel: 'typo' };
    const messages = problemsOf(broken).map((p) => `${p.proposal}: ${p.message}`);
    expect(messages).toEqual([expect.stringMatching(/^mention-wang: decision: /), expect.stringMatching(/^mention-us: record: Unrecognized key: "titel"/)]);
  });
});
