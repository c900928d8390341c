/** @jest-environment node */
/**
 * The extraction rules added for the held-out misses (issue 6, measured
 * quality): more verbs of saying, sources without a verb, speakers named again
 * by title or by the verb alone, persons introduced without a title, capitals
 * for their states. A sentence in, the speaker / mention out.
 */
import path from 'node:path';
import { withCapitals } from '@/lib/ingest/capitals';
import type { ActorProposal, Draft, MentionProposal, StatementProposal } from '@/lib/ingest/draft';
import { extractDraft } from '@/lib/ingest/extract';
import { findMentions } from '@/lib/ingest/mentions';
import { scanText } from '@/lib/ingest/text-scan';
import { couldBeNameWord } from '@/lib/ingest/untitled-names';
import { loadDataset } from '@/lib/load';
import { normalizeArabic } from '@/lib/arabic';

const dataset = loadDataset(path.join(__dirname, '..', 'data'));

function draftOf(text: string): Draft {
  return extractDraft({ text, sourceId: 'test', sha256: '0'.repeat(64), published: '2013-06-24', actors: dataset.actors, events: dataset.events });
}
const names = (d: Draft) => new Map(d.proposals.filter((p): p is ActorProposal => p.kind === 'actor').map((a) => [a.id, a.name.ar]));
/** `[exact, speaker]` of every statement; a candidate speaker by its name. */
function said(text: string): [string, string | null][] {
  const d = draftOf(text);
  const candidate = names(d);
  return d.proposals.filter((p): p is StatementProposal => p.kind === 'statement').map((s) => [s.exact, s.speakerId ?? (s.candidate ? `candidate:${candidate.get(s.candidate)}` : null)]);
}
/** `[exact, actor]` of every mention. */
function mentioned(text: string): [string, string | null][] {
  const d = draftOf(text);
  const candidate = names(d);
  return d.proposals.filter((p): p is MentionProposal => p.kind === 'mention').map((m) => [m.exact, m.actorId ?? `candidate:${candidate.get(m.candidate ?? '')}`]);
}

describe('verbs of saying beyond the first list', () => {
  it('انتقدت with its object as the words, after the speaker and a date', () => {
    expect(said('انتقدت الولايات المتحدة اليوم الاثنين قرار الصين.')).toEqual([['قرار الصين', 'united-states']]);
  });

  it('ردت … بأن, and a participle carrying the speaker on', () => {
    expect(said('وردت الصين بأن الاتهامات "لا أساس لها"، مضيفة أن بكين تحترم القانون.')).toEqual([
      ['الاتهامات "لا أساس لها"', 'china'],
      ['بكين تحترم القانون', 'china'],
    ]);
  });

  it('كشف … عن, رحبت … ب, هدد ب, قائلا', () => {
    expect(said('وكشف كيري عن خطة جديدة للحوار.')).toEqual([['خطة جديدة للحوار', 'john-kerry']]);
    expect(said('ورحبت روسيا بالاتفاق بين البلدين.')).toEqual([['بالاتفاق بين البلدين', 'russia']]);
    expect(said('وهددت الولايات المتحدة بفرض عقوبات.')).toEqual([['بفرض عقوبات', 'united-states']]);
    expect(said('وعلق كيري على الاجتماع قائلا إن الحوار مفيد.')).toEqual([['الحوار مفيد', 'john-kerry']]);
  });

  it('أبلغ: the first person named speaks, the second is told', () => {
    const d = draftOf('وأبلغ وزير الخارجية الصيني وانغ يي نظيره الأمريكي جون كيري أن الصين مستعدة للحوار.');
    const [s] = d.proposals.filter((p): p is StatementProposal => p.kind === 'statement');
    expect([s?.exact, s?.speakerId, s?.addresseeId]).toEqual(['الصين مستعدة للحوار', 'wang-yi', 'john-kerry']);
  });

  it('leaves out forms that are more often another word (مجدداً = again)', () => {
    expect(said('وأكد كيري مجددا أن الحوار مستمر.')).toEqual([['الحوار مستمر', 'john-kerry']]);
  });
});

describe('sources without a verb', () => {
  it('بحسب X at the end: the clause before is X’s', () => {
    expect(said('الحوار سيستأنف قريبا، بحسب وزارة الخارجية الأمريكية.')).toEqual([['الحوار سيستأنف قريبا', 'us-state-department']]);
  });

  it('وفقا لـX opening the sentence: the words after the comma', () => {
    expect(said('ووفقا لرويترز، فإن الجانبين اتفقا على اللقاء.')).toEqual([['الجانبين اتفقا على اللقاء', 'reuters']]);
  });

  it('بحسب after a statement of the sentence relays it, it adds no statement', () => {
    expect(said('وقال كيري إن الحوار مفيد، بحسب رويترز.')).toEqual([['الحوار مفيد', 'john-kerry']]);
  });

  it('على حد قوله: the words are the last speaker’s', () => {
    expect(said('وقال كيري إن الحوار مفيد. والصين شريك صعب، على حد قوله.')).toEqual([
      ['الحوار مفيد', 'john-kerry'],
      ['والصين شريك صعب', 'john-kerry'],
    ]);
  });
});

describe('speakers named again without their name', () => {
  it('a bare title after the verb is the person named with that title before', () => {
    const text = 'وقال وزير الخارجية الأمريكي جون كيري إن الحوار مفيد. وتحدث آخرون عن الاجتماع. وقال الوزير إن الصين شريك.';
    expect(said(text).at(-1)).toEqual(['الصين شريك', 'john-kerry']);
  });

  it('a nisba after the title picks the person whose title had it', () => {
    const text = 'والتقى وزير الخارجية الصيني وانغ يي وزير الخارجية الأمريكي جون كيري. وقال الوزير الصيني إن الحوار مفيد.';
    expect(said(text)).toEqual([['الحوار مفيد', 'wang-yi']]);
  });

  it('a verb with nothing before its words (وقال إن) keeps the speaker of the sentence before', () => {
    expect(said('وقال كيري إن الحوار مفيد. وقال إن الصين شريك.')).toEqual([
      ['الحوار مفيد', 'john-kerry'],
      ['الصين شريك', 'john-kerry'],
    ]);
  });
});

describe('persons introduced without a title', () => {
  const text = 'وسمحت السلطات للمتعاقد السابق مع وكالة الأمن القومي الأمريكية إدوارد سنودن بمغادرة هونغ كونغ. وكان سنودن قد كشف أن الولايات المتحدة تتجسس على الصين. وغادر هونغ كونغ أمس.';

  it('a two-word name after a nisba description whose surname comes again alone, with its later mentions and words', () => {
    expect(mentioned(text).filter(([, who]) => who?.startsWith('candidate:'))).toEqual([
      ['إدوارد سنودن', 'candidate:إدوارد سنودن'],
      ['سنودن', 'candidate:إدوارد سنودن'],
    ]);
    expect(said(text)).toEqual([['الولايات المتحدة تتجسس على الصين', 'candidate:إدوارد سنودن']]);
  });

  it('no name from a phrase that recurs only whole (هونغ كونغ), an unnamed source, a title or a quantifier', () => {
    expect(mentioned('وقال مسؤول أمريكي إن المسؤول عاد. وقال نائب وزير الخارجية إن الوزير عاد. وعارضت الصين لأي شكل من الأشكال، وبشكل واضح.').filter(([, who]) => who?.startsWith('candidate:'))).toEqual([]);
    expect(['ادوارد', 'سنودن'].map(couldBeNameWord)).toEqual([true, true]);
    expect(['امريكي', 'مسؤول', 'الامريكيه', 'عمليات', 'لها', 'وزير', 'ونايب', 'لاي'].map((w) => couldBeNameWord(normalizeArabic(w)))).toEqual(Array(8).fill(false));
  });

  it('a title head glued to و ends a titled name (جاك ليو ومستشار …)', () => {
    const d = draftOf('ويبحث وزير الخزانة جاك ليو ومستشار الدولة يانغ جيه تشي الملف.');
    expect([...names(d).values()]).toEqual(['جاك ليو', 'يانغ جيه تشي']);
  });
});

describe('capitals for their states', () => {
  it('موسكو is Russia where it acts, the city after في / وفي, and the dataset’s own aliases stay as they are', () => {
    const actors = withCapitals(dataset.actors);
    const found = (text: string) => findMentions(scanText(text), actors).map((m) => [m.actorId, text.slice(m.start, m.end)]);
    expect(found('من موقف بكين وموسكو')).toEqual([
      ['china', 'بكين'],
      ['russia', 'موسكو'],
    ]);
    expect(found('اجتمعا في موسكو وفي بكين')).toEqual([]);
    expect(actors.find((a) => a.id === 'united-states')?.aliases.filter((a) => a === 'واشنطن')).toHaveLength(1);
    expect(actors.find((a) => a.id === 'russia')?.aliases).toContain('موسكو');
  });

  it('the dateline city is still where the report was filed, not the state', () => {
    expect(mentioned('موسكو 2013-06-24 (رويترز) - قالت روسيا إن الحوار مفيد.').map(([, who]) => who)).toEqual(['reuters', 'russia']);
  });
});
