/** @jest-environment node */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { anchorRefs, compareNesting, lineCuts, segmentText, splitParagraphs } from '@/components/reader/segments';
import { buildLines, linesText, type HighlightNode } from '@/components/reader/highlight-tree';
import { findPassage, passageAt } from '@/lib/passage';
import type { PassageRef } from '@/lib/query';

const SOURCES_DIR = path.join(__dirname, '..', 'data', 'sources');
const texts = readdirSync(SOURCES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(SOURCES_DIR, file), 'utf8') }));

const ref = (text: string, start: number, end: number, role: PassageRef['role'] = 'evidence', id = `e${start}-${end}`): PassageRef => ({
  passage: passageAt('src', text, start, end),
  owner: { kind: role === 'statement' ? 'statement' : role === 'mention' ? 'actor' : 'event', id },
  role,
});

/** Deterministic pseudo-random spans (a small LCG), so a failure reproduces. */
function randomRefs(text: string, count: number, seed: number): PassageRef[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const roles: PassageRef['role'][] = ['evidence', 'statement', 'mention', 'date', 'role'];
  return Array.from({ length: count }, (_, i) => {
    const start = next(text.length - 1);
    const end = Math.min(text.length, start + 1 + next(200));
    return ref(text, start, end, roles[i % roles.length], `r${i}`);
  });
}

/** Brute force: the refs covering the whole of [start, end), outermost first. */
function covering(refs: PassageRef[], start: number, end: number): PassageRef[] {
  return refs.filter((r) => r.passage.position.start <= start && r.passage.position.end >= end).sort(compareNesting);
}

describe('the real source texts', () => {
  it('are both present', () => {
    expect(texts.map((t) => t.file)).toEqual(['aljazeera-2013-05-15.txt', 'kerry-beijing-2013-04-13.txt']);
  });

  it.each(texts)('$file: segments give the raw text back exactly, with hundreds of overlapping passages', ({ text }) => {
    const refs = randomRefs(text, 400, text.length);
    const segments = segmentText(text, refs);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    let at = 0;
    for (const s of segments) {
      expect(s.start).toBe(at);
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.refs).toEqual(covering(refs, s.start, s.end));
      at = s.end;
    }
    expect(at).toBe(text.length);
  });

  it('keeps the no-break spaces of the Al Jazeera text', () => {
    const file = texts.find((t) => t.file.startsWith('aljazeera'));
    if (!file) throw new Error('missing the Al Jazeera text');
    const { text } = file;
    const nbsp = text.indexOf('\u00a0');
    expect(nbsp).toBeGreaterThan(-1);
    const around = ref(text, nbsp - 5, nbsp + 5);
    const joined = segmentText(text, [around]).map((s) => s.text).join('');
    expect(joined).toBe(text);
    expect(joined.split('\u00a0')).toHaveLength(text.split('\u00a0').length);
    const inside = segmentText(text, [around]).find((s) => s.refs.length === 1);
    expect(inside?.text).toContain('\u00a0');
    expect(inside?.text).toBe(around.passage.quote.exact);
  });

  it.each(texts)('$file: lines keep their offsets and join back with \\n', ({ text }) => {
    const lines = splitParagraphs(text);
    expect(lines.map((l) => l.text).join('\n')).toBe(text);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(lines.length).toBe(text.split('\n').length);
  });

  it('finds a real glued passage of the Beijing text and highlights only it', () => {
    const file = texts.find((t) => t.file.startsWith('kerry'));
    if (!file) throw new Error('missing the Beijing text');
    const p = findPassage('src', file.text, 'ل"كيري"');
    const r: PassageRef = { passage: p, owner: { kind: 'actor', id: 'kerry' }, role: 'mention' };
    const hit = segmentText(file.text, [r]).filter((s) => s.refs.length > 0);
    expect(hit.map((s) => s.text)).toEqual(['ل"كيري"']);
  });
});

describe('segmentText', () => {
  const text = 'abcdefghij';

  it('returns one bare segment when nothing is highlighted', () => {
    expect(segmentText(text, [])).toEqual([{ start: 0, end: 10, text, refs: [] }]);
  });

  it('returns nothing for an empty text', () => {
    expect(segmentText('', [])).toEqual([]);
  });

  it('nests: a mention inside a statement inside evidence, outermost first', () => {
    const evidence = ref(text, 0, 10, 'evidence');
    const statement = ref(text, 2, 8, 'statement');
    const mention = ref(text, 4, 6, 'mention');
    const middle = segmentText(text, [mention, evidence, statement]).find((s) => s.start === 4);
    expect(middle?.refs).toEqual([evidence, statement, mention]);
  });

  it('orders passages of the same range by role: evidence wraps a statement', () => {
    const statement = ref(text, 2, 5, 'statement');
    const evidence = ref(text, 2, 5, 'evidence');
    expect(segmentText(text, [statement, evidence]).find((s) => s.start === 2)?.refs).toEqual([evidence, statement]);
  });

  it('cuts crossing passages where they meet', () => {
    const a = ref(text, 0, 6);
    const b = ref(text, 4, 10);
    expect(segmentText(text, [a, b]).map((s) => [s.text, s.refs.length])).toEqual([
      ['abcd', 1],
      ['ef', 2],
      ['ghij', 1],
    ]);
  });
});

describe('anchorRefs', () => {
  const text = 'قال كيري: نعم';

  it('keeps passages that read their quote and drops the others', () => {
    const good = ref(text, 4, 8, 'mention');
    const drifted: PassageRef = { ...good, passage: { ...good.passage, position: { start: 5, end: 9 } } };
    const outside: PassageRef = { ...good, passage: { ...good.passage, position: { start: 10, end: 99 } } };
    const { anchored, unanchored } = anchorRefs(text, [good, drifted, outside]);
    expect(anchored).toEqual([good]);
    expect(unanchored).toEqual([drifted, outside]);
  });
});

describe('lineCuts', () => {
  it('cuts on both sides of each newline', () => {
    expect(lineCuts('ab\ncd\n\ne')).toEqual([2, 3, 5, 6, 6, 7]);
  });
});

describe('buildLines (the reader\'s highlight tree)', () => {
  /** A compact picture of a tree: text as is, a passage as [id: …], the focus as {…}. */
  const show = (nodes: readonly HighlightNode[]): string =>
    nodes
      .map((n) => (n.type === 'text' ? n.text : n.type === 'focus' ? `{${show(n.children)}}` : `[${n.ref.owner.id}${n.first ? '' : '…'}: ${show(n.children)}]`))
      .join('');
  const text = 'abcdefghij\nklmnop';

  it('nests a passage inside the one that contains it', () => {
    const lines = buildLines(text, [ref(text, 0, 10, 'evidence', 'E'), ref(text, 2, 5, 'mention', 'M')], null);
    expect(show(lines[0]?.nodes ?? [])).toBe('[E: ab[M: cde]fghij]');
  });

  it('splits crossing passages and a passage over a line break into pieces; only the first piece starts the passage', () => {
    const lines = buildLines(text, [ref(text, 0, 6, 'evidence', 'A'), ref(text, 4, 13, 'statement', 'B')], null);
    expect(lines.map((l) => show(l.nodes))).toEqual(['[A: abcd[B: ef]][B…: ghij]', '[B…: kl]mnop']);
  });

  it('wraps a passage of the same range in the focus, and draws a focus no passage has', () => {
    expect(show(buildLines(text, [ref(text, 2, 5, 'mention', 'M')], { start: 2, end: 5 })[0]?.nodes ?? [])).toBe('ab{[M: cde]}fghij');
    expect(show(buildLines(text, [], { start: 8, end: 12 })[0]?.nodes ?? [])).toBe('abcdefgh{ij}');
    expect(buildLines(text, [], { start: 5, end: 99 }).map((l) => show(l.nodes))).toEqual(['abcdefghij', 'klmnop']);
  });

  it.each(texts)('$file: gives the raw text back with hundreds of passages and a focus', ({ text: raw }) => {
    expect(linesText(buildLines(raw, randomRefs(raw, 300, 7), { start: 10, end: 400 }))).toBe(raw);
  });
});
