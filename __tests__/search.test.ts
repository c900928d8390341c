/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { findPassage } from '@/lib/passage';
import type { Actor, AtharEvent, Dataset, Statement } from '@/lib/schema';
import { buildSearchIndex, search, MAX_QUERY_LENGTH, SCORES, type SearchResult } from '@/lib/search';

/** A short text written like the real articles: glued الولاياتالمتحدة, final ى, quoted names after ل. */
const TEXT =
  'قال وزير الخارجية الأمريكي جون كيري اليوم السبت: إن الصين والولاياتالمتحدة اتفقتا على تشكيل مجموعة عمل. ' +
  'وقال وزير الخارجية الصينى "وانغ يي" ل "كيري" في اجتماعهما إن التعاون مهم. وكرر "وانغ" ل"كيري" موقف الحكومة. ' +
  'وقال مسؤول في البيت\u00A0الأبيض إن أوباما يضغط على بكين لكيري. وقدم تقريرا للحكومة.';
const SRC = 'mini';
const p = (exact: string, occurrence?: number) => findPassage(SRC, TEXT, exact, occurrence);

function actor(id: string, en: string, ar: string, aliases: string[], role: Actor['role'] = null): Actor {
  return { id, name: { en, ar }, aliases, kind: 'person', country: null, affiliation: null, role, mentions: [p('قال', 0)], analystNotes: [] };
}

function event(id: string, en: string, ar: string, summary: string, evidence: string[]): AtharEvent {
  return {
    id, type: 'statement', cameo: '01', status: 'occurred', title: { en, ar }, summary,
    date: { expression: 'اليوم السبت', passage: p('اليوم السبت'), edtf: '2013-04-13', earliest: '2013-04-13', latest: '2013-04-13', precision: 'day', anchor: SRC, rule: 'test', basis: 'expression' },
    participants: [{ actor: 'kerry', role: 'source' }], evidence: evidence.map((e) => p(e)), analystNotes: [],
  };
}

function statement(id: string, speaker: string, exact: string, gloss: string): Statement {
  return { id, speaker, addressee: null, event: 'agree', passage: p(exact), gloss, mode: 'reported-speech', reportedBy: null };
}

function dataset(): Dataset {
  return {
    sources: [], texts: { [SRC]: TEXT }, relations: [], briefings: [],
    actors: [
      actor('wang', 'Wang Yi', 'وانغ يي', ['وانغ يي', '"وانغ يي"', 'وانغ']),
      actor('kerry', 'John Kerry', 'جون كيري', ['جون كيري', 'كيري', '"كيري"'], { ar: 'وزير الخارجية الأمريكي', en: 'US Secretary of State', evidence: [p('وزير الخارجية الأمريكي')] }),
      actor('us', 'United States', 'الولاياتالمتحدة', ['الولاياتالمتحدة']),
      actor('white-house', 'White House', 'البيت\u00A0الأبيض', ['البيت\u00A0الأبيض']),
      actor('obama', 'Barack Obama', 'أوباما', ['أوباما']),
      actor('kerry-fan-club', 'Kerry Fan Club', 'نادي محبي كيري', ['نادي محبي كيري']),
    ],
    events: [
      event('wang-repeats', 'Wang repeats the position to Kerry', 'وانغ يكرر الموقف لكيري', 'Wang repeated the government position.', [
        'وزير الخارجية الصينى "وانغ يي" ل "كيري"',
        'وكرر "وانغ" ل"كيري" موقف الحكومة',
      ]),
      event('agree', 'The United States and China agree on a working group', 'الولايات المتحدة والصين تتفقان على مجموعة عمل', 'Kerry announced the group.', ['إن الصين والولاياتالمتحدة اتفقتا على تشكيل مجموعة عمل']),
      event('pressure', 'Obama presses Beijing', 'أوباما يضغط على بكين', 'Pressure on Beijing.', ['إن أوباما يضغط على بكين لكيري']),
    ],
    statements: [
      statement('s-wang', 'wang', 'إن التعاون مهم', 'that cooperation matters'),
      statement('s-kerry', 'kerry', 'إن الصين والولاياتالمتحدة اتفقتا على تشكيل مجموعة عمل', 'China and the United States agreed to form a working group'),
      statement('s-spaced', 'wang', 'قال وزير الخارجية الصينى "وانغ يي" ل "كيري"', 'Wang Yi said to Kerry'),
      statement('s-glued', 'wang', 'وكرر "وانغ" ل"كيري" موقف الحكومة', 'Wang repeated to Kerry'),
      statement('s-contracted', 'obama', 'وقدم تقريرا للحكومة', 'and presented a report to the government'),
    ],
  };
}

const index = buildSearchIndex(dataset());
const find = (q: string, limit?: number) => search(index, q, limit === undefined ? {} : { limit });
const ids = (results: SearchResult[]) => results.map((r) => `${r.kind}:${r.id}`);
const hitOf = (r: SearchResult) => r.snippet.slice(r.highlight.start, r.highlight.end);

describe('search: what is found', () => {
  it('returns nothing for an empty, blank or punctuation-only query, or a zero limit', () => {
    for (const q of ['', '   ', '\u00A0\n', '"،.؟!', 'ـ']) expect(find(q)).toEqual([]);
    expect(find('كيري', 0)).toEqual([]);
  });

  it('finds an actor by Arabic name, English name (any case) and every alias, as an exact match', () => {
    for (const q of ['جون كيري', 'john kerry', 'JOHN KERRY', 'كيري', '"كيري"', 'وانغ', 'Wang Yi']) {
      const top = find(q)[0];
      expect(top?.score).toBe(SCORES.exact);
      expect(top?.kind).toBe('actor');
    }
    expect(find('كيري')[0]?.id).toBe('kerry');
  });

  it('matches across hamza, ta marbuta, alef maqsura, diacritics and no-break spaces', () => {
    expect(find('اوباما')[0]?.id).toBe('obama');
    expect(find('أُوبَامَا')[0]?.id).toBe('obama');
    expect(find('البيت الابيض')[0]).toMatchObject({ id: 'white-house', score: SCORES.exact });
    const chinese = find('الصيني').find((r) => r.id === 'wang-repeats');
    expect(hitOf(chinese as SearchResult)).toBe('الصينى');
    expect(ids(find('مجموعه عمل'))).toContain('event:agree');
  });

  it('finds "الولايات المتحدة" in the glued الولاياتالمتحدة and the other way round', () => {
    expect(find('الولايات المتحدة')[0]).toMatchObject({ kind: 'actor', id: 'us', score: SCORES.exact });
    expect(find('الولاياتالمتحدة')[1]).toMatchObject({ kind: 'event', id: 'agree', score: SCORES.prefix, field: 'title' });
    // The statement only has the glued form, in its passage.
    const glued = find('الولايات المتحدة').find((r) => r.id === 's-kerry');
    expect(glued).toMatchObject({ score: SCORES.gluedText, field: 'passage' });
    expect(hitOf(glued as SearchResult)).toBe('الولاياتالمتحدة');
  });

  it('finds a name behind an attached prefix and quotes: ل "كيري", ل"كيري", لكيري', () => {
    const results = find('كيري');
    const repeat = results.find((r) => r.id === 'wang-repeats');
    expect(repeat).toMatchObject({ kind: 'event', score: SCORES.nameWords });
    for (const id of ['s-spaced', 's-glued']) {
      const r = results.find((x) => x.id === id) as SearchResult;
      expect(r).toMatchObject({ kind: 'statement', score: SCORES.words, field: 'passage' });
      expect(hitOf(r)).toBe('كيري');
      expect(TEXT.slice(r.source?.start, r.source?.end)).toBe('كيري');
      expect(TEXT.slice((r.source?.start ?? 0) - 3, r.source?.start)).toMatch(/(ل "|ل")$/);
    }
    const pressure = results.find((r) => r.id === 'pressure');
    expect(pressure).toMatchObject({ score: SCORES.words, field: 'evidence' });
    expect(hitOf(pressure as SearchResult)).toBe('لكيري');
  });

  it('finds a word with the article where the text only has it after لل: الحكومة finds للحكومة', () => {
    const r = find('الحكومة').find((x) => x.id === 's-contracted');
    expect(r).toMatchObject({ kind: 'statement', score: SCORES.words, field: 'passage' });
    expect(hitOf(r as SearchResult)).toBe('للحكومة');
  });

  it('finds events by evidence and statements by passage, gloss and speaker, with source offsets', () => {
    const byGloss = find('cooperation').find((r) => r.id === 's-wang');
    expect(byGloss).toMatchObject({ kind: 'statement', field: 'gloss', source: null });
    const bySpeaker = find('Wang Yi').find((r) => r.id === 's-wang');
    expect(bySpeaker).toMatchObject({ field: 'speaker', score: SCORES.words });
    const byEvidence = find('موقف الحكومة').find((r) => r.id === 'wang-repeats');
    expect(byEvidence?.field).toBe('evidence');
    expect(byEvidence?.source).not.toBeNull();
    const { id, start, end } = byEvidence?.source ?? { id: '', start: 0, end: 0 };
    expect(id).toBe(SRC);
    expect(TEXT.slice(start, end)).toBe('موقف الحكومة');
  });

  it('finds an actor by role as text', () => {
    expect(find('Secretary of State')[0]).toMatchObject({ id: 'kerry', field: 'role', score: SCORES.words });
  });

  it('survives regular-expression characters and over-long queries', () => {
    expect(find('(كيري)*[')[0]?.id).toBe('kerry');
    expect(find('a'.repeat(MAX_QUERY_LENGTH * 50))).toEqual([]);
    expect(find('كيري'.repeat(1000))).toEqual([]);
  });
});

describe('search: ranking and results', () => {
  it('ranks exact > prefix > words in names > words anywhere > glued', () => {
    const results = find('كيري');
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(results[0]).toMatchObject({ id: 'kerry', score: SCORES.exact });
    expect(find('جون')[0]).toMatchObject({ id: 'kerry', score: SCORES.prefix });
    // A name containing the word ranks above texts that contain it.
    expect(results.find((r) => r.id === 'kerry-fan-club')?.score).toBe(SCORES.nameWords);
    expect(find('ولاياتالمتح').map((r) => r.score)).toContain(SCORES.gluedName);
  });

  it('breaks ties by kind (actor, event, statement), then id, whatever the input order', () => {
    const shuffled = dataset();
    shuffled.actors.reverse();
    shuffled.events.reverse();
    shuffled.statements.reverse();
    const again = buildSearchIndex(shuffled);
    for (const q of ['كيري', 'Kerry', 'الولايات المتحدة', 'مجموعة', 'ا', 'Wang']) {
      const results = find(q, 100);
      expect(search(again, q, { limit: 100 })).toEqual(results);
      for (let i = 1; i < results.length; i++) {
        const [a, b] = [results[i - 1] as SearchResult, results[i] as SearchResult];
        if (a.score !== b.score) continue;
        const order = ['actor', 'event', 'statement'];
        const key = (r: SearchResult) => `${order.indexOf(r.kind)}:${r.id}`;
        expect(key(a) < key(b)).toBe(true);
      }
    }
  });

  it('honours the limit and labels in the language of the query', () => {
    expect(find('ا', 2)).toHaveLength(2);
    expect(find('ا').length).toBeLessThanOrEqual(20);
    expect(find('كيري')[0]?.label).toBe('جون كيري');
    expect(find('john kerry')[0]?.label).toBe('John Kerry');
    const statementLabel = find('cooperation').find((r) => r.kind === 'statement')?.label;
    expect(statementLabel).toBe('Wang Yi: that cooperation matters');
  });

  it('gives a snippet of raw words around the hit, marked by highlight', () => {
    const r = find('الحكومة').find((x) => x.id === 'wang-repeats') as SearchResult;
    expect(hitOf(r)).toBe('الحكومة');
    expect(r.snippet).toBe('وكرر "وانغ" ل"كيري" موقف الحكومة');
    const title = find('البيت الأبيض')[0] as SearchResult;
    expect(title.snippet).toBe('البيت الأبيض');
  });
});

describe('search at scale', () => {
  // Speed is measured by scripts/bench-search.ts (bench/search.json), never here:
  // this checks only that ranking still holds when the index is large.
  it('ranks the named actor first among 100,000 events', () => {
    const big = dataset();
    const base = big.events;
    big.events = Array.from({ length: 100_000 }, (_, i) => ({ ...(base[i % base.length] as AtharEvent), id: `e-${i}` }));
    const large = buildSearchIndex(big);
    const results = search(large, 'الولايات المتحدة', { limit: 20 });
    expect(results).toHaveLength(20);
    expect(results[0]?.id).toBe('us');
  }, 60_000);
});

describe('search over the real dataset', () => {
  // Read with fs + JSON.parse, not the app's loader: these tests only need the records.
  const DATA = path.join(__dirname, '..', 'data');
  const hasData = fs.existsSync(path.join(DATA, 'actors.json'));
  const read = <T,>(file: string): T[] =>
    fs.existsSync(path.join(DATA, file)) ? (JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as T[]) : [];
  const real = (): Dataset => ({
    sources: [], texts: {}, relations: [], briefings: [],
    actors: read<Actor>('actors.json'), events: read<AtharEvent>('events.json'), statements: read<Statement>('statements.json'),
  });

  (hasData ? it : it.skip)('finds every actor by each of its names and every event by its titles', () => {
    const data = real();
    const idx = buildSearchIndex(data);
    const exactHit = (q: string, kind: string, id: string) =>
      search(idx, q, { limit: 500 }).some((r) => r.kind === kind && r.id === id && r.score === SCORES.exact);
    for (const a of data.actors) {
      for (const q of [a.name.ar, a.name.en, ...a.aliases]) expect([q, exactHit(q, 'actor', a.id)]).toEqual([q, true]);
    }
    for (const e of data.events) {
      for (const q of [e.title.ar, e.title.en]) expect([q, exactHit(q, 'event', e.id)]).toEqual([q, true]);
    }
    // The glued spelling of the Kerry article finds the United States by its spaced name, and back.
    const us = data.actors.find((a) => a.aliases.includes('الولاياتالمتحدة'));
    expect(us).toBeDefined();
    expect(search(idx, 'الولايات المتحدة')[0]?.id).toBe(us?.id);
    expect(search(idx, 'الولاياتالمتحدة')[0]?.id).toBe(us?.id);
  });

  (hasData ? it : it.skip)('points every passage hit at the same characters in the raw source text', () => {
    const idx = buildSearchIndex(real());
    // Source ids name their text files (data/sources/<id>.txt).
    const textOf = (id: string) => fs.readFileSync(path.join(DATA, 'sources', `${id}.txt`), 'utf8');
    let checked = 0;
    for (const q of ['كيري', 'الصيني', 'الولايات المتحدة', 'اختراق', 'وانغ']) {
      for (const r of search(idx, q, { limit: 50 })) {
        if (r.source === null) continue;
        expect(textOf(r.source.id).slice(r.source.start, r.source.end).replace(/\s+/g, ' ')).toBe(hitOf(r));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
