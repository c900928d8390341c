/**
 * The checks a reviewed draft must pass before any record is built: the
 * article is the one the draft was made from, every passage still reads its
 * `exact` words, no new id clashes with the dataset or with another new
 * record, and what only a person can supply (translations) is there. Each
 * problem names its proposal; all are reported in one run.
 */
import type { DraftPassage } from '../ingest/draft';
import { actorRecordId, eventRecordId, statementRecordId, accepted, type AcceptContext } from './resolve';
import type { AcceptProblem, ReviewedProposal } from './review';

/** Why `passage` does not hold against `text`, or null. */
export function staleReason(text: string, passage: DraftPassage): string | null {
  const { start, end, exact } = passage;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    return `[${start}, ${end}) does not fit the article (${text.length} UTF-16 code units)`;
  }
  const actual = text.slice(start, end);
  return actual === exact ? null : `stale offsets: exact ${JSON.stringify(exact)} is no longer the article text at [${start}, ${end}), which reads ${JSON.stringify(actual)}`;
}

/** Every passage a proposal holds, with the field it is in. */
function passagesOf(p: ReviewedProposal): [string, DraftPassage][] {
  const own: [string, DraftPassage][] = [['', p]];
  switch (p.kind) {
    case 'actor':
      return p.title ? [...own, ['title', p.title]] : own;
    case 'statement':
      return [...own, ['verb', p.verb]];
    case 'event':
      return [...own, ['trigger', p.trigger], ['date.passage', p.date.passage]];
    default:
      return own;
  }
}

/** Reports every passage that does not hold; returns whether all hold. */
function checkPassages(ctx: AcceptContext, problems: AcceptProblem[]): boolean {
  const before = problems.length;
  const { source } = ctx.draft;
  const sourcePassages: [string, DraftPassage | null | undefined][] = [
    ['title', source.title],
    ['publication.passage', source.publication.passage],
    ['publisher.credit.passage', source.publisher.credit?.passage],
  ];
  for (const [field, passage] of sourcePassages) {
    const reason = passage ? staleReason(ctx.text, passage) : null;
    if (reason) problems.push({ proposal: 'source', message: `${field}: ${reason}` });
  }
  // Rejected proposals too: a draft whose offsets do not fit its article was made for another text.
  for (const p of ctx.draft.proposals) {
    for (const [field, passage] of passagesOf(p)) {
      const reason = staleReason(ctx.text, passage);
      if (reason) problems.push({ proposal: p.id, message: field ? `${field}: ${reason}` : reason });
    }
  }
  return problems.length === before;
}

/** Ids must be new to the dataset and unique among what this draft adds. */
function checkIds(ctx: AcceptContext, problems: AcceptProblem[]): void {
  const seenProposal = new Set<string>();
  for (const p of ctx.draft.proposals) {
    if (seenProposal.has(p.id)) problems.push({ proposal: p.id, message: 'two proposals have this id; proposal ids must be unique in a draft' });
    seenProposal.add(p.id);
  }
  if (ctx.sourceIds.has(ctx.sourceId)) {
    problems.push({ proposal: 'source', message: `clashing id: the source "${ctx.sourceId}" is already in the dataset (sources/${ctx.sourceId}.json); was this draft accepted before?` });
  }
  const claim = (kind: string, existing: ReadonlySet<string> | ReadonlyMap<string, unknown>, entries: [string, string][]) => {
    const mine = new Map<string, string>();
    for (const [proposal, id] of entries) {
      if (existing.has(id)) problems.push({ proposal, message: `clashing id: the ${kind} "${id}" is already in the dataset; give the record another id` });
      const other = mine.get(id);
      if (other !== undefined) problems.push({ proposal, message: `clashing id: proposal ${other} makes the ${kind} "${id}" too; give one of them another id` });
      else mine.set(id, proposal);
    }
  };
  claim('actor', ctx.actors, accepted(ctx, 'actor').map((p) => [p.id, actorRecordId(p)]));
  const newEvents = accepted(ctx, 'event').filter((p) => p.matchesEvent === null);
  claim('event', ctx.events, newEvents.map((p) => [p.id, eventRecordId(ctx, p)]));
  claim('statement', ctx.statementIds, accepted(ctx, 'statement').map((p) => [p.id, statementRecordId(ctx, p)]));
  for (const p of accepted(ctx, 'event')) {
    if (p.matchesEvent !== null && !ctx.events.has(p.matchesEvent)) {
      problems.push({ proposal: p.id, message: `matchesEvent "${p.matchesEvent}" is not an event in events.json; set it to null to make a new event` });
    }
  }
}

/** What the draft cannot propose and nobody may invent: translations. */
function checkReviewerFields(ctx: AcceptContext, problems: AcceptProblem[]): void {
  const { source } = ctx.draft;
  if (source.title !== null && source.record?.titleEn === undefined) {
    problems.push({ proposal: 'source', message: `the article's title "${source.title.exact}" needs an English title (source.record.titleEn)` });
  }
  for (const p of accepted(ctx, 'actor')) {
    if (p.record?.nameEn === undefined) problems.push({ proposal: p.id, message: `the new actor "${p.name.ar}" needs an English name (record.nameEn)` });
  }
  for (const p of accepted(ctx, 'statement')) {
    if (p.record?.gloss === undefined) problems.push({ proposal: p.id, message: 'a statement needs an English gloss of its words (record.gloss); it is shown as the analyst\'s translation, so it cannot be made up' });
  }
}

const DATE_FIELDS = ['earliest', 'latest', 'precision', 'edtf', 'rule', 'anchor'] as const;

/**
 * An event's record date is its own `date` (the reviewer edits it in place);
 * `date.proposal` says which date proposal it came from. Two reviews
 * disagree when that proposal was rejected, or edited while the event kept
 * the old copy (the page copies such an edit into every event citing it).
 */
function checkEventDates(ctx: AcceptContext, problems: AcceptProblem[]): void {
  for (const event of accepted(ctx, 'event')) {
    const ref = event.date.proposal;
    if (ref === null) continue;
    const date = ctx.proposals.get(ref);
    if (date === undefined || date.kind !== 'date') {
      problems.push({ proposal: event.id, message: `date.proposal ${ref} is not a date proposal of this draft; set it to null for a date of the event's own` });
    } else if (date.decision === 'rejected') {
      problems.push({ proposal: event.id, message: `its date comes from ${ref}, which was rejected; choose another date, or set date.proposal to null and give the event its own date` });
    } else if (date.decision === 'edited') {
      const differs: string[] = DATE_FIELDS.filter((f) => event.date[f] !== date[f]);
      if (event.date.expression !== date.exact || event.date.passage.start !== date.start || event.date.passage.end !== date.end) differs.unshift('passage');
      if (differs.length > 0) {
        problems.push({ proposal: event.id, message: `its date (${differs.join(', ')}) differs from the edited date proposal ${ref}; copy the edit into the event's date, or set date.proposal to null to keep the event's own` });
      }
    }
  }
}

/**
 * Every check that needs no record built; see the module comment.
 * `passagesHold` is false when some passage does not read its words: no
 * record may then be built, since it would cite the wrong text.
 */
export function checkDraft(ctx: AcceptContext, textSha256: string): { problems: AcceptProblem[]; passagesHold: boolean } {
  const problems: AcceptProblem[] = [];
  if (textSha256 !== ctx.draft.source.sha256) {
    problems.push({ proposal: 'source', message: `the article sources/${ctx.draft.source.textFile} (sha256 ${textSha256.slice(0, 12)}…) is not the text the draft was made from (${ctx.draft.source.sha256.slice(0, 12)}…)` });
  }
  if (ctx.draft.proposals.length > 0 && ctx.draft.proposals.every((p) => p.decision === undefined)) {
    problems.push({ proposal: null, message: 'no proposal has a decision yet: review the draft first (npm run author, or set "decision" on each proposal); accepting it now would add the source alone' });
  }
  const passagesHold = checkPassages(ctx, problems);
  checkIds(ctx, problems);
  checkReviewerFields(ctx, problems);
  checkEventDates(ctx, problems);
  return { problems, passagesHold };
}
