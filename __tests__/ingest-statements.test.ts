/** @jest-environment node */
import path from 'node:path';
import type { Draft, StatementProposal } from '@/lib/ingest/draft';
import { extractDraft } from '@/lib/ingest/extract';
import { loadDataset } from '@/lib/load';

const dataset = loadDataset(path.join(__dirname, '..', 'data'));

function draftOf(text: string, published = '2013-04-13T00:00:00+08:00'): Draft {
  return extractDraft({ text, sourceId: 'test', sha256: '0'.repeat(64), published, actors: dataset.actors, events: dataset.events });
}

const statements = (draft: Draft) => draft.proposals.filter((p): p is StatementProposal => p.kind === 'statement');
const brief = (s: StatementProposal) => ({ exact: s.exact, speakerId: s.speakerId, mode: s.mode, reportedBy: s.reportedBy, addresseeId: s.addresseeId });

describe('statements of the seed articles', () => {
  const seed001 = draftOf(dataset.texts['kerry-beijing-2013-04-13']!);
  const seed000 = draftOf(dataset.texts['aljazeera-2013-05-15']!, '2013-05-15T12:06:00+03:00');

  it('finds every curated statement with its speaker', () => {
    for (const [draft, source] of [[seed000, 'aljazeera-2013-05-15'], [seed001, 'kerry-beijing-2013-04-13']] as const) {
      for (const curated of dataset.statements.filter((s) => s.passage.source === source)) {
        const { start, end } = curated.passage.position;
        const found = statements(draft).filter((s) => s.start < end && start < s.end);
        expect({ id: curated.id, speakers: found.map((s) => s.speakerId) }).toEqual({ id: curated.id, speakers: expect.arrayContaining([curated.speaker]) });
      }
    }
  });

  it('reads Wang relayed by Xinhua, the relay named again as "الوكالة", and Kerry as the addressee', () => {
    const wang = statements(seed001).filter((s) => s.speakerId === 'wang-yi').map(brief);
    expect(wang).toEqual([
      { exact: 'يتعين على الصين والولاياتالمتحدة بذل جهود مشتركة لتأمين الفضاء الإلكتروني', speakerId: 'wang-yi', mode: 'direct-quote', reportedBy: 'xinhua', addresseeId: 'john-kerry' },
      { exact: 'الفضاء الإلكتروني مجال يمكن للدولتين من خلاله تعزيز الثقة المتبادلة ودعم التعاون بينهما', speakerId: 'wang-yi', mode: 'direct-quote', reportedBy: 'xinhua', addresseeId: 'john-kerry' },
      { exact: 'موقف الحكومة الصينية الذي يؤكد معارضة الصين لأى شكل من أشكال الاختراق الإلكتروني', speakerId: 'wang-yi', mode: 'reported-speech', reportedBy: null, addresseeId: 'john-kerry' },
    ]);
  });

  it('reads Hormats’s quoted words, without the quotation marks, as reported by Reuters, to whom he spoke', () => {
    const hormats = statements(seed001).find((s) => s.speakerId === 'robert-hormats')!;
    expect(brief(hormats)).toEqual({
      exact: 'من المهم أن يكون هناك حوار حول هذه القضية لكن من المهم أيضا أن يكون الحوار وسيلة للوصول إلى غاية والغاية هي إنهاء هذه الممارسات فعلياً',
      speakerId: 'robert-hormats',
      mode: 'direct-quote',
      reportedBy: 'reuters',
      addresseeId: 'reuters',
    });
    expect(hormats.reportedByBasis).toBe('addressee');
  });

  it('carries Daniel on through وأوضح, وأضاف, مشيرا and ، وأن, each credited to the article’s wire', () => {
    const daniel = statements(seed000).filter((s) => s.speakerId === 'michael-daniel');
    expect(daniel.map((s) => s.exact)).toEqual([
      'الولايات المتحدة أحرزت تقدما جوهريا في محادثات جرت في الآونة الاخيرة بشأن قضايا أمن الإنترنت والهجمات الإلكترونية مع الصين وروسيا',
      'الصين وافقت على إقامة مجموعة عمل مشتركة مع الولايات المتحدة للتعامل مع قضايا أمن الإنترنت مثل التجسس الإلكتروني',
      'يعملون\u00a0على وضع جدول أعمال',
      'القدرة على مواصلة الحوار مع الروس والصينيين تتحسن مع مرور الوقت',
      'أحد أهداف الولايات المتحدة الرئيسية في هذا الفضاء هو تحسين هذا التعاون الدولي',
    ]);
    expect(daniel.map((s) => s.reportedBy)).toEqual(Array(5).fill('reuters'));
    expect(daniel.map((s) => s.reportedByBasis)).toEqual(Array(5).fill('credit'));
    expect(daniel[3]!.continues).toBe(daniel[2]!.id);
    expect(seed000.source.publisher.credit).toMatchObject({ name: 'رويترز', actorId: 'reuters' });
  });

  it('takes the content before وفق ما قاله and the speaker after it', () => {
    const wang = statements(seed000).find((s) => s.speakerId === 'wang-yi')!;
    // 000 keeps a no-break space after توفير.
    expect(wang.exact).toBe('من المتوقع أن تعمل على توفير\u00a0"فضاء افتراضي آمن" للعمل في كلا البلدين');
    expect(wang.mode).toBe('reported-speech');
  });
});

describe('statements in constructed sentences', () => {
  it('speaker after the verb behind a title; content after a colon is a direct quote', () => {
    const [s] = statements(draftOf('قال وزير الخارجية الأمريكي جون كيري اليوم السبت: إن التعاون ممكن.'));
    expect(brief(s!)).toEqual({ exact: 'التعاون ممكن', speakerId: 'john-kerry', mode: 'direct-quote', reportedBy: null, addresseeId: null });
  });

  it('subject before the verb, and a relay in the same sentence', () => {
    const [s] = statements(draftOf('ونقلت وكالة أنباء الصين الجديدة (شينخوا) أن وزير الخارجية "وانغ يي" قال ل"كيري": إن الحوار مفيد.'));
    expect(brief(s!)).toEqual({ exact: 'الحوار مفيد', speakerId: 'wang-yi', mode: 'direct-quote', reportedBy: 'xinhua', addresseeId: 'john-kerry' });
  });

  it('a state speaking in the present tense; a participle keeping the speaker and taking an addressee', () => {
    const found = statements(draftOf('وتقول الصين إن الهجمات مستمرة، داعية واشنطن إلى الحوار.'));
    expect(found.map(brief)).toEqual([
      { exact: 'الهجمات مستمرة', speakerId: 'china', mode: 'reported-speech', reportedBy: null, addresseeId: null },
      { exact: 'الحوار', speakerId: 'china', mode: 'reported-speech', reportedBy: null, addresseeId: 'united-states' },
    ]);
  });

  it('a candidate speaker from a title', () => {
    const draft = draftOf('وقال المتحدث باسم وزارة الدفاع الصينية يانغ يوي جيون إن الاتهامات باطلة.');
    const [s] = statements(draft);
    expect(s).toMatchObject({ speakerId: null, candidate: 'actor-yangh-yuy-jiun', exact: 'الاتهامات باطلة' });
    expect(draft.proposals.find((p) => p.id === s!.candidate)).toMatchObject({ kind: 'actor', exact: 'يانغ يوي جيون', suggestedId: 'yangh-yuy-jiun' });
  });

  it('no speaker named: the statement stays, flagged for review', () => {
    const [s] = statements(draftOf('وقالت مصادر إن الاجتماع تأجل.'));
    expect(s).toMatchObject({ speakerId: null, candidate: null, warnings: ['No speaker found: name one in review.'] });
  });
});
