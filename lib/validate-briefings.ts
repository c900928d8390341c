/**
 * The briefing checks. A briefing is what an analyst says in front of a
 * room, so it is held to the dataset's own promise: every step's claim is
 * backed by a passage, and that passage is evidence the dataset already
 * records for what the step focuses on. Like the other checks, each one
 * reports at a file and JSON path and carries on, so one run lists all.
 */
import { BRIEFING_FILE, BriefingSchema, type Briefing, type BriefingStep } from './briefing';
import { dayNumber } from './day';
import { passageProblem, passageWithin } from './passage';
import { eventInWindow } from './query';
import type { AtharEvent, Statement } from './schema';
import { parseJson, reportSchemaIssues, type DatasetInput, type Report } from './validate';
import type { Located, ParsedDataset } from './validate-rules';

/**
 * Reads every `briefings/<id>.json` (one briefing object per file) against
 * the schema. The folder is optional: a dataset without briefings has none.
 */
export function parseBriefings(input: DatasetInput, report: Report): Located<Briefing>[] {
  const briefings: Located<Briefing>[] = [];
  for (const file of Object.keys(input.json).sort()) {
    const stem = BRIEFING_FILE.exec(file)?.[1];
    if (stem === undefined) continue;
    const raw = parseJson(file, input.json[file] ?? '', report);
    if (raw === undefined) continue;
    const result = BriefingSchema.safeParse(raw);
    if (!result.success) {
      reportSchemaIssues(file, '$', raw, result.error, report);
      continue;
    }
    // The id is the URL /briefing/<id>; the file name must say the same, so there is one place to look.
    if (result.data.id !== stem) {
      report(file, '$.id', `The id "${result.data.id}" does not match the file name; a briefing lives in briefings/<id>.json.`);
    }
    briefings.push({ value: result.data, file, at: '$' });
  }
  return briefings;
}

/** Day number of an ISO day, or null when it is not a real calendar day (the schema only checks the shape). */
function day(value: string): number | null {
  try {
    return dayNumber(value);
  } catch {
    return null;
  }
}

interface Lookups {
  parsed: ParsedDataset;
  texts: Record<string, string>;
  events: Map<string, AtharEvent>;
  statementsBySpeaker: Map<string, Statement[]>;
}

function checkWindow(step: BriefingStep, file: string, at: string, report: Report): boolean {
  const from = day(step.window.from);
  const to = day(step.window.to);
  if (from === null) report(file, `${at}.window.from`, `${step.window.from} is not a real calendar day.`);
  if (to === null) report(file, `${at}.window.to`, `${step.window.to} is not a real calendar day.`);
  if (from !== null && to !== null && from > to) {
    report(file, `${at}.window`, `The window runs backwards: from ${step.window.from} is after to ${step.window.to}.`);
    return false;
  }
  return from !== null && to !== null;
}

function checkFocus(step: BriefingStep, windowOk: boolean, file: string, at: string, { parsed, events }: Lookups, report: Report): void {
  const { ids } = parsed;
  if (step.focus.actors.length + step.focus.events.length === 0) {
    report(file, `${at}.focus`, 'A step needs at least one actor or event in focus: its key passage must be evidence of one of them.');
  }
  step.focus.actors.forEach((id, i) => {
    if (ids.actors !== null && !ids.actors.has(id)) report(file, `${at}.focus.actors[${i}]`, `Refers to actor "${id}", which is not in actors.json.`);
  });
  step.focus.events.forEach((id, i) => {
    if (ids.events !== null && !ids.events.has(id)) {
      report(file, `${at}.focus.events[${i}]`, `Refers to event "${id}", which is not in events.json.`);
      return;
    }
    const event = events.get(id);
    // An event in focus the timeline does not show in the step's window would leave the audience looking for it.
    if (event && windowOk && !eventInWindow(event, step.window)) {
      const span = `${event.date.earliest ?? '…'}..${event.date.latest ?? '…'}`;
      report(file, `${at}.focus.events[${i}]`, `The event "${id}" (${span}) lies outside the step's window ${step.window.from}..${step.window.to}.`);
    }
  });
}

function checkKeyPassage(step: BriefingStep, file: string, at: string, { parsed, texts, events, statementsBySpeaker }: Lookups, report: Report): void {
  const passage = step.keyPassage;
  const path = `${at}.keyPassage`;
  if (!parsed.ids.sources.has(passage.source)) {
    report(file, `${path}.source`, `The passage cites source "${passage.source}", which has no record in sources/.`);
    return;
  }
  const text = texts[passage.source];
  if (text === undefined) return; // The missing text is reported with its source.
  const problem = passageProblem(passage, text);
  if (problem) {
    report(file, path, `The passage does not match the text of source "${passage.source}": ${problem}.`);
    return;
  }
  const focusEvents = step.focus.events.flatMap((id) => events.get(id) ?? []);
  const focusStatements = step.focus.actors.flatMap((id) => statementsBySpeaker.get(id) ?? []);
  const backed =
    focusEvents.some((event) => event.evidence.some((evidence) => passageWithin(passage, evidence))) ||
    focusStatements.some((statement) => passageWithin(passage, statement.passage));
  if (!backed) {
    report(
      file,
      path,
      'The key passage backs nothing in focus: it must lie within an evidence passage of a focus event or the passage of a statement by a focus actor.',
    );
  }
}

/** Runs every briefing check against the parsed dataset and the source texts by id. */
export function checkBriefings(briefings: readonly Located<Briefing>[], parsed: ParsedDataset, texts: Record<string, string>, report: Report): void {
  const statementsBySpeaker = new Map<string, Statement[]>();
  for (const { value } of parsed.statements) statementsBySpeaker.set(value.speaker, [...(statementsBySpeaker.get(value.speaker) ?? []), value]);
  const lookups: Lookups = { parsed, texts, events: new Map(parsed.events.map(({ value }) => [value.id, value])), statementsBySpeaker };

  for (const { value: briefing, file } of briefings) {
    const stepIds = new Map<string, number>();
    briefing.steps.forEach((step, index) => {
      const at = `$.steps[${index}]`;
      if (step.id !== undefined) {
        const first = stepIds.get(step.id);
        if (first !== undefined) report(file, `${at}.id`, `The step id "${step.id}" is already used by step ${first + 1}; step ids must be unique within a briefing.`);
        else stepIds.set(step.id, index);
      }
      const windowOk = checkWindow(step, file, at, report);
      checkFocus(step, windowOk, file, at, lookups, report);
      checkKeyPassage(step, file, at, lookups, report);
    });
  }
}
