/**
 * Scoring a draft against hand-made gold annotations (the corpus in
 * __tests__/fixtures/ingest-corpus, format in its README):
 *
 * - Dates: a gold date is resolved when a date proposal overlaps its span and
 *   has exactly its `earliest` and `latest` (the "exact interval" of issue 6).
 *   Precision and span boundaries are reported beside it, not in the score.
 * - Mentions: a proposal is right when it overlaps a gold mention of the same
 *   actor (a dataset actor, or a candidate with the same name in normalised
 *   spelling); precision = right proposals / proposals, recall = gold
 *   mentions found / gold mentions.
 * - Speakers: a gold statement is attributed when a statement proposal
 *   overlaps its words and names the same speaker; recall over gold
 *   statements. `reportedBy` agreement is reported among those.
 *
 * Counts are summed over articles for the overall figures (micro average).
 */
import { normalizeArabic } from '../arabic';
import { occurrencesOf } from '../passage';
import type { Precision } from '../vocabulary';
import type { ActorProposal, DateProposal, Draft, MentionProposal, StatementProposal } from './draft';

/** A passage of gold: `exact`, unique in the text, or the first `exact` inside the unique `in`. */
export interface GoldRef {
  exact: string;
  in?: string;
}
export interface GoldDate extends GoldRef {
  earliest: string | null;
  latest: string | null;
  precision: Precision;
}
export interface GoldMention extends GoldRef {
  actorId?: string;
  candidate?: string;
}
export interface GoldStatement extends GoldRef {
  speakerId?: string;
  speakerCandidate?: string;
  reportedBy?: string | null;
}
/**
 * Which part of the corpus an article is: `development` (the extractor was
 * tuned on it), `held-out` (written after the extractor was frozen, never
 * tuned on: the honest estimate for new text), `formerly-held-out` (held out
 * once, then tuned on after its misses were read, so no longer an estimate).
 */
export type Split = 'development' | 'held-out' | 'formerly-held-out';
export interface GoldArticle {
  article: string;
  /** Absent means `development`. */
  split?: Split;
  /** `--published` for an article without a dateline, else null. */
  published: string | null;
  publication: { datetime: string; basis: 'stated' | 'inferred'; hijriMatches: boolean | null };
  dates: GoldDate[];
  mentions: GoldMention[];
  statements: GoldStatement[];
}

export interface Span {
  start: number;
  end: number;
}

/** Where a gold reference is; throws naming the gold entry when it is missing or ambiguous. */
export function locate(text: string, ref: GoldRef, article: string): Span {
  let base = 0;
  let scope = text;
  if (ref.in !== undefined) {
    const hits = occurrencesOf(text, ref.in);
    if (hits.length !== 1) throw new Error(`${article}: gold context "${ref.in}" occurs ${hits.length} times; it must be unique`);
    base = hits[0] ?? 0;
    scope = ref.in;
  }
  const hits = occurrencesOf(scope, ref.exact);
  if (hits.length === 0 || (ref.in === undefined && hits.length > 1)) {
    throw new Error(`${article}: gold "${ref.exact}" occurs ${hits.length} times${ref.in ? ` in "${ref.in}"` : ''}; give a unique "in" context`);
  }
  const start = base + (hits[0] ?? 0);
  return { start, end: start + ref.exact.length };
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const nameKey = (name: string) => normalizeArabic(name).replace(/\s+/g, ' ');

export interface Ratio {
  hit: number;
  total: number;
}
export const ratio = (r: Ratio): number => (r.total === 0 ? 1 : r.hit / r.total);

export interface ArticleScore {
  article: string;
  split: Split;
  publication: { expected: string; found: string; ok: boolean; hijriOk: boolean | null };
  dates: Ratio & { precisionOk: number; spanExact: number; misses: string[]; extra: string[] };
  mentions: { precision: Ratio; recall: Ratio; misses: string[]; wrong: string[] };
  speakers: Ratio & { found: number; reportedByOk: number; misses: string[] };
}

/** Scores one draft against its gold. */
export function scoreArticle(gold: GoldArticle, text: string, draft: Draft): ArticleScore {
  const where = (ref: GoldRef) => locate(text, ref, gold.article);
  const dates = draft.proposals.filter((p): p is DateProposal => p.kind === 'date');
  const mentions = draft.proposals.filter((p): p is MentionProposal => p.kind === 'mention');
  const statements = draft.proposals.filter((p): p is StatementProposal => p.kind === 'statement');
  const candidateNames = new Map(draft.proposals.filter((p): p is ActorProposal => p.kind === 'actor').map((a) => [a.id, nameKey(a.name.ar)] as const));
  const identity = (actorId: string | null, candidate: string | null) => actorId ?? (candidate ? `candidate:${candidateNames.get(candidate) ?? candidate}` : null);
  const goldIdentity = (actorId: string | undefined, candidate: string | undefined) => actorId ?? (candidate ? `candidate:${nameKey(candidate)}` : null);

  const dateScore = { hit: 0, total: gold.dates.length, precisionOk: 0, spanExact: 0, misses: [] as string[], extra: [] as string[] };
  const goldDateSpans = gold.dates.map(where);
  gold.dates.forEach((g, i) => {
    const span = goldDateSpans[i] as Span;
    const found = dates.find((d) => overlap(d, span));
    if (found && found.earliest === g.earliest && found.latest === g.latest) dateScore.hit += 1;
    else dateScore.misses.push(`"${g.exact}": expected ${g.earliest ?? '..'}/${g.latest ?? '..'}, found ${found ? `${found.earliest ?? '..'}/${found.latest ?? '..'} (${found.rule}, "${found.exact}")` : 'nothing'}`);
    if (found && found.precision === g.precision) dateScore.precisionOk += 1;
    if (found && found.start === span.start && found.end === span.end) dateScore.spanExact += 1;
  });
  for (const d of dates) if (!goldDateSpans.some((s) => overlap(s, d))) dateScore.extra.push(`"${d.exact}" (${d.rule})`);

  const goldMentions = gold.mentions.map((m) => ({ span: where(m), who: goldIdentity(m.actorId, m.candidate), exact: m.exact }));
  const predicted = mentions.map((m) => ({ span: m as Span, who: identity(m.actorId, m.candidate), exact: m.exact }));
  const right = predicted.filter((p) => goldMentions.some((g) => g.who === p.who && overlap(g.span, p.span)));
  const found = goldMentions.filter((g) => predicted.some((p) => g.who === p.who && overlap(g.span, p.span)));
  const mentionScore = {
    precision: { hit: right.length, total: predicted.length },
    recall: { hit: found.length, total: goldMentions.length },
    misses: goldMentions.filter((g) => !found.includes(g)).map((g) => `"${g.exact}" → ${g.who}`),
    wrong: predicted.filter((p) => !right.includes(p)).map((p) => `"${p.exact}" → ${p.who}`),
  };

  const speakerScore = { hit: 0, total: gold.statements.length, found: 0, reportedByOk: 0, misses: [] as string[] };
  for (const g of gold.statements) {
    const span = where(g);
    const want = goldIdentity(g.speakerId, g.speakerCandidate);
    const overlapping = statements.filter((s) => overlap(s, span));
    const match = overlapping.find((s) => identity(s.speakerId, s.candidate) === want);
    if (overlapping.length > 0) speakerScore.found += 1;
    if (match) {
      speakerScore.hit += 1;
      if ((match.reportedBy ?? null) === (g.reportedBy ?? null)) speakerScore.reportedByOk += 1;
    } else {
      const got = overlapping.map((s) => identity(s.speakerId, s.candidate) ?? 'no speaker').join(', ') || 'no statement';
      speakerScore.misses.push(`"${g.exact.slice(0, 40)}…": expected ${want}, found ${got}`);
    }
  }

  const pub = draft.source.publication;
  const hijriOk = gold.publication.hijriMatches === null ? null : (pub.hijri?.differenceDays === 0) === gold.publication.hijriMatches;
  return {
    article: gold.article,
    split: gold.split ?? 'development',
    publication: { expected: gold.publication.datetime, found: pub.datetime, ok: pub.datetime === gold.publication.datetime && pub.basis === gold.publication.basis, hijriOk },
    dates: dateScore,
    mentions: mentionScore,
    speakers: speakerScore,
  };
}

export interface Target {
  name: string;
  value: number;
  target: number;
  pass: boolean;
}

export interface CorpusScore {
  dates: Ratio;
  mentionPrecision: Ratio;
  mentionRecall: Ratio;
  speakers: Ratio;
  targets: Target[];
}

/** Sums article scores and checks the targets of issue 6: dates ≥ 95 %, mentions recall ≥ 95 % and precision ≥ 90 %, speakers ≥ 85 %. */
export function summarise(scores: readonly ArticleScore[]): CorpusScore {
  const sum = (pick: (s: ArticleScore) => Ratio): Ratio => scores.reduce((acc, s) => ({ hit: acc.hit + pick(s).hit, total: acc.total + pick(s).total }), { hit: 0, total: 0 });
  const dates = sum((s) => s.dates);
  const mentionPrecision = sum((s) => s.mentions.precision);
  const mentionRecall = sum((s) => s.mentions.recall);
  const speakers = sum((s) => s.speakers);
  const target = (name: string, r: Ratio, goal: number): Target => ({ name, value: ratio(r), target: goal, pass: ratio(r) >= goal });
  return {
    dates,
    mentionPrecision,
    mentionRecall,
    speakers,
    targets: [
      target('dates exact interval', dates, 0.95),
      target('mention recall', mentionRecall, 0.95),
      target('mention precision', mentionPrecision, 0.9),
      target('speaker attribution recall', speakers, 0.85),
    ],
  };
}
