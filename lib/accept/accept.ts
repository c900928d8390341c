/**
 * Accepting a reviewed draft, in memory: the current dataset files and the
 * reviewed draft in, the new contents of every file that changes out — or
 * the list of problems, each naming its proposal, and nothing at all to
 * write. The CLI (`npm run accept`) and the authoring server both call this
 * and then write the files atomically; neither decides anything itself.
 *
 * Order: the draft's shape, the dataset as it is (a broken dataset is fixed
 * first, not buried under new records), the draft against its article and
 * the dataset (stale offsets, clashing ids, missing translations), the
 * records and their references, and last the validator over the merged
 * files, whose issues are traced back to the proposals that caused them.
 */
import { formatIssue, validateDataset, type DatasetInput, type ValidationIssue } from '../validate';
import type { Actor, AtharEvent, Source } from '../schema';
import { buildActors, type ActorChanges } from './actor-records';
import { checkDraft } from './check';
import { buildEvents, type EventChanges } from './event-records';
import { buildContext } from './resolve';
import { isAccepted, parseReviewedDraft, type AcceptProblem, type ReviewedDraft } from './review';
import { buildSourceRecord } from './source-record';
import { countDecisions, type AcceptSummary } from './summary';

export type AcceptOutcome =
  | { ok: true; files: Record<string, string>; summary: AcceptSummary }
  | { ok: false; problems: AcceptProblem[] };

/** The stored layout: 2-space JSON, Arabic as characters, a final newline. */
export function serializeRecords(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Which proposals made the record at each index of each file, to trace validator issues. */
type Provenance = Map<string, Map<number, string>>;

function traceIssue(issue: ValidationIssue, provenance: Provenance): AcceptProblem {
  const index = Number(/^\$\[(\d+)\]/.exec(issue.path)?.[1] ?? (issue.path.startsWith('$') ? -1 : NaN));
  const proposal = provenance.get(issue.file)?.get(index) ?? null;
  return { proposal, message: formatIssue(issue) };
}

interface Merged {
  files: Record<string, string>;
  provenance: Provenance;
}

/**
 * Applies the changes to the files as stored: records already there keep
 * their exact text and key order (the parsed objects are extended in
 * place), new records are appended.
 */
function merge(input: DatasetInput, source: Source, actors: ActorChanges, events: EventChanges): Merged {
  const provenance: Provenance = new Map();
  const files: Record<string, string> = {};
  const trace = (file: string, index: number, proposals: string) => {
    const map = provenance.get(file) ?? new Map<number, string>();
    map.set(index, proposals);
    provenance.set(file, map);
  };
  const sourceFile = `sources/${source.id}.json`;
  files[sourceFile] = serializeRecords(source);
  trace(sourceFile, -1, 'source');

  // Validated before, so the stored arrays hold records of these shapes.
  const stored = <T>(file: string) => JSON.parse(input.json[file] ?? '[]') as T[];
  const actorList = stored<Actor>('actors.json');
  actorList.forEach((actor, index) => {
    const more = actors.extended.get(actor.id);
    if (!more) return;
    actor.mentions.push(...more.mentions);
    actor.aliases.push(...more.aliases);
    trace('actors.json', index, more.proposals.join(', '));
  });
  for (const { actor, proposal } of actors.added) trace('actors.json', actorList.push(actor) - 1, proposal);
  if (actors.added.length > 0 || actors.extended.size > 0) files['actors.json'] = serializeRecords(actorList);

  const eventList = stored<AtharEvent>('events.json');
  eventList.forEach((event, index) => {
    const more = events.extended.get(event.id);
    if (!more) return;
    event.evidence.push(...more.evidence);
    event.participants.push(...more.participants);
    trace('events.json', index, more.proposals.join(', '));
  });
  for (const { event, proposal } of events.added) trace('events.json', eventList.push(event) - 1, proposal);
  if (events.added.length > 0 || events.extended.size > 0) files['events.json'] = serializeRecords(eventList);

  if (events.statements.length > 0) {
    const statementList = stored<unknown>('statements.json');
    for (const { statement, proposal } of events.statements) trace('statements.json', statementList.push(statement) - 1, proposal);
    files['statements.json'] = serializeRecords(statementList);
  }
  return { files, provenance };
}

/** Accepted date proposals no accepted event cites: a date is kept only as an event's date, so they add nothing. */
function idleDates(draft: ReviewedDraft): string[] {
  const cited = new Set(draft.proposals.flatMap((p) => (p.kind === 'event' && isAccepted(p) && p.date.proposal !== null ? [p.date.proposal] : [])));
  const idle = draft.proposals.filter((p) => p.kind === 'date' && isAccepted(p) && !cited.has(p.id)).map((p) => p.id);
  return idle.length === 0 ? [] : [`${idle.join(', ')}: accepted, but no accepted event is dated by ${idle.length === 1 ? 'it' : 'them'}, so nothing was added (a date is kept only as an event's date)`];
}

function summarise(draft: ReviewedDraft, actors: ActorChanges, events: EventChanges, files: string[]): AcceptSummary {
  return {
    source: draft.source.id,
    actorsAdded: actors.added.map((a) => a.actor.id),
    actorsExtended: [...actors.extended].map(([id, a]) => ({ id, mentions: a.mentions.length, aliases: a.aliases })),
    eventsAdded: events.added.map((e) => e.event.id),
    eventsExtended: [...events.extended].map(([id, e]) => ({ id, evidence: e.evidence.length, participants: e.participants.map((p) => p.actor) })),
    statementsAdded: events.statements.map((s) => s.statement.id),
    decisions: countDecisions(draft.proposals),
    notes: [...actors.notes, ...idleDates(draft)],
    files: [...files].sort(),
  };
}

/** See the module comment. `rawDraft` is the parsed JSON of the reviewed draft. */
export function acceptDraft(input: DatasetInput, rawDraft: unknown): AcceptOutcome {
  const parsed = parseReviewedDraft(rawDraft);
  if (parsed.draft === null) return { ok: false, problems: parsed.problems };
  const draft = parsed.draft;

  const before = validateDataset(input);
  if (before.dataset === null) {
    const head: AcceptProblem = { proposal: null, message: `the dataset is not valid as it is (${before.issues.length} issues); fix it before accepting a draft:` };
    return { ok: false, problems: [head, ...before.issues.map((issue) => ({ proposal: null, message: formatIssue(issue) }))] };
  }
  const raw = input.texts[draft.source.textFile];
  if (raw === undefined) {
    return { ok: false, problems: [{ proposal: 'source', message: `the article sources/${draft.source.textFile} is not in the data directory; run npm run ingest on it first` }] };
  }

  const { dataset } = before;
  const ctx = buildContext(draft, raw.text, {
    actors: dataset.actors,
    events: dataset.events,
    statementIds: dataset.statements.map((s) => s.id),
    sourceIds: dataset.sources.map((s) => s.id),
  });
  const { problems, passagesHold } = checkDraft(ctx, raw.sha256);
  if (!passagesHold) return { ok: false, problems };
  const source = buildSourceRecord(draft.source, raw.text, raw.sha256);
  const actors = buildActors(ctx, problems);
  const events = buildEvents(ctx, problems);
  if (problems.length > 0) return { ok: false, problems };

  const merged = merge(input, source, actors, events);
  const after = validateDataset({ json: { ...input.json, ...merged.files }, texts: input.texts });
  if (after.dataset === null) return { ok: false, problems: after.issues.map((issue) => traceIssue(issue, merged.provenance)) };
  return { ok: true, files: merged.files, summary: summarise(draft, actors, events, Object.keys(merged.files)) };
}
