/**
 * Proposed events: one per statement (with the statements that carry it on:
 * `وأضاف` by the same speaker, `، مشيراً`, `، وأن`) and one per dated
 * happening (a verb of doing: اتفق/وافق → agreement, اجتمع/التقى/زار →
 * consultation, نشر → report-publication … with a date in its sentence, or
 * reported inside a statement). Each gets its type and CAMEO code from the
 * verb, participants from the mentions around it and a date:
 *
 * - the date expression of its sentence nearest the verb and outside any
 *   statement's words (`basis: expression`);
 * - else, for a happening told in a statement, `before-statement`: open start,
 *   ending on the statement's last day (`basis: context`);
 * - else `ongoing-at-publication` for the present tense (`وتقول الصين`) or
 *   `before-publication` for the past: open start, ending on the anchor day
 *   (data/README.md, "Context rules").
 *
 * Status is `ongoing` for the present tense, `expected` when the date starts
 * after publication, `occurred` otherwise. A proposal that matches an existing
 * event — same type, every known participant among the event's participants
 * in a fitting role (a source as a source, a target as a target or
 * participant), overlapping dates — is offered as further evidence
 * (`matchesEvent`).
 */
import { intervalsOverlap } from '../dates';
import { dayNumber } from '../day';
import type { AtharEvent, Participant } from '../schema';
import type { EventType } from '../vocabulary';
import type { FoundMention } from './mentions';
import { resolved, type FoundDate } from './resolution';
import { verbOf } from './speech-verbs';
import type { FoundStatement } from './statements';
import { contains, overlaps, tokensIn, type ScannedText, type Span } from './text-scan';

export interface EventDate {
  expression: string;
  start: number;
  end: number;
  earliest: string | null;
  latest: string | null;
  precision: FoundDate['precision'];
  edtf: string;
  rule: string;
  basis: 'expression' | 'context';
  /** Whether the publication day resolved it. */
  relative: boolean;
  /** Index of the date expression in the found dates, when the basis is an expression. */
  dateIndex: number | null;
  note: string | null;
}

export interface ProposedEvent {
  /** The verb the event is read from. */
  trigger: Span & { lemma: string };
  /** The sentence that tells it. */
  evidence: Span;
  type: EventType;
  cameo: string;
  status: AtharEvent['status'];
  participants: { actorId: string; role: Participant['role'] }[];
  date: EventDate;
  /** Indices of its statements (none for a happening). */
  statements: number[];
  matchesEvent: string | null;
  confidence: number;
}

interface Inputs {
  scanned: ScannedText;
  anchorDay: number;
  mentions: readonly FoundMention[];
  dates: readonly FoundDate[];
  statements: readonly FoundStatement[];
  existing: readonly AtharEvent[];
}

/** How far (code units) from a happening's verb its date may be: the verb's own clause, not the next one. */
const HAPPENING_REACH = 60;

/**
 * The date expression in `sentence` nearest to `at`, outside the words of
 * every statement but `inside`; with `reach`, no further than that from `at`.
 */
function dateNear(inp: Inputs, sentence: Span, at: number, inside: Span | null, reach = Infinity): EventDate | null {
  const candidates = inp.dates
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => contains(sentence, d) && (inside ? contains(inside, d) : !inp.statements.some((s) => overlaps(s, d))))
    .filter(({ d }) => Math.min(Math.abs(d.start - at), Math.abs(d.end - at)) <= reach);
  candidates.sort((a, b) => Math.abs(a.d.start - at) - Math.abs(b.d.start - at));
  const best = candidates[0];
  if (!best) return null;
  const { d } = best;
  return { expression: d.expression, start: d.start, end: d.end, earliest: d.earliest, latest: d.latest, precision: d.precision, edtf: d.edtf, rule: d.rule, basis: 'expression', relative: d.relative, dateIndex: best.index, note: null };
}

/** A context date passage-anchored on the verb: open start, ending on `last`. */
function contextDate(inp: Inputs, verb: Span, rule: string, last: number, note: string): EventDate {
  const r = resolved(rule, 'vague', null, last);
  return { expression: inp.scanned.raw.slice(verb.start, verb.end), start: verb.start, end: verb.end, earliest: null, latest: r.latest, precision: 'vague', edtf: r.edtf, rule, basis: 'context', relative: true, dateIndex: null, note };
}

function statusOf(present: boolean, date: EventDate, anchorDay: number): AtharEvent['status'] {
  if (present) return 'ongoing';
  return date.earliest !== null && dayNumber(date.earliest) > anchorDay ? 'expected' : 'occurred';
}

/** Whether `s` carries on `previous`: a verb that continues, the same speaker, at most two sentences later, no date of its own. */
function carriesOn(inp: Inputs, s: FoundStatement, previous: FoundStatement | undefined): boolean {
  if (!previous || !s.speaker || s.speaker.actorId !== previous.speaker?.actorId) return false;
  if (s.continues !== null) return true;
  const gap = inp.scanned.sentences.indexOf(s.sentence) - inp.scanned.sentences.indexOf(previous.sentence);
  return s.sense.continuation === true && gap <= 2 && dateNear(inp, s.sentence, s.verb.start, null) === null;
}

function statementEvents(inp: Inputs): ProposedEvent[] {
  const events: ProposedEvent[] = [];
  const eventOf = new Map<number, ProposedEvent>();
  inp.statements.forEach((s, index) => {
    const previous = inp.statements[index - 1];
    // A statement that continues another (`، وأن …`, `مشيراً`) belongs to its event, speaker found or not.
    const joined = s.continues !== null ? eventOf.get(s.continues) : previous && carriesOn(inp, s, previous) ? eventOf.get(index - 1) : undefined;
    if (joined) {
      joined.statements.push(index);
      eventOf.set(index, joined);
      return;
    }
    const date =
      dateNear(inp, s.sentence, s.verb.start, null) ??
      contextDate(inp, s.verb, s.present ? 'ongoing-at-publication' : 'before-publication', inp.anchorDay, s.present ? 'Said in the present tense: a claim standing at publication.' : 'Said before publication; the text gives no date.');
    const participants: ProposedEvent['participants'] = [];
    if (s.speaker) participants.push({ actorId: s.speaker.actorId, role: 'source' });
    if (s.addressee) participants.push({ actorId: s.addressee.actorId, role: 'target' });
    if (['accusation', 'demand', 'appeal'].includes(s.sense.type)) {
      for (const m of inp.mentions.filter((m) => m.start >= s.verb.end && m.end <= s.start && m.actorId !== s.speaker?.actorId)) participants.push({ actorId: m.actorId, role: 'target' });
    }
    const event: ProposedEvent = {
      trigger: { ...s.verb, lemma: s.sense.lemma },
      evidence: s.sentence,
      type: s.sense.type,
      cameo: s.sense.cameo,
      status: statusOf(s.present, date, inp.anchorDay),
      participants: dedupe(participants),
      date,
      statements: [index],
      matchesEvent: null,
      confidence: s.speaker ? 0.7 : 0.3,
    };
    events.push(event);
    eventOf.set(index, event);
  });
  return events;
}

/** Happenings: verbs of doing with a date in their sentence, or told inside a statement. */
function happenings(inp: Inputs, statementEventsList: readonly ProposedEvent[]): ProposedEvent[] {
  const out: ProposedEvent[] = [];
  for (const sentence of inp.scanned.sentences) {
    const tokens = tokensIn(inp.scanned, sentence);
    tokens.forEach((token, k) => {
      const hit = verbOf(token.text);
      if (!hit || hit.sense.speech || hit.sense.relay) return;
      const verb = { start: inp.scanned.words.map[token.at + hit.clitic] ?? token.start, end: token.end };
      const within = inp.statements.findIndex((s) => contains(s, verb));
      const statement = within >= 0 ? inp.statements[within] : undefined;
      const teller = statement ? statementEventsList.find((e) => e.statements.includes(within)) : undefined;
      let date = dateNear(inp, sentence, verb.start, statement ?? null, HAPPENING_REACH);
      if (!date && teller?.date.latest) {
        date = contextDate(inp, verb, 'before-statement', dayNumber(teller.date.latest), `Told in a statement dated ${teller.date.earliest ?? '..'}–${teller.date.latest}; it happened by then.`);
      }
      if (!date) return;
      const clauseEnd = tokens.slice(k + 1).find((t, i) => i > 8 || /[،,:]/.test(inp.scanned.raw.slice(tokens[k + i]?.end ?? t.start, t.start)) || verbOf(t.text))?.start ?? sentence.end;
      const clauseStart = statement?.start ?? sentence.start;
      const before = inp.mentions.filter((m) => m.start >= clauseStart && m.end <= verb.start && verb.start - m.end < 60);
      const after = inp.mentions.filter((m) => m.start >= verb.end && m.end <= clauseEnd);
      const directed = hit.sense.type === 'report-publication' || hit.sense.type === 'cyber-operation';
      const [subject, objects] = before.length > 0 ? [before, after] : [after.slice(0, 1), after.slice(1)];
      const participants = directed
        ? [...subject.map((m) => ({ actorId: m.actorId, role: 'source' as const })), ...objects.map((m) => ({ actorId: m.actorId, role: 'target' as const }))]
        : [...before, ...after].map((m) => ({ actorId: m.actorId, role: 'participant' as const }));
      if (participants.length === 0) return;
      out.push({
        trigger: { ...verb, lemma: hit.sense.lemma },
        evidence: sentence,
        type: hit.sense.type,
        cameo: hit.sense.cameo,
        status: statusOf(hit.present && date.basis === 'context', date, inp.anchorDay),
        participants: dedupe(participants),
        date,
        statements: [],
        matchesEvent: null,
        confidence: date.basis === 'expression' ? 0.6 : 0.4,
      });
    });
  }
  return out;
}

function dedupe(participants: ProposedEvent['participants']): ProposedEvent['participants'] {
  const seen = new Set<string>();
  return participants.filter((p) => !seen.has(p.actorId) && seen.add(p.actorId));
}

/** What matching needs of a proposal: its type, its participants and its day interval. */
export interface MatchQuery {
  type: EventType;
  participants: readonly { actorId: string; role: Participant['role'] }[];
  date: { earliest: string | null; latest: string | null };
}

/** The existing event a proposal duplicates, if any (see the header); of several, the one with the narrowest date. */
export function matchingEvent(proposal: MatchQuery, existing: readonly AtharEvent[]): string | null {
  const known = proposal.participants.map((p) => p.actorId).filter((id) => !id.startsWith('candidate:'));
  if (known.length === 0) return null;
  const interval = { earliest: proposal.date.earliest, latest: proposal.date.latest };
  const fits = (role: Participant['role'], theirs: Participant['role']) => role === 'participant' || theirs === role || (role === 'target' && theirs === 'participant');
  const matches = existing.filter(
    (e) =>
      e.type === proposal.type &&
      proposal.participants.every((p) => p.actorId.startsWith('candidate:') || e.participants.some((q) => q.actor === p.actorId && fits(p.role, q.role))) &&
      intervalsOverlap(interval, { earliest: e.date.earliest, latest: e.date.latest }),
  );
  matches.sort((a, b) => span(a) - span(b) || a.id.localeCompare(b.id));
  return matches[0]?.id ?? null;
}

function span(e: AtharEvent): number {
  const first = e.date.earliest === null ? -1e6 : dayNumber(e.date.earliest);
  const last = e.date.latest === null ? 1e6 : dayNumber(e.date.latest);
  return last - first;
}

/** Every proposed event of an article, in text order of their verbs, matched against `existing`. */
export function proposeEvents(inp: Inputs): ProposedEvent[] {
  const fromStatements = statementEvents(inp);
  const all = [...fromStatements, ...happenings(inp, fromStatements)].sort((a, b) => a.trigger.start - b.trigger.start);
  for (const event of all) event.matchesEvent = matchingEvent(event, inp.existing);
  return all;
}
