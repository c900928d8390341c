/** @jest-environment node */
import {
  DEFAULT_VIEW_STATE,
  MAX_PARAMS,
  MAX_VALUE_LENGTH,
  isIsoDay,
  parseViewState,
  serializeViewState,
  withViewState,
  type KnownIds,
  type ViewState,
  hrefWithLang,
  parseLang,
} from '@/lib/url-state';

const known = {
  actorIds: new Set(['john-kerry', 'wang-yi', 'united-states', 'a1']),
  eventIds: new Set(['kerry-wang-yi-meeting', 'us-china-agree-cyber-working-group']),
  statementIds: new Set(['wang-safe-virtual-space', 's1']),
  sourceIds: new Set(['kerry-beijing-2013-04-13', 'aljazeera-2013-05-15']),
  relationTypes: new Set(['accuses', 'meets', 'speaks-to', 'counterpart-of', 'agrees-with']),
  edgeIds: new Set(['john-kerry|wang-yi|meets', 'wang-yi|john-kerry|speaks-to']),
} satisfies KnownIds;

const parse = (query: string) => parseViewState(new URLSearchParams(query), known);

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters that stress URL encoding: Arabic, separators, percent, plus, NBSP, emoji, a lone surrogate. */
const ALPHABET = [...'كيري الولاياتالمتحدة "وانغ" abc XYZ 09 ٠١٢'].concat(['&', '=', '+', '%', '#', '?', ',', '/', '\u00A0', '\n', '😀', '\uD800', 'é']);

function randomState(next: () => number): ViewState {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const maybe = <T,>(items: readonly T[]): T | null => (next() < 0.5 ? null : pick(items));
  const day = () => `${2000 + Math.floor(next() * 30)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  let [from, to] = [next() < 0.5 ? null : day(), next() < 0.5 ? null : day()];
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const types = [...known.relationTypes];
  const relationTypes = next() < 0.3 ? null : types.filter(() => next() < 0.4);
  const q = Array.from({ length: Math.floor(next() * 30) }, () => pick(ALPHABET)).join('');
  const source = maybe([...known.sourceIds]);
  const start = Math.floor(next() * 2000);
  return withViewState(DEFAULT_VIEW_STATE, {
    source,
    passage: source !== null && next() < 0.5 ? { start, end: start + 1 + Math.floor(next() * 300) } : null,
    actor: maybe([...known.actorIds]),
    event: maybe([...known.eventIds]),
    statement: maybe([...known.statementIds]),
    edge: maybe([...known.edgeIds]),
    from,
    to,
    lanes: next() < 0.5 ? 'side' : 'actor',
    relationTypes,
    q: next() < 0.2 ? '' : q,
  });
}

describe('serializeViewState / parseViewState round trip', () => {
  it('gives back every generated state exactly, with no notice, from either input shape', () => {
    const next = rng(20130413);
    for (let i = 0; i < 2000; i++) {
      const state = randomState(next);
      const query = serializeViewState(state);
      const fromParams = parse(query);
      expect({ query, ...fromParams }).toEqual({ query, state, notices: [] });
      // Next.js hands pages a plain record of the same parameters.
      const record = Object.fromEntries(new URLSearchParams(query));
      expect(parseViewState(record, known)).toEqual({ state, notices: [] });
      expect(serializeViewState(fromParams.state)).toBe(query);
    }
  });

  it('writes keys in a fixed order and omits defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    const state = withViewState(DEFAULT_VIEW_STATE, {
      q: 'كيري',
      relationTypes: ['meets', 'accuses', 'meets'],
      lanes: 'actor',
      to: '2013-04-30',
      from: '2013-04-01',
      actor: 'john-kerry',
      source: 'kerry-beijing-2013-04-13',
    });
    expect(serializeViewState(state)).toBe(
      'actor=john-kerry&source=kerry-beijing-2013-04-13&from=2013-04-01&to=2013-04-30&lanes=actor&relations=accuses,meets&q=%D9%83%D9%8A%D8%B1%D9%8A',
    );
    expect(serializeViewState(withViewState(DEFAULT_VIEW_STATE, { relationTypes: [] }))).toBe('relations=');
    expect(parse('relations=').state.relationTypes).toEqual([]);
  });

  it('never throws on a lone surrogate or any other string', () => {
    expect(() => serializeViewState({ ...DEFAULT_VIEW_STATE, q: 'a\uDC00b' })).not.toThrow();
    expect(parse(serializeViewState({ ...DEFAULT_VIEW_STATE, q: 'a\uDC00b' })).state.q).toBe('a\uFFFDb');
  });
});

describe('parseViewState: every bad input is dropped with a notice', () => {
  const cases: [string, string[], Partial<ViewState>][] = [
    ['actor=xyz', ['Unknown actor "xyz" was ignored.'], {}],
    ['event=nope&statement=nada', ['Unknown event "nope" was ignored.', 'Unknown statement "nada" was ignored.'], {}],
    ['source=bbc', ['Unknown source "bbc" was ignored.'], {}],
    ['from=2013-13-01', ['"from" must be a date like 2013-04-13; "2013-13-01" was ignored.'], {}],
    ['to=2013-02-29', ['"to" must be a date like 2013-04-13; "2013-02-29" was ignored.'], {}],
    ['from=13-04-2013&to=2013-04-13', ['"from" must be a date like 2013-04-13; "13-04-2013" was ignored.'], { to: '2013-04-13' }],
    ['from=yesterday', ['"from" must be a date like 2013-04-13; "yesterday" was ignored.'], {}],
    ['from=2013-05-15&to=2013-04-13', ['"from" is after "to"; the window was ignored.'], {}],
    ['lanes=grid', ['"lanes" must be "side" or "actor"; "grid" was ignored.'], {}],
    ['relations=meets,hugs', ['Unknown relation type "hugs" was ignored.'], { relationTypes: ['meets'] }],
    [
      'relations=hugs',
      ['Unknown relation type "hugs" was ignored.', 'No known relation type was left in "relations"; all relation types are shown.'],
      { relationTypes: null },
    ],
    ['utm_source=x&actor=a1', ['Unknown parameter "utm_source" was ignored.'], { actor: 'a1' }],
    ['actor=a1&actor=john-kerry', ['"actor" was given 2 times; only the first value was used.'], { actor: 'a1' }],
    [`q=${'ك'.repeat(MAX_VALUE_LENGTH + 1)}`, [`"q" is longer than ${MAX_VALUE_LENGTH} characters and was ignored.`], {}],
    [`actor=${'a'.repeat(5000)}`, [`"actor" is longer than ${MAX_VALUE_LENGTH} characters and was ignored.`], {}],
  ];
  const named = cases.map(([query, ...rest]) => [query.length > 60 ? `${query.slice(0, 40)}…` : query, query, ...rest] as const);
  it.each(named)('%s', (_name, query, notices, expected) => {
    const result = parse(query);
    expect(result.notices).toEqual(notices);
    expect(result.state).toEqual({ ...DEFAULT_VIEW_STATE, ...expected });
  });

  it('accepts a valid day, a one-day window and a leap day', () => {
    expect(parse('from=2012-02-29&to=2012-02-29').state).toMatchObject({ from: '2012-02-29', to: '2012-02-29' });
    expect(isIsoDay('2000-02-29')).toBe(true);
    expect(isIsoDay('1900-02-29')).toBe(false);
    expect(isIsoDay('2013-04-31')).toBe(false);
    expect(isIsoDay('2013-4-1')).toBe(false);
  });

  it('treats empty values as the default, silently', () => {
    expect(parse('actor=&from=&lanes=&q=')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });

  it('reads only the first parameters of a huge address, with one notice', () => {
    const query = Array.from({ length: 500 }, (_, i) => `p${i}=x`).join('&') + '&actor=a1';
    const { state, notices } = parse(query);
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(notices[0]).toBe(`The address has 501 parameters; only the first ${MAX_PARAMS} were read.`);
    expect(notices).toHaveLength(MAX_PARAMS + 1);
  });

  it('shortens long or multi-line values inside notices', () => {
    const { notices } = parse(`actor=${encodeURIComponent('x\n'.repeat(60))}`);
    expect(notices[0]).toMatch(/^Unknown actor "(x ){19}x…" was ignored\.$/);
  });

  it('takes a record with arrays and undefined, as Next.js gives it', () => {
    const { state, notices } = parseViewState({ actor: ['wang-yi', 'a1'], event: undefined, lanes: 'actor' }, known);
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, actor: 'wang-yi', lanes: 'actor' });
    expect(notices).toEqual(['"actor" was given 2 times; only the first value was used.']);
  });

  it('never throws and always returns a usable state, whatever the input', () => {
    const next = rng(7);
    const names = ['actor', 'event', 'statement', 'source', 'from', 'to', 'lanes', 'relations', 'q', 'x'];
    for (let i = 0; i < 500; i++) {
      const params = new URLSearchParams();
      for (let k = 0; k < 6; k++) {
        const value = Array.from({ length: Math.floor(next() * 12) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
        params.append(names[Math.floor(next() * names.length)] as string, value);
      }
      const { state } = parseViewState(params, known);
      expect(state.lanes === 'side' || state.lanes === 'actor').toBe(true);
      for (const id of [state.actor, state.event, state.statement, state.source]) {
        if (id !== null) expect([...known.actorIds, ...known.eventIds, ...known.statementIds, ...known.sourceIds]).toContain(id);
      }
      if (state.from !== null && state.to !== null) expect(state.from <= state.to).toBe(true);
    }
  });
});

describe('withViewState', () => {
  it('applies a patch, keeps relation types canonical and ignores undefined fields', () => {
    const s = withViewState(DEFAULT_VIEW_STATE, { actor: 'a1', relationTypes: ['meets', 'accuses', 'accuses'] });
    expect(s).toEqual({ ...DEFAULT_VIEW_STATE, actor: 'a1', relationTypes: ['accuses', 'meets'] });
    expect(withViewState(s, { actor: undefined })).toBe(s);
    expect(withViewState(s, { actor: null }).actor).toBeNull();
  });

  it('returns the same object when nothing changes', () => {
    const s = withViewState(DEFAULT_VIEW_STATE, { relationTypes: ['meets'] });
    expect(withViewState(s, { relationTypes: ['meets'] })).toBe(s);
    expect(withViewState(s, {})).toBe(s);
    expect(withViewState(s, { q: 'x' })).not.toBe(s);
  });

  it('cuts the search text to what an address keeps', () => {
    expect(withViewState(DEFAULT_VIEW_STATE, { q: 'ك'.repeat(500) }).q).toHaveLength(MAX_VALUE_LENGTH);
  });
});

describe('graph edge selection', () => {
  it('keeps a known edge id, with its pipes, through the URL', () => {
    const state = withViewState(DEFAULT_VIEW_STATE, { edge: 'john-kerry|wang-yi|meets' });
    const query = serializeViewState(state);
    expect(query).toBe('edge=john-kerry%7Cwang-yi%7Cmeets');
    expect(parse(query)).toEqual({ state, notices: [] });
  });
  it('ignores an unknown edge with a notice', () => {
    const { state, notices } = parse('edge=a%7Cb%7Cmeets');
    expect(state.edge).toBeNull();
    expect(notices).toEqual(['Unknown graph edge "a|b|meets" was ignored.']);
  });
});

describe('opened passage', () => {
  it('round-trips start-end offsets within a source', () => {
    const state = withViewState(DEFAULT_VIEW_STATE, { source: 'aljazeera-2013-05-15', passage: { start: 228, end: 320 } });
    const query = serializeViewState(state);
    expect(query).toBe('source=aljazeera-2013-05-15&passage=228-320');
    expect(parse(query)).toEqual({ state, notices: [] });
  });
  it('ignores malformed offsets and a passage without a source, saying why', () => {
    expect(parse('source=aljazeera-2013-05-15&passage=320-228').notices).toEqual([
      '"passage" must be two offsets like 120-180; "320-228" was ignored.',
    ]);
    expect(parse('passage=1-2')).toEqual({ state: DEFAULT_VIEW_STATE, notices: ['"passage" needs a "source" to point into; it was ignored.'] });
  });
});

describe('the interface language in the URL', () => {
  it('reads lang=ar, keeps it through serialising, and leaves English out of the address', () => {
    const { state, notices } = parse('actor=john-kerry&lang=ar');
    expect(state.lang).toBe('ar');
    expect(notices).toEqual([]);
    expect(serializeViewState(withViewState(state, { event: null }))).toBe('actor=john-kerry&lang=ar');
    expect(serializeViewState(withViewState(state, { lang: 'en' }))).toBe('actor=john-kerry');
  });

  it('ignores an unknown language with a notice and shows English', () => {
    const { state, notices } = parse('lang=fr');
    expect(state.lang).toBe('en');
    expect(notices).toEqual(['"lang" must be "ar" or "en"; "fr" was ignored.']);
  });

  it('puts the language on internal links, keeping their parameters and fragment', () => {
    expect(hrefWithLang('/actors/john-kerry', 'ar')).toBe('/actors/john-kerry?lang=ar');
    expect(hrefWithLang('/?from=2013-04-01&to=2013-04-30#x', 'ar')).toBe('/?from=2013-04-01&to=2013-04-30&lang=ar#x');
    expect(hrefWithLang('/briefing/b?lang=ar&step=2', 'en')).toBe('/briefing/b?step=2');
    expect(hrefWithLang('https://example.org/', 'ar')).toBe('https://example.org/');
    expect(hrefWithLang('#main', 'ar')).toBe('#main');
    expect(parseLang('ar')).toBe('ar');
    expect(parseLang(null)).toBe('en');
    expect(parseLang('AR')).toBe('en');
  });
});
