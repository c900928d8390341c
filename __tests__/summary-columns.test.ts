/** @jest-environment node */
/**
 * The actor and source summaries as columns (lib/summary-columns): the page
 * gets back exactly the summaries the server made, in fewer bytes, and a
 * broken column is refused with the file and the column named.
 */
import { summariseActor } from '@/lib/actor-summary';
import { summariseSource } from '@/lib/source-summary';
import { asciiJson } from '@/lib/ascii-json';
import { generateDataset } from '@/lib/synthetic/generate';
import { loadDataset } from '@/lib/load';
import { actorIdsOf, packActorSummaries, packCodes, packSourceSummaries, packText, unpackActorSummaries, unpackCodes, unpackSourceSummaries, unpackText, type WireActorSummaries } from '@/lib/summary-columns';

const roundTrip = <T>(value: T): T => JSON.parse(asciiJson(value)) as T;

describe('text columns', () => {
  it('give back every string exactly: Arabic with its marks and tatweel, astral characters, empty strings, ASCII', () => {
    const values = ['الوِلايات المتّحدة', 'شـــيء', '', 'Kerry', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓', 'ة ى أ إ آ', '"quoted" \\ back'];
    expect(unpackText(roundTrip(packText(values)), values.length, 'here')).toEqual(values);
  });

  it('refuses a lone surrogate when packing, which UTF-8 cannot carry', () => {
    expect(() => packText(['ok', 'bad \uD800'])).toThrow(/string 1 has a lone surrogate/);
  });

  it('refuses ends that do not match the text, or the wrong count, naming the place', () => {
    const wire = roundTrip(packText(['أمن', 'الصين']));
    expect(() => unpackText(wire, 3, 'p actors.nameAr')).toThrow(/p actors\.nameAr: 2 strings for 3 records/);
    expect(() => unpackText({ ...wire, ends: [3, 9] }, 2, 'p actors.nameAr')).toThrow(/p actors\.nameAr\.ends: string 1 ends at 9, outside 3–8/);
    expect(() => unpackText({ ...wire, ends: [3, 7] }, 2, 'p actors.nameAr')).toThrow(/the strings end at 7 but the text is 8 long/);
    expect(() => unpackText({ ...wire, utf8: '/w==' }, 2, 'p actors.nameAr')).toThrow(/p actors\.nameAr\.utf8: the bytes are not UTF-8/);
  });
});

describe('code columns', () => {
  it('send each value once and a number per record, null as -1', () => {
    const wire = roundTrip(packCodes(['CN', null, 'US', 'CN']));
    expect(wire.values).toEqual(['CN', 'US']);
    expect(unpackCodes(wire, 4, 'here', { nullable: true, allowed: null })).toEqual(['CN', null, 'US', 'CN']);
  });

  it('refuse a value outside the field’s list, a code outside the values, and a null where none is allowed', () => {
    const wire = roundTrip(packCodes(['state', 'person']));
    expect(() => unpackCodes({ ...wire, values: ['state', 'wizard'] }, 2, 'p actors.kind', { nullable: false, allowed: ['state', 'person'] })).toThrow(/p actors\.kind: "wizard" is not one of state, person/);
    expect(() => unpackCodes({ ...wire, codes: [0, 5] }, 2, 'p actors.kind', { nullable: false, allowed: null })).toThrow(/p actors\.kind\.codes: entry 1 \(5\) is not one of the 2 values/);
    expect(() => unpackCodes({ ...wire, codes: [0, -1] }, 2, 'p actors.kind', { nullable: false, allowed: null })).toThrow(/entry 1 \(-1\)/);
  });
});

describe.each([
  ['the shipped dataset', () => loadDataset('data')],
  ['a synthetic dataset of 400 actors', () => generateDataset({ events: 2000, actors: 400, seed: 9 })],
])('summaries of %s', (_name, load) => {
  const dataset = load();
  const actors = dataset.actors.map(summariseActor);
  const sources = dataset.sources.map(summariseSource);
  const sourceIds = sources.map((s) => s.id);
  const wireActors = roundTrip(packActorSummaries(actors, sourceIds));
  const wireSources = roundTrip(packSourceSummaries(sources));

  it('come back exactly as the server made them', () => {
    expect(unpackSourceSummaries(wireSources, 'p sources')).toEqual(sources);
    expect(unpackActorSummaries(wireActors, actorIdsOf(wireActors, 'p actors'), sourceIds, 'p actors')).toEqual(actors);
  });

  it('take fewer bytes than the summaries as objects, as the payload writes them (all ASCII)', () => {
    expect(asciiJson(wireActors).length).toBeLessThan(asciiJson(actors).length * 0.7);
    expect(asciiJson(wireSources).length).toBeLessThan(asciiJson(sources).length * 0.7);
  });

  it('refuse an affiliation or a first source outside the lists, naming the column', () => {
    const ids = actorIdsOf(wireActors, 'p actors');
    const broken = (edit: Partial<WireActorSummaries>) => () => unpackActorSummaries({ ...wireActors, ...edit }, ids, sourceIds, 'p actors');
    expect(broken({ affiliation: ids.map((_, i) => (i === 1 ? ids.length : -1)) })).toThrow(new RegExp(`p actors\\.affiliation: entry 1 \\(${ids.length}\\) is not one of the ${ids.length} listed`));
    expect(broken({ firstSource: [0] })).toThrow(new RegExp(`p actors\\.firstSource: 1 entries for ${ids.length} records`));
    expect(broken({ nameEn: ['one'] })).toThrow(new RegExp(`p actors\\.nameEn: expected ${ids.length} strings`));
  });
});

it('refuses to pack an affiliation to an actor that is not listed, naming the field', () => {
  const dataset = loadDataset('data');
  const actors = dataset.actors.map(summariseActor).map((a, i) => (i === 0 ? { ...a, affiliation: { actor: 'nobody' } } : a));
  expect(() => packActorSummaries(actors, dataset.sources.map((s) => s.id))).toThrow(/actor summaries: affiliation: record 0 names "nobody", which is not listed/);
});
