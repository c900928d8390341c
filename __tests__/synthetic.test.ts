/**
 * The synthetic dataset generator (lib/synthetic): the same seed gives the
 * same dataset, the counts asked for, every record passing the validator,
 * dates of every precision, and the skew of real coverage.
 */
import { createHash } from 'node:crypto';
import { PRECISIONS } from '@/lib/vocabulary';
import { parseSyntheticArgs } from '@/lib/synthetic/args';
import { generateDataset } from '@/lib/synthetic/generate';
import { datasetFiles } from '@/lib/synthetic/serialise';
import { validateDataset, type DatasetInput } from '@/lib/validate';

function asInput(files: Map<string, string>): DatasetInput {
  const input: DatasetInput = { json: {}, texts: {} };
  for (const [file, content] of files) {
    if (file.endsWith('.json')) input.json[file] = content;
    else input.texts[file.slice('sources/'.length)] = { text: content, sha256: createHash('sha256').update(content, 'utf8').digest('hex') };
  }
  return input;
}

describe('generateDataset', () => {
  const dataset = generateDataset({ events: 300, actors: 120, seed: 7 });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDataset({ events: 300, actors: 120, seed: 7 });
    expect(JSON.stringify([...datasetFiles(again)])).toBe(JSON.stringify([...datasetFiles(dataset)]));
    const other = generateDataset({ events: 300, actors: 120, seed: 8 });
    expect(JSON.stringify(other.events)).not.toBe(JSON.stringify(dataset.events));
  });

  it('makes the counts asked for, with about three relations per actor', () => {
    expect(dataset.events).toHaveLength(300);
    expect(dataset.actors).toHaveLength(120);
    expect(dataset.relations).toHaveLength(360);
    expect(dataset.statements.length).toBeGreaterThan(60);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(300);
    expect(new Set(dataset.actors.map((a) => a.id)).size).toBe(120);
  });

  it('passes the dataset validator: passages, hashes, references and dates all hold', () => {
    const { dataset: valid, issues } = validateDataset(asInput(datasetFiles(dataset)));
    expect(issues).toEqual([]);
    expect(valid?.events).toHaveLength(300);
  });

  it('writes dates of every precision, open ends included', () => {
    expect(new Set(dataset.events.map((e) => e.date.precision))).toEqual(new Set(PRECISIONS));
    expect(dataset.events.some((e) => e.date.earliest === null)).toBe(true);
    expect(dataset.events.some((e) => e.date.latest === null)).toBe(true);
  });

  it('cites source text verbatim, in Arabic', () => {
    const event = dataset.events[0]!;
    const text = dataset.texts[event.evidence[0]!.source]!;
    expect(text.slice(event.evidence[0]!.position.start, event.evidence[0]!.position.end)).toBe(event.evidence[0]!.quote.exact);
    expect(event.evidence[0]!.quote.exact).toContain(event.date.expression);
    expect(event.evidence[0]!.quote.exact).toMatch(/[\u0600-\u06FF]/);
  });

  it('gives a few actors a large share of the events', () => {
    const counts = new Map<string, number>();
    for (const e of dataset.events) for (const p of e.participants) counts.set(p.actor, (counts.get(p.actor) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(8 * median);
  });

  it('refuses sizes it cannot make', () => {
    expect(() => generateDataset({ events: 10, actors: 1, seed: 1 })).toThrow(/actors/);
    expect(() => generateDataset({ events: -1, actors: 5, seed: 1 })).toThrow(/events/);
  });
});

describe('parseSyntheticArgs', () => {
  it('reads both --name value and --name=value', () => {
    expect(parseSyntheticArgs(['--events', '10', '--actors=5', '--seed', '3', '--out', '/tmp/x'])).toEqual({ events: 10, actors: 5, seed: 3, out: '/tmp/x', force: false });
  });

  it.each([
    [['--actors', '5', '--seed', '1', '--out', 'd'], '--events is required'],
    [['--events', 'ten', '--actors', '5', '--seed', '1', '--out', 'd'], '--events must be a whole number, not "ten"'],
    [['--events', '10', '--actors', '1', '--seed', '1', '--out', 'd'], '--actors must be at least 2, not 1'],
    [['--events', '10', '--actors', '5', '--seed', '1'], '--out is required'],
    [['--events', '10', '--actors', '5', '--seed', '1', '--out', 'd', '--size', '3'], 'unknown argument "--size"'],
    [['--events', '--actors', '5'], '--events needs a value'],
  ])('refuses %j: %s', (argv, reason) => {
    expect(parseSyntheticArgs(argv)).toBe(reason);
  });
});
