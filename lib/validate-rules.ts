/**
 * The checks across records, run on records that already passed their
 * schema: ids, references, passages against the raw texts, hashes, aliases
 * and the consistency of fuzzy dates. Each check reports and carries on, so a
 * single run lists every problem.
 */
import { EVENT_TYPES } from './schema';
import type { Actor, AtharEvent, Passage, Relation, Source, Statement } from './schema';
import { localDayOf } from './dates';
import { passageProblem } from './passage';
import { checkEventDate } from './validate-dates';
import type { RawText, Report } from './validate';

/** A parsed record and where it is: its file and the JSON path of the record in it. */
export interface Located<T> {
  value: T;
  file: string;
  at: string;
}

export interface ParsedDataset {
  sources: Located<Source>[];
  actors: Located<Actor>[];
  events: Located<AtharEvent>[];
  statements: Located<Statement>[];
  relations: Located<Relation>[];
  /**
   * Ids each file declares, also by records that failed their schema, so one
   * bad record is reported once, not again at every reference to it. Null
   * when the file could not be read: references into it cannot be judged.
   */
  ids: { sources: Set<string>; actors: Set<string> | null; events: Set<string> | null };
  texts: Record<string, RawText>;
}

/** `$`, `$[3]`, `$.date.earliest`; keys that are not identifiers are bracketed. */
export function jsonPath(root: string, segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, key) => {
    if (typeof key === 'number') return `${path}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
  }, root);
}

/**
 * Every passage inside a record with its JSON path. Found by shape rather than
 * listed field by field, so a passage added to the schema is checked without
 * touching this file; the strict schemas give no other object these keys.
 */
function* passagesIn(value: unknown, path: string): Generator<[Passage, string]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* passagesIn(item, `${path}[${index}]`);
  } else if (typeof value === 'object' && value !== null) {
    if ('source' in value && 'position' in value && 'quote' in value) {
      yield [value as Passage, path];
      return;
    }
    for (const [key, item] of Object.entries(value)) yield* passagesIn(item, jsonPath(path, [key]));
  }
}

function checkUniqueIds(kind: string, records: Located<{ id: string }>[], report: Report): void {
  const seen = new Map<string, Located<{ id: string }>>();
  for (const record of records) {
    const first = seen.get(record.value.id);
    if (first) {
      report(record.file, `${record.at}.id`, `The id "${record.value.id}" is already used by ${first.file} ${first.at}; ids must be unique among ${kind}.`);
    } else seen.set(record.value.id, record);
  }
}

/** Checks each source's text file and hash; returns the texts by source id for the passage checks. */
function checkSourceTexts(parsed: ParsedDataset, report: Report): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const { value: source, file } of parsed.sources) {
    if (localDayOf(source.publication.datetime) === null) {
      report(file, '$.publication.datetime', `The publication datetime ${source.publication.datetime} is not on a real calendar day.`);
    }
    const raw = parsed.texts[source.textFile];
    if (!raw) {
      report(file, '$.textFile', `The text file sources/${source.textFile} does not exist.`);
      continue;
    }
    if (raw.sha256 !== source.sha256) {
      report(file, '$.sha256', `The SHA-256 of sources/${source.textFile} is ${raw.sha256}, not the recorded ${source.sha256}: the text changed after it was recorded, or the hash is wrong.`);
    }
    // Passages are still checked against the bytes on disk, which is what readers will see.
    texts[source.id] = raw.text;
    for (const [passage, path] of passagesIn(source, '$')) {
      if (passage.source !== source.id) {
        report(file, `${path}.source`, `A source's own passages (dateline, publisher, credit) must come from its own text "${source.id}", not from "${passage.source}".`);
      } else {
        const problem = passageProblem(passage, raw.text);
        if (problem) report(file, path, `The passage does not match the text of source "${source.id}": ${problem}.`);
      }
    }
  }
  return texts;
}

function checkPassages(records: Located<object>[], parsed: ParsedDataset, texts: Record<string, string>, report: Report): void {
  for (const { value, file, at } of records) {
    for (const [passage, path] of passagesIn(value, at)) {
      const text = texts[passage.source];
      if (!parsed.ids.sources.has(passage.source)) {
        report(file, `${path}.source`, `The passage cites source "${passage.source}", which has no record in sources/.`);
      } else if (text !== undefined) {
        const problem = passageProblem(passage, text);
        if (problem) report(file, path, `The passage does not match the text of source "${passage.source}": ${problem}.`);
      }
    }
  }
}

function checkReferences(parsed: ParsedDataset, report: Report): void {
  const { ids } = parsed;
  const refer = (file: string, path: string, id: string | null, known: Set<string> | null, kind: string, where: string) => {
    if (id !== null && known !== null && !known.has(id)) report(file, path, `Refers to ${kind} "${id}", which is not in ${where}.`);
  };
  const actor = (file: string, path: string, id: string | null) => refer(file, path, id, ids.actors, 'actor', 'actors.json');
  for (const { value, file, at } of parsed.actors) {
    if (value.affiliation) actor(file, `${at}.affiliation.actor`, value.affiliation.actor);
    if (value.affiliation?.actor === value.id) report(file, `${at}.affiliation.actor`, `The actor "${value.id}" is affiliated with itself.`);
  }
  for (const { value, file, at } of parsed.events) {
    value.participants.forEach((p, i) => actor(file, `${at}.participants[${i}].actor`, p.actor));
    refer(file, `${at}.date.anchor`, value.date.anchor, ids.sources, 'source', 'sources/');
  }
  for (const { value, file, at } of parsed.statements) {
    actor(file, `${at}.speaker`, value.speaker);
    actor(file, `${at}.addressee`, value.addressee);
    actor(file, `${at}.reportedBy`, value.reportedBy);
    refer(file, `${at}.event`, value.event, ids.events, 'event', 'events.json');
  }
  for (const { value, file, at } of parsed.relations) {
    actor(file, `${at}.source`, value.source);
    actor(file, `${at}.target`, value.target);
    value.events.forEach((id, i) => refer(file, `${at}.events[${i}]`, id, ids.events, 'event', 'events.json'));
  }
}

/**
 * An alias is almost always in a text the actor's own passages cite, so
 * those texts are searched first and the whole corpus only when they miss:
 * the check stays linear in the data (5,000 actors over 2,500 articles)
 * instead of scanning every text for every alias.
 */
function aliasOccurs(alias: string, cited: readonly string[], all: readonly string[]): boolean {
  return cited.some((text) => text.includes(alias)) || all.some((text) => text.includes(alias));
}

function checkAliases(parsed: ParsedDataset, texts: Record<string, string>, report: Report): void {
  // With a text missing (reported already) an alias may well be in it: judging would only add noise.
  if (parsed.sources.some(({ value }) => texts[value.id] === undefined)) return;
  const all = Object.values(texts);
  for (const { value, file, at } of parsed.actors) {
    const cited = [...new Set([...passagesIn(value, at)].map(([passage]) => passage.source))].flatMap((id) => texts[id] ?? []);
    value.aliases.forEach((alias, i) => {
      if (!aliasOccurs(alias, cited, all)) {
        report(file, `${at}.aliases[${i}]`, `The alias "${alias}" does not occur verbatim in any source text; aliases are surface forms the texts use, spelt exactly as there.`);
      }
    });
  }
}

function checkEvents(parsed: ParsedDataset, report: Report): void {
  const sources = new Map(parsed.sources.map(({ value }) => [value.id, value]));
  for (const located of parsed.events) {
    const { value, file, at } = located;
    const root = EVENT_TYPES[value.type].cameo;
    if (!value.cameo.startsWith(root)) {
      report(file, `${at}.cameo`, `The CAMEO code ${value.cameo} is not under the root code ${root} of the event type "${value.type}".`);
    }
    checkEventDate(located, value.date.anchor === null ? undefined : sources.get(value.date.anchor), report);
  }
}

function checkStatementsAndRelations(parsed: ParsedDataset, report: Report): void {
  const events = new Map(parsed.events.map(({ value }) => [value.id, value]));
  for (const { value, file, at } of parsed.statements) {
    const event = events.get(value.event);
    const speakerKnown = parsed.ids.actors?.has(value.speaker) ?? false;
    if (event && speakerKnown && !event.participants.some((p) => p.actor === value.speaker)) {
      const who = event.participants.map((p) => p.actor).join(', ');
      report(file, `${at}.speaker`, `The speaker "${value.speaker}" is not a participant of event "${event.id}" (participants: ${who}); add the speaker to the event or fix the statement.`);
    }
  }
  for (const { value, file, at } of parsed.relations) {
    if (value.source === value.target) {
      report(file, `${at}.target`, `A relation joins two different actors, but its source and target are both "${value.source}".`);
    }
  }
}

/** Runs every cross-record check; returns the texts by source id for the Dataset. */
export function checkRules(parsed: ParsedDataset, report: Report): Record<string, string> {
  checkUniqueIds('sources', parsed.sources, report);
  checkUniqueIds('actors', parsed.actors, report);
  checkUniqueIds('events', parsed.events, report);
  checkUniqueIds('statements', parsed.statements, report);
  checkUniqueIds('relations', parsed.relations, report);
  const texts = checkSourceTexts(parsed, report);
  const records = [...parsed.actors, ...parsed.events, ...parsed.statements, ...parsed.relations];
  checkPassages(records, parsed, texts, report);
  checkReferences(parsed, report);
  checkAliases(parsed, texts, report);
  checkEvents(parsed, report);
  checkStatementsAndRelations(parsed, report);
  return texts;
}
