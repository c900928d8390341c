/**
 * The actor and source summaries as the explorer's payload sends them: one
 * column per field instead of one object per record. Before, each of 5,000
 * actors repeated its seven keys, and every Arabic letter of a name or title
 * was a six-byte `\uXXXX` escape (the payload is all ASCII, ./ascii-json):
 * at 100,000 events the summaries were 2.5 of the payload's 4.8 MB, every
 * byte received and parsed before the first drawing.
 * - The Arabic strings travel as the UTF-8 bytes of all of them in base64
 *   (2.7 bytes a letter) with each string's end, decoded in one call.
 * - Fields from a short list of values (kind, country, language, basis) are
 *   the list once and a number per record.
 * - An affiliation and a first source are the number of that actor or
 *   source in its own list, -1 for none.
 * The page makes the same summaries again (tested: the round trip is exact),
 * and refuses a column of the wrong length, a number outside its list or
 * text bytes that do not match their ends, naming the payload and the column.
 */
import type { ActorSummary } from './actor-summary';
import type { SourceSummary } from './source-summary';
import { decodeBase64, encodeBase64, packColumn, unpackColumn, type WireColumn } from './packed-column';
import { packIds, unpackIds, type WireIds } from './packed-ids';
import { ACTOR_KINDS } from './vocabulary';

const LANGUAGES: readonly SourceSummary['language'][] = ['ar', 'en'];
const BASES: readonly SourceSummary['publication']['basis'][] = ['stated', 'inferred'];

/** Strings as the UTF-8 bytes of all of them, in base64, and where each ends (in UTF-16 code units of the decoded text). */
export interface WireText {
  utf8: string;
  ends: WireColumn;
}

/** Strings from a short list: the list, and each string's place in it (-1 for null). */
export interface WireCodes {
  values: string[];
  codes: WireColumn;
}

export interface WireActorSummaries {
  id: WireIds;
  nameEn: string[];
  nameAr: WireText;
  kind: WireCodes;
  country: WireCodes;
  /** The number of the actor it is affiliated with, -1 for none. */
  affiliation: WireColumn;
  /** The number of the source of its first mention, -1 for none. */
  firstSource: WireColumn;
}

export interface WireSourceSummaries {
  id: WireIds;
  titleEn: string[];
  titleAr: WireText;
  language: WireCodes;
  datetime: string[];
  basis: WireCodes;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function packText(values: readonly string[]): WireText {
  const bad = values.findIndex((v) => LONE_SURROGATE.test(v));
  // A lone surrogate has no UTF-8 form: the page would get U+FFFD back, not the string (the validator refuses them in data/).
  if (bad >= 0) throw new Error(`text column: string ${bad} has a lone surrogate, which UTF-8 cannot carry`);
  const ends: number[] = [];
  let at = 0;
  for (const v of values) ends.push((at += v.length));
  return { utf8: encodeBase64(new TextEncoder().encode(values.join(''))), ends: packColumn(ends) };
}

export function unpackText(wire: WireText, count: number, where: string): string[] {
  if (!wire || typeof wire.utf8 !== 'string') throw new Error(`${where}: expected UTF-8 text in base64 and its ends`);
  const ends = unpackColumn(wire.ends, `${where}.ends`);
  if (ends.length !== count) throw new Error(`${where}: ${ends.length} strings for ${count} records`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64(wire.utf8, `${where}.utf8`));
  } catch (error) {
    throw error instanceof Error && error.message.startsWith(where) ? error : new Error(`${where}.utf8: the bytes are not UTF-8`);
  }
  const out: string[] = [];
  let start = 0;
  for (const [i, end] of ends.entries()) {
    if (end < start || end > text.length) throw new Error(`${where}.ends: string ${i} ends at ${end}, outside ${start}–${text.length}`);
    out.push(text.slice(start, end));
    start = end;
  }
  if (start !== text.length) throw new Error(`${where}: the strings end at ${start} but the text is ${text.length} long`);
  return out;
}

export function packCodes(values: readonly (string | null)[]): WireCodes {
  const list: string[] = [];
  const codeOf = new Map<string, number>();
  const codes = values.map((v) => {
    if (v === null) return -1;
    let code = codeOf.get(v);
    if (code === undefined) codeOf.set(v, (code = list.push(v) - 1));
    return code;
  });
  return { values: list, codes: packColumn(codes) };
}

/** The strings the codes stand for; `allowed` lists the values the field may take (its schema's), null for any. */
export function unpackCodes(wire: WireCodes, count: number, where: string, { nullable, allowed }: { nullable: boolean; allowed: readonly string[] | null }): (string | null)[] {
  if (!wire || !Array.isArray(wire.values) || !wire.values.every((v) => typeof v === 'string')) throw new Error(`${where}: expected a list of values and their codes`);
  const odd = allowed ? wire.values.find((v) => !allowed.includes(v)) : undefined;
  if (odd !== undefined) throw new Error(`${where}: ${JSON.stringify(odd)} is not one of ${allowed!.join(', ')}`);
  const codes = unpackColumn(wire.codes, `${where}.codes`);
  if (codes.length !== count) throw new Error(`${where}: ${codes.length} codes for ${count} records`);
  return codes.map((code, i) => {
    if (code === -1 && nullable) return null;
    const value = wire.values[code];
    if (value === undefined) throw new Error(`${where}.codes: entry ${i} (${code}) is not one of the ${wire.values.length} values`);
    return value;
  });
}

/** Each id's number in `ids`; -1 for null. Throws naming the field when an id is not listed. */
function numbersOf(values: readonly (string | null)[], ids: readonly string[], field: string): number[] {
  const numberOf = new Map(ids.map((id, n) => [id, n]));
  return values.map((v, i) => {
    if (v === null) return -1;
    const n = numberOf.get(v);
    if (n === undefined) throw new Error(`${field}: record ${i} names ${JSON.stringify(v)}, which is not listed`);
    return n;
  });
}

/** The ids the numbers name; null for -1. */
function idsAt(column: WireColumn, ids: readonly string[], count: number, where: string): (string | null)[] {
  const numbers = unpackColumn(column, where);
  if (numbers.length !== count) throw new Error(`${where}: ${numbers.length} entries for ${count} records`);
  return numbers.map((n, i) => {
    if (n === -1) return null;
    const id = ids[n];
    if (id === undefined) throw new Error(`${where}: entry ${i} (${n}) is not one of the ${ids.length} listed`);
    return id;
  });
}

function strings(values: unknown, count: number, where: string): string[] {
  if (!Array.isArray(values) || values.length !== count || !values.every((v) => typeof v === 'string')) {
    throw new Error(`${where}: expected ${count} strings`);
  }
  return values;
}

export function packActorSummaries(actors: readonly ActorSummary[], sourceIds: readonly string[]): WireActorSummaries {
  const ids = actors.map((a) => a.id);
  return {
    id: packIds(ids),
    nameEn: actors.map((a) => a.name.en),
    nameAr: packText(actors.map((a) => a.name.ar)),
    kind: packCodes(actors.map((a) => a.kind)),
    country: packCodes(actors.map((a) => a.country)),
    affiliation: packColumn(numbersOf(actors.map((a) => a.affiliation?.actor ?? null), ids, 'actor summaries: affiliation')),
    firstSource: packColumn(numbersOf(actors.map((a) => a.firstSource ?? null), sourceIds, 'actor summaries: first source')),
  };
}

/** The actor ids alone, checked: the page reads them before the rest (the graph's and the timeline's actors are numbers into them). */
export function actorIdsOf(wire: WireActorSummaries, where: string): string[] {
  if (!wire || typeof wire !== 'object') throw new Error(`${where}: expected the actor summaries' columns`);
  return unpackIds(wire.id, `${where}.id`);
}

export function unpackActorSummaries(wire: WireActorSummaries, ids: readonly string[], sourceIds: readonly string[], where: string): ActorSummary[] {
  const count = ids.length;
  const en = strings(wire.nameEn, count, `${where}.nameEn`);
  const ar = unpackText(wire.nameAr, count, `${where}.nameAr`);
  const kind = unpackCodes(wire.kind, count, `${where}.kind`, { nullable: false, allowed: ACTOR_KINDS });
  const country = unpackCodes(wire.country, count, `${where}.country`, { nullable: true, allowed: null });
  const affiliation = idsAt(wire.affiliation, ids, count, `${where}.affiliation`);
  const firstSource = idsAt(wire.firstSource, sourceIds, count, `${where}.firstSource`);
  return ids.map((id, i) => {
    const actor = affiliation[i]!;
    return {
      id,
      name: { ar: ar[i]!, en: en[i]! },
      kind: kind[i] as ActorSummary['kind'],
      country: country[i]!,
      affiliation: actor === null ? null : { actor },
      firstSource: firstSource[i]!,
    };
  });
}

export function packSourceSummaries(sources: readonly SourceSummary[]): WireSourceSummaries {
  return {
    id: packIds(sources.map((s) => s.id)),
    titleEn: sources.map((s) => s.title.en),
    titleAr: packText(sources.map((s) => s.title.ar)),
    language: packCodes(sources.map((s) => s.language)),
    datetime: sources.map((s) => s.publication.datetime),
    basis: packCodes(sources.map((s) => s.publication.basis)),
  };
}

export function unpackSourceSummaries(wire: WireSourceSummaries, where: string): SourceSummary[] {
  if (!wire || typeof wire !== 'object') throw new Error(`${where}: expected the source summaries' columns`);
  const ids = unpackIds(wire.id, `${where}.id`);
  const count = ids.length;
  const en = strings(wire.titleEn, count, `${where}.titleEn`);
  const ar = unpackText(wire.titleAr, count, `${where}.titleAr`);
  const language = unpackCodes(wire.language, count, `${where}.language`, { nullable: false, allowed: LANGUAGES });
  const datetime = strings(wire.datetime, count, `${where}.datetime`);
  const basis = unpackCodes(wire.basis, count, `${where}.basis`, { nullable: false, allowed: BASES });
  return ids.map((id, i) => ({
    id,
    title: { ar: ar[i]!, en: en[i]! },
    language: language[i] as SourceSummary['language'],
    publication: { datetime: datetime[i]!, basis: basis[i] as SourceSummary['publication']['basis'] },
  }));
}
