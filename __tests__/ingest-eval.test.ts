/** @jest-environment node */
import path from 'node:path';
import { loadCorpus, runCorpus } from '@/lib/ingest/corpus';
import { extractDraft } from '@/lib/ingest/extract';
import { locate, summarise } from '@/lib/ingest/evaluate';
import { compareWithCurated, README_EXPRESSIONS, reproducesExpression, SEED_NOTES } from '@/lib/ingest/seed-compare';
import { loadDataset } from '@/lib/load';

const dataset = loadDataset(path.join(__dirname, '..', 'data'));
const corpus = loadCorpus(path.join(__dirname, 'fixtures', 'ingest-corpus'));
const run = runCorpus(corpus, dataset);
const development = run.articles.filter((a) => a.split === 'development');
const formerly = run.articles.filter((a) => a.split === 'formerly-held-out');
const heldOut = run.articles.filter((a) => a.split === 'held-out');

describe('the test corpus', () => {
  it('has five development articles, two formerly held out and one held out, each of 5–12 sentences', () => {
    expect(development).toHaveLength(5);
    expect(formerly.map((a) => a.article)).toEqual(['snowden-2013-06-24.txt', 'working-group-2013-07-09.txt']);
    expect(heldOut.map((a) => a.article)).toEqual(['heldout-donilon-2013-03-12.txt']);
    for (const { text } of corpus.articles) {
      const sentences = text.split(/[.؟!]\s*\n?/).filter((s) => s.trim().length > 20);
      expect(sentences.length).toBeGreaterThanOrEqual(5);
      expect(sentences.length).toBeLessThanOrEqual(12);
    }
  });

  it('has gold that anchors on its text and names known actors', () => {
    const ids = new Set([...dataset.actors, ...corpus.actors].map((a) => a.id));
    for (const { name, text, gold } of corpus.articles) {
      for (const ref of [...gold.dates, ...gold.mentions, ...gold.statements]) expect(() => locate(text, ref, name)).not.toThrow();
      for (const m of gold.mentions) expect(m.actorId === undefined ? m.candidate : ids.has(m.actorId)).toBeTruthy();
      for (const s of gold.statements) expect(s.speakerId === undefined ? s.speakerCandidate : ids.has(s.speakerId)).toBeTruthy();
    }
  });
});

describe('measured quality (npm run eval:ingest)', () => {
  const numbers = (score: ReturnType<typeof summarise>) => [score.dates, score.mentionPrecision, score.mentionRecall, score.speakers];

  it('meets every target of issue 6 on all eight articles together', () => {
    expect(run.overall.targets.map((t) => [t.name, t.pass])).toEqual([
      ['dates exact interval', true],
      ['mention recall', true],
      ['mention precision', true],
      ['speaker attribution recall', true],
    ]);
    // The numbers themselves, so a change in either direction is seen (update with the report).
    expect(numbers(run.overall)).toEqual([
      { hit: 50, total: 50 },
      { hit: 164, total: 166 },
      { hit: 164, total: 167 },
      { hit: 66, total: 67 },
    ]);
    expect(numbers(summarise(development))).toEqual([
      { hit: 29, total: 29 },
      { hit: 91, total: 92 },
      { hit: 91, total: 92 },
      { hit: 32, total: 32 },
    ]);
    for (const a of run.articles) expect(a.publication.ok).toBe(true);
  });

  it('reads the formerly held-out articles fully since their misses were fixed (no longer an estimate)', () => {
    expect(formerly.map((a) => [a.dates.hit, a.mentions.precision, a.mentions.recall, a.speakers.hit])).toEqual([
      [7, { hit: 19, total: 19 }, { hit: 19, total: 19 }, 7],
      [7, { hit: 31, total: 31 }, { hit: 31, total: 31 }, 14],
    ]);
  });

  it('reports the fresh held-out article as it is: a capital after من that is the state, a visited capital after an unknown traveller, a name before an indefinite apposition missed', () => {
    const [a] = heldOut;
    expect(a!.dates).toMatchObject({ hit: 7, total: 7 });
    expect(a!.mentions.precision).toEqual({ hit: 23, total: 24 });
    expect(a!.mentions.recall).toEqual({ hit: 23, total: 25 });
    expect(a!.speakers).toMatchObject({ hit: 13, total: 14 });
    expect(summarise([a!]).targets.filter((t) => !t.pass).map((t) => t.name)).toEqual(['mention recall']);
  });
});

describe('the seed articles against the curated dataset', () => {
  const drafts = dataset.sources.map((source) => {
    const text = dataset.texts[source.id]!;
    const published = source.publication.basis === 'inferred' ? source.publication.datetime : undefined;
    return { source, text, draft: extractDraft({ text, sourceId: source.id, sha256: source.sha256, published, actors: dataset.actors, events: dataset.events }) };
  });

  it.each(README_EXPRESSIONS.map((row) => [row.expression, row.source, row] as const))('reproduces the README row %s (%s)', (_expression, sourceId, row) => {
    const { draft, text } = drafts.find((d) => d.source.id === sourceId)!;
    expect(reproducesExpression(draft, text, row)).not.toBeNull();
  });

  it('reproduces the publication, every expression-based event date, and all but three mentions exactly', () => {
    for (const { source, draft } of drafts) {
      const comparison = compareWithCurated(dataset, source.id, draft);
      expect(comparison.publication.ok).toBe(true);
      expect(comparison.differences.filter((d) => d.kind === 'date' && (d.status === 'missing' || d.status === 'interval'))).toEqual([]);
      expect(comparison.dates.reproduced + comparison.dates.context).toBe(comparison.dates.curated);
      expect(comparison.mentions).toMatchObject({ curated: 38, exact: 37, overlapping: 1 });
      expect(comparison.statements.speakerOk).toBe(comparison.statements.curated);
    }
  });

  it('explains every mention difference with a note written for it', () => {
    for (const { source, draft } of drafts) {
      for (const d of compareWithCurated(dataset, source.id, draft).differences.filter((x) => x.kind === 'mention')) {
        expect(Object.values(SEED_NOTES)).toContain(d.why);
      }
    }
  });
});
